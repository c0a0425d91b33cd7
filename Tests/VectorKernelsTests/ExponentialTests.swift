import CPlatform
import CVectorKernelsAVX512
import Testing
import VectorKernels

#if canImport(Glibc)
    import Glibc
#endif

/// Every build of the vectorised `expf` agrees with the others and with the scalar path bit for
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

    static func run(_ values: [Float], _ build: KernelBuild) -> [Float] {
        var out = [Float](repeating: 0, count: values.count + 1)
        withBuffers(values + [0], &out) { src, dst in build.expf(src, dst, values.count) }
        return Array(out.dropLast())
    }

    static func same(_ a: Float, _ b: Float) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }

    @Test func baselineBuildMatchesItsScalarPath() {
        let values = Self.inputs()
        for (x, y) in zip(values, Self.run(values, .baseline)) {
            #expect(Self.same(y, VectorKernels.Exponential.expf(x)), "exp(\(x))")
        }
    }

    @Test func everyBuildMatchesTheBaselineBuildAndGlibc() {
        guard wick_cpu_has_avx2_fma() != 0 else { return }
        let values = Self.inputs()
        let portable = Self.run(values, .baseline)
        for build in KernelBuild.supported.dropFirst() {
            let fast = Self.run(values, build)
            for (i, x) in values.enumerated() {
                #expect(Self.same(fast[i], portable[i]), "\(build): exp(\(x))")
                #expect(Self.same(fast[i], expf(x)), "\(build): exp(\(x)) vs glibc")
            }
        }
    }

    @Test func theIntrinsicsScalarPathMatchesTheSwiftOne() {
        guard wick_cpu_has_avx512() != 0 else { return }
        for x in Self.inputs() {
            #expect(Self.same(wick_expf_scalar_avx512(x), VectorKernels.Exponential.expf(x)), "exp(\(x))")
        }
    }

    /// Every special value in every lane position and every tail length of the AVX-512 loops.
    @Test func specialValuesInEveryLaneMatchTheScalarPath() {
        let specials = Self.specials
        var values: [Float] = []
        for shift in 0..<8 { values += Array(repeating: 0.5, count: shift) + specials }
        let expected = values.map { VectorKernels.Exponential.expf($0) }
        for build in KernelBuild.supported {
            let out = Self.run(values, build)
            #expect(zip(out, expected).allSatisfy { Self.same($0, $1) }, "\(build)")
        }
    }

    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17, 33])
    func everyLengthIncludingTheScalarTailIsCovered(count: Int) {
        let values = (0..<count).map { Float($0) * 0.37 - 3 }
        let out = Self.run(values, .baseline)
        for (x, y) in zip(values, out) { #expect(Self.same(y, VectorKernels.Exponential.expf(x))) }
        for build in KernelBuild.supported.dropFirst() {
            #expect(Self.run(values, build).map(\.bitPattern) == out.map(\.bitPattern), "\(build)")
        }
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
