import Testing

@testable import Autograd

/// Ctrl-C inside the engine: chunked loops visit exactly what the plain loops visit, and a pending
/// request stops allocations, element loops, products and backward passes with `KeyboardInterrupt`.
@Suite(.serialized)
struct InterruptionTests {
    static let interrupted = TorchError(.keyboardInterrupt, "")

    @Test func chunkedCoversEveryIndexOnceInOrder() throws {
        let chunk = Interruption.chunk
        for count in [0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk + 5] {
            var seen: [Int] = []
            try Interruption.chunked(count) { range in
                #expect(range.count <= chunk)
                seen += range
            }
            #expect(seen == Array(0..<count))
        }
    }

    @Test(arguments: [
        ([300, 400], [400, 1]), ([2, 70_000], [70_000, 1]), ([70_000, 2], [1, 70_000]), ([3, 5, 30_000], [1, 3, 15]),
        ([1, 200_000], [0, 1]), ([0, 100_000], [100_000, 1]), ([], []), ([140_000], [-1]),
        ([2, 3, 4, 5, 6, 7, 8], [1, 2, 6, 24, 120, 720, 5040]),
    ])
    func checkedWalksVisitOffsetsInTheSameOrder(_ shape: [Int], _ strides: [Int]) throws {
        let start = 1_000_000
        var plain: [Int] = []
        StridedLoop.forEach(shape: shape, strides: strides, start: start) { plain.append($0) }
        var checked: [Int] = []
        try StridedLoop.forEachChecked(shape: shape, strides: strides, start: start) { checked.append($0) }
        #expect(checked == plain)
        let other = strides.map { $0 * 2 + 1 }
        var plainPairs: [Int] = []
        StridedLoop.forEach2(shape: shape, stridesA: strides, startA: start, stridesB: other, startB: 7) {
            plainPairs += [$0, $1]
        }
        var checkedPairs: [Int] = []
        try StridedLoop.forEach2Checked(shape: shape, stridesA: strides, startA: start, stridesB: other, startB: 7) {
            checkedPairs += [$0, $1]
        }
        #expect(checkedPairs == plainPairs)
    }

    @Test func pendingRequestStopsTheNextAllocationOnce() throws {
        Interruption.request()
        #expect(throws: Self.interrupted) { try Tensor.ones([4]) }
        #expect(!Interruption.isPending)
        #expect(try Tensor.ones([4]).numel == 4)
    }

    @Test func requestDuringAnElementLoopStopsItBetweenChunks() throws {
        defer { Interruption.clear() }
        let x = try Tensor.ones([4 * Interruption.chunk])
        var calls = 0
        // One thread, so the pieces run in order (`ParallelTests` covers two).
        try EngineState().installed {
            Parallel.threadCount = 1
            #expect(throws: Self.interrupted) {
                _ = try Kernels.map(x, Float.self, to: .float32) { (v: Float) -> Float in
                    calls += 1
                    if calls == 1 { Interruption.request() }
                    return v
                }
            }
        }
        #expect(calls == Interruption.chunk)
    }

    @Test func requestDuringAStridedLoopStopsItBetweenBlocks() throws {
        defer { Interruption.clear() }
        let x = try Tensor.ones([512, 512]).t()
        var calls = 0
        #expect(throws: Self.interrupted) {
            _ = try Kernels.map(x, Float.self, to: .float32) { (v: Float) -> Float in
                calls += 1
                if calls == 1 { Interruption.request() }
                return v
            }
        }
        #expect(calls <= Interruption.chunk)
    }

    @Test func bigProductsRunInRowBlocks() {
        #expect(BLASProduct<Float>.rowsPerBlock(n: 100, k: 100, m: 100) == 100)
        #expect(BLASProduct<Float>.rowsPerBlock(n: 4000, k: 4000, m: 4000) == 134)
        #expect(BLASProduct<Float>.rowsPerBlock(n: 100_000, k: 100_000, m: 100_000) == 64)
        #expect(BLASProduct<Float>.rowsPerBlock(n: 10, k: Int.max, m: 2) == 64)
    }

    @Test func blockedProductMatchesTheWholeProduct() throws {
        // 1,100 × 2,000 × 1,000 multiply-adds exceed one block, so this runs as several gemm calls.
        let a = try Tensor.rand([1100, 2000], generator: Generator(seed: 1))
        let b = try Tensor.rand([2000, 1000], generator: Generator(seed: 2))
        #expect(BLASProduct<Float>.rowsPerBlock(n: 1100, k: 2000, m: 1000) < 1100)
        let c = try a.matmul(b)
        let rows = [0, 1, 1072, 1073, 1099]
        for i in rows {
            let expected = try a.select(0, i).unsqueeze(0).matmul(b)
            for j in [0, 500, 999] {
                #expect(Swift.abs(c.element(at: i * 1000 + j).doubleValue - expected.element(at: j).doubleValue) < 1e-3)
            }
        }
    }

    @Test func requestDuringBackwardStopsItBetweenNodes() throws {
        defer { Interruption.clear() }
        let x = try Tensor.ones([3], requiresGrad: true)
        let y = try x.exp().sin().cos().sum()
        var steps = 0
        #expect(throws: Self.interrupted) {
            try y.backward(observer: { _ in
                steps += 1
                Interruption.request()
            })
        }
        #expect(steps == 1)
    }
}
