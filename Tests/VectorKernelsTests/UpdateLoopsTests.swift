import CPlatform
import Testing
import VectorKernels
import VectorKernelsAVX2
import VectorKernelsAVX512

/// Every build of the optimizers' update loops against the scalar formulas ATen's CPU kernels
/// round with (`add_` with alpha and `lerp_` one fused multiply-add, `addcmul_` `fma(k·a, b, s)`,
/// `addcdiv_` `s + (k·a)/b`), bit for bit, for float and double, both `lerp` branches.
struct UpdateLoopsTests {
    typealias FloatLoop = (Int, UnsafeMutablePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>, Float, Int) -> Void
    typealias DoubleLoop = (Int, UnsafeMutablePointer<Double>, UnsafePointer<Double>, UnsafePointer<Double>, Double, Int) -> Void

    static var floatBuilds: [FloatLoop] {
        var builds: [FloatLoop] = [{ VectorKernels.UpdateLoops.update($0, $1, $2, $3, $4, count: $5) }]
        if wick_cpu_has_avx2_fma() != 0 { builds.append { VectorKernelsAVX2.UpdateLoops.update($0, $1, $2, $3, $4, count: $5) } }
        if wick_cpu_has_avx512() != 0 { builds.append { VectorKernelsAVX512.UpdateLoops.update($0, $1, $2, $3, $4, count: $5) } }
        return builds
    }

    static var doubleBuilds: [DoubleLoop] {
        var builds: [DoubleLoop] = [{ VectorKernels.UpdateLoops.update($0, $1, $2, $3, $4, count: $5) }]
        if wick_cpu_has_avx2_fma() != 0 { builds.append { VectorKernelsAVX2.UpdateLoops.update($0, $1, $2, $3, $4, count: $5) } }
        if wick_cpu_has_avx512() != 0 { builds.append { VectorKernelsAVX512.UpdateLoops.update($0, $1, $2, $3, $4, count: $5) } }
        return builds
    }

    static func reference<T: BinaryFloatingPoint>(_ kind: Int, _ s: T, _ a: T, _ b: T, _ k: T) -> T {
        switch kind {
        case 0: s.addingProduct(a, k)
        case 1: s.addingProduct(k * a, b)
        case 2: s + (k * a) / b
        default: abs(k) < 0.5 ? s.addingProduct(k, a - s) : a.addingProduct(k - 1, a - s)
        }
    }

    static let cases: [(kind: Int, k: Double)] = [(0, -0.01), (1, 0.001), (2, -0.003), (3, 0.1), (3, 0.9)]

    @Test(arguments: cases)
    func floatLoopsMatchTheScalarFormula(kind: Int, k: Double) {
        let count = 1_037
        let s = Values.floats(count, seed: 11)
        let a = Values.floats(count, seed: 12)
        let b = Values.floats(count, seed: 13).map { abs($0) + 0.5 }
        let expected = (0..<count).map { Self.reference(kind, s[$0], a[$0], b[$0], Float(k)).bitPattern }
        for loop in Self.floatBuilds {
            var out = s
            out.withUnsafeMutableBufferPointer { o in
                guard let o = o.baseAddress else { return }
                loop(kind, o, a, b, Float(k), count)
            }
            #expect(out.map(\.bitPattern) == expected)
        }
    }

    @Test(arguments: cases)
    func doubleLoopsMatchTheScalarFormula(kind: Int, k: Double) {
        let count = 1_037
        let s = Values.floats(count, seed: 21).map { Double($0) / 3 }
        let a = Values.floats(count, seed: 22).map { Double($0) / 7 }
        let b = Values.floats(count, seed: 23).map { abs(Double($0)) + 0.5 }
        let expected = (0..<count).map { Self.reference(kind, s[$0], a[$0], b[$0], k).bitPattern }
        for loop in Self.doubleBuilds {
            var out = s
            out.withUnsafeMutableBufferPointer { o in
                guard let o = o.baseAddress else { return }
                loop(kind, o, a, b, k, count)
            }
            #expect(out.map(\.bitPattern) == expected)
        }
    }
}
