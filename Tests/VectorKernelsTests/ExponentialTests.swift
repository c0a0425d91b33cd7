import CPlatform
import Testing
import VectorKernels
import VectorKernelsAVX2

#if canImport(Glibc)
    import Glibc
#endif

/// The two builds of the vectorised `expf` agree with each other and with the scalar path bit for
/// bit, and with glibc's own `expf` where glibc runs its FMA build (AVX2 machines). An exhaustive
/// run over all 2^32 inputs (docs/benchmarks.md) found no difference from glibc.
struct ExponentialTests {
    static let specials: [Float] = [
        0, -0.0, 1, -1, .nan, -.nan, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
        -.greatestFiniteMagnitude, 87.99999, 88, 88.72283, 88.72284, 88.72285, -87.99999, -88, -103.27892,
        -103.27893, -103.27894, -103.97207, -103.97208, -103.97209, -150, Float(bitPattern: 0x7fc0_1234),
    ]

    static func inputs() -> [Float] {
        var values = specials
        var state: UInt32 = 12345
        for _ in 0..<20_000 {
            state = state &* 1_664_525 &+ 1_013_904_223
            values.append(Float(bitPattern: state).isNaN ? 1 : Float(bitPattern: state))
            values.append(Float(Int32(bitPattern: state)) / Float(Int32.max) * 110)
        }
        return values
    }

    static func run(_ values: [Float], avx2: Bool) -> [Float] {
        var out = [Float](repeating: 0, count: values.count + 1)
        withBuffers(values + [0], &out) { src, dst in
            if avx2 {
                VectorKernelsAVX2.Exponential.expf(src, dst, count: values.count)
            } else {
                VectorKernels.Exponential.expf(src, dst, count: values.count)
            }
        }
        return Array(out.dropLast())
    }

    static func same(_ a: Float, _ b: Float) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }

    @Test func baselineBuildMatchesItsScalarPath() {
        let values = Self.inputs()
        for (x, y) in zip(values, Self.run(values, avx2: false)) {
            #expect(Self.same(y, VectorKernels.Exponential.expf(x)), "exp(\(x))")
        }
    }

    @Test func avx2BuildMatchesTheBaselineBuildAndGlibc() {
        guard wick_cpu_has_avx2_fma() != 0 else { return }
        let values = Self.inputs()
        let fast = Self.run(values, avx2: true)
        let portable = Self.run(values, avx2: false)
        for (i, x) in values.enumerated() {
            #expect(Self.same(fast[i], portable[i]), "exp(\(x))")
            #expect(Self.same(fast[i], expf(x)), "exp(\(x)) vs glibc")
        }
    }

    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17, 33])
    func everyLengthIncludingTheScalarTailIsCovered(count: Int) {
        let values = (0..<count).map { Float($0) * 0.37 - 3 }
        let out = Self.run(values, avx2: false)
        for (x, y) in zip(values, out) { #expect(Self.same(y, VectorKernels.Exponential.expf(x))) }
        if wick_cpu_has_avx2_fma() != 0 { #expect(Self.run(values, avx2: true).map(\.bitPattern) == out.map(\.bitPattern)) }
    }

    @Test func specialValuesFollowGlibc() {
        let e: (Float) -> Float = { VectorKernels.Exponential.expf($0) }
        #expect(e(0) == 1)
        #expect(e(.infinity) == .infinity)
        #expect(e(-.infinity) == 0)
        #expect(e(.nan).isNaN)
        #expect(e(89) == .infinity)
        #expect(e(-104) == 0)
        #expect(e(-103.5) == .leastNonzeroMagnitude)
        #expect(e(1) == 2.718_281_8)
    }
}
