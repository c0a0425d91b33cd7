import Synchronization
import Testing

@testable import Autograd

/// Intra-op threads: ATen's split of a loop, results independent of the thread count where
/// PyTorch's are, the per-range tails of vectorised formulas where they are not, and Ctrl-C.
@Suite(.serialized)
struct ParallelTests {
    /// Runs `body` in a fresh engine state with `threads` threads, so no other test sees the count.
    func withThreads<T>(_ threads: Int, _ body: () throws -> T) rethrows -> T {
        try EngineState().installed {
            Parallel.threadCount = threads
            return try body()
        }
    }

    @Test func rangesFollowATensParallelFor() {
        #expect(Parallel.ranges(0, threads: 2) == [])
        #expect(Parallel.ranges(32_768, threads: 2) == [0..<32_768])
        #expect(Parallel.ranges(32_769, threads: 2) == [0..<16_385, 16_385..<32_769])
        #expect(Parallel.ranges(1_000_003, threads: 2) == [0..<500_002, 500_002..<1_000_003])
        #expect(Parallel.ranges(100_000, threads: 8) == [0..<25_000, 25_000..<50_000, 50_000..<75_000, 75_000..<100_000])
        #expect(Parallel.ranges(70_000, threads: 3) == [0..<23_334, 23_334..<46_668, 46_668..<70_000])
        #expect(Parallel.ranges(1 << 20, threads: 1) == [0..<(1 << 20)])
    }

    @Test func setNumThreadsIsPerSessionState() {
        let outside = Parallel.threadCount
        withThreads(3) { #expect(Parallel.threadCount == 3) }
        #expect(Parallel.threadCount == outside)
        #expect(Parallel.defaultThreadCount >= 1)
    }

    @Test func elementwiseResultsDoNotDependOnTheThreadCount() throws {
        let x = try Tensor.randn([100_003], generator: Generator(seed: 7))
        let y = try Tensor.randn([100_003], generator: Generator(seed: 8))
        func run() throws -> [[UInt32]] {
            let sum = try x.adding(y)
            let scaled = try x.multiplied(by: .float(1.5))
            let exponential = try x.exp()
            let inPlace = try x.clone()
            try inPlace.addInPlaceRaw(y)
            return try [sum, scaled, exponential, inPlace].map { t in try t.doubles.map { Float($0).bitPattern } }
        }
        let one = try withThreads(1, run)
        #expect(try withThreads(2, run) == one)
        #expect(try withThreads(5, run) == one)
    }

    /// ATen's sigmoid runs SLEEF's `expf` on whole blocks of each range and glibc's on the range's
    /// tail, so with two threads the tail of the first half takes the scalar path
    /// (golden case `perfk_thread_split` pins PyTorch's bits).
    @Test func vectorisedFormulasTreatEachRangesTailApart() throws {
        let count = 1_000_003
        let x = try Tensor.full([count], .float(-3.929_108_381_271_362_3), dtype: .float32)
        let one = try withThreads(1) { try x.sigmoid().doubles }
        let two = try withThreads(2) { try x.sigmoid().doubles }
        let differing = (0..<count).filter { one[$0] != two[$0] }
        #expect(differing == [500_000, 500_001, 1_000_000, 1_000_001])
    }

    /// `serial_for_each` over a part of the iteration: the whole range gives `forEachBlock`'s blocks,
    /// and any cut into ranges visits every element once, in order.
    @Test(arguments: [([300, 517], [1, 300]), ([40, 33, 29], [29, 1160, 1]), ([70_001], [1]), ([7, 1, 5], [5, 5, 1])])
    func rangeWalksCoverTheIterationOnce(_ shape: [Int], _ strides: [Int]) {
        let loop = ReductionIterator(shape: shape, strides: strides, reduced: Array(shape.indices))
        let count = shape.reduce(1, *)
        func offsets(_ walk: ((Int, Int, ReductionIterator.Block) -> Void) -> Void) -> [Int] {
            var seen: [Int] = []
            walk { input, _, block in
                for j in 0..<block.sizes.1 {
                    for i in 0..<block.sizes.0 { seen.append(input + i * block.inStrides.0 + j * block.inStrides.1) }
                }
            }
            return seen
        }
        let whole = offsets { body in loop.forEachBlock(body) }
        #expect(offsets { body in loop.forEachBlock(in: 0..<count, body) } == whole)
        for threads in [2, 3, 7] {
            let cut = offsets { body in
                for range in Parallel.ranges(count, grain: 1000, threads: threads) { loop.forEachBlock(in: range, body) }
            }
            #expect(cut == whole, "\(threads) threads")
        }
    }

    /// ATen's `two_pass_reduction`: one partial sum per thread's range, then the partials; the
    /// golden case `perfk_sum_threads` pins PyTorch's bits for 1 to 4 threads.
    @Test func wholeSumsAddOnePartialPerThread() throws {
        let x = try Tensor.randn([100_003], generator: Generator(seed: 3))
        let values = try x.doubles.map { Float($0) }
        func cascade(_ part: ArraySlice<Float>) -> Float {
            part.withUnsafeBufferPointer { p in p.baseAddress.map { Float.cascadeSum($0, count: p.count) } ?? 0 }
        }
        let two = try withThreads(2) { try x.sum().element(at: 0).doubleValue }
        #expect(Float(two) == (0 + cascade(values[0..<50_002])) + cascade(values[50_002...]))
        let one = try withThreads(1) { try x.sum().element(at: 0).doubleValue }
        #expect(Float(one) == cascade(values[...]))
    }

    @Test func ctrlCStopsEveryRangeAndIsThrownOnce() throws {
        defer { Interruption.clear() }
        let x = try Tensor.ones([8 * Interruption.chunk])
        let calls = Atomic<Int>(0)
        try withThreads(2) {
            #expect(throws: TorchError(.keyboardInterrupt, "")) {
                _ = try Kernels.map(x, Float.self, to: .float32) { (v: Float) -> Float in
                    if calls.add(1, ordering: .relaxed).newValue == 1 { Interruption.request() }
                    return v
                }
            }
        }
        #expect(!Interruption.isPending)
        // Each of the two ranges finishes at most the piece it was in.
        #expect(calls.load(ordering: .relaxed) <= 2 * Interruption.chunk)
    }
}
