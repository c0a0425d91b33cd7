import Testing

@testable import Autograd

/// The last-dimension fast path (contiguous rows, no arrays) computes exactly what the lane
/// formulas compute, for every row length around the register width and both float types.
struct SoftmaxRowsTests {
    static func row<T: FloatElement>(_ n: Int, seed: Int, _: T.Type) -> [T] {
        (0..<n).map { T(Double(($0 &* 37 &+ seed &* 11) % 29) / 3.7 - 4) }
    }

    static func viaRow<K: SoftmaxKernel, T: FloatElement>(_: K.Type, _ a: [T], _ b: [T]) -> [T] {
        var out = [T](repeating: 0, count: a.count)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                out.withUnsafeMutableBufferPointer { po in
                    guard let x = pa.baseAddress, let y = pb.baseAddress, let o = po.baseAddress else { return }
                    K.row(x, y, o, a.count)
                }
            }
        }
        return out
    }

    static func check<T: FloatElement>(_: T.Type, _ n: Int) {
        let x = row(n, seed: 1, T.self)
        let g = row(n, seed: 2, T.self).map { $0 / 10 }
        let y = SoftmaxForward.apply([x], lastDim: true, vectorized: true)
        let logY = LogSoftmaxForward.apply([x], lastDim: true, vectorized: true)
        #expect(viaRow(SoftmaxForward.self, x, x) == y)
        #expect(viaRow(LogSoftmaxForward.self, x, x) == logY)
        #expect(viaRow(SoftmaxGradient.self, g, y) == SoftmaxGradient.apply([g, y], lastDim: true, vectorized: true))
        #expect(
            viaRow(LogSoftmaxGradient.self, g, logY) == LogSoftmaxGradient.apply([g, logY], lastDim: true, vectorized: true))
    }

    @Test(arguments: [1, 2, 3, 7, 8, 9, 10, 15, 16, 17, 31, 40])
    func rowsMatchTheLaneFormulas(n: Int) {
        Self.check(Float.self, n)
        Self.check(Double.self, n)
    }

    @Test func laneSumOverAClosureMatchesTheArrayForm() {
        for n in [0, 1, 5, 8, 13, 24, 27] {
            let values = Self.row(n, seed: 3, Float.self)
            #expect(VectorMath.laneSum(count: n) { values[$0] } == VectorMath.laneSum(values))
            #expect(Softmax.laneSum(count: n) { values[$0] } == Softmax.laneSum(values))
        }
    }

    /// `vec_reduce_all` adds a double register lane after lane (no shuffle tree for doubles).
    @Test func doubleLanesAddInOrder() {
        let w = Softmax.width(Double.self)
        let values = (0..<w).map { i in i == 0 ? 1.0 : 1e-16 }
        var expected = values[0]
        for v in values.dropFirst() { expected += v }
        #expect(Softmax.laneSum(values) == expected)
    }

    /// The softmax kernels' registers follow the processor as ATen's dispatch does.
    @Test func registerWidthFollowsTheProcessor() {
        let bytes = CPUCapability.current == .avx512 ? 64 : 32
        #expect(Softmax.width(Float.self) == bytes / 4)
        #expect(Softmax.width(Double.self) == bytes / 8)
    }

    @Test func tensorsTakeTheFastPathWithTheSameResult() throws {
        let values: [Scalar] = Self.row(60, seed: 4, Double.self).map { .float($0) }
        let x = try Tensor.from(values, shape: [6, 10], dtype: .float32)
        let expected = (0..<6).flatMap { r in
            LogSoftmaxForward.apply(
                [Array(Self.row(60, seed: 4, Double.self)[(r * 10)..<(r * 10 + 10)]).map { Float($0) }], lastDim: true,
                vectorized: true)
        }
        #expect(try x.logSoftmax(dim: 1).doubles == expected.map(Double.init))
        #expect(try x.t().contiguous().t().logSoftmax(dim: 1).doubles == expected.map(Double.init))
    }
}
