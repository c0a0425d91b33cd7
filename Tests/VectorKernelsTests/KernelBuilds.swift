import CPlatform
import CVectorKernelsAVX512
import VectorKernels
import VectorKernelsAVX2
import VectorKernelsAVX512

/// One build of the vector kernels, as `Autograd`'s `CPUCapability` picks them: every test runs
/// against each build this processor can run, and each must give the same bits.
struct KernelBuild: Sendable, CustomStringConvertible {
    let description: String
    let innerSumFloat: @Sendable (UnsafePointer<Float>, Int) -> Float
    let innerSumDouble: @Sendable (UnsafePointer<Double>, Int) -> Double
    let outerSumFloat: @Sendable (UnsafePointer<Float>, Int, Int, UnsafeMutablePointer<Float>) -> Void
    let outerSumDouble: @Sendable (UnsafePointer<Double>, Int, Int, UnsafeMutablePointer<Double>) -> Void
    let expf: @Sendable (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void

    static let baseline = KernelBuild(
        description: "baseline",
        innerSumFloat: { VectorKernels.CascadeSum.innerSum($0, count: $1) },
        innerSumDouble: { VectorKernels.CascadeSum.innerSum($0, count: $1) },
        outerSumFloat: { VectorKernels.CascadeSum.outerSum($0, rows: $1, columns: $2, into: $3) },
        outerSumDouble: { VectorKernels.CascadeSum.outerSum($0, rows: $1, columns: $2, into: $3) },
        expf: { VectorKernels.Exponential.expf($0, $1, count: $2) })

    static let avx2 = KernelBuild(
        description: "avx2",
        innerSumFloat: { VectorKernelsAVX2.CascadeSum.innerSum($0, count: $1) },
        innerSumDouble: { VectorKernelsAVX2.CascadeSum.innerSum($0, count: $1) },
        outerSumFloat: { VectorKernelsAVX2.CascadeSum.outerSum($0, rows: $1, columns: $2, into: $3) },
        outerSumDouble: { VectorKernelsAVX2.CascadeSum.outerSum($0, rows: $1, columns: $2, into: $3) },
        expf: { VectorKernelsAVX2.Exponential.expf($0, $1, count: $2) })

    /// The Swift sources compiled for AVX-512 (its `expf` is not the one `Autograd` calls).
    static let avx512 = KernelBuild(
        description: "avx512",
        innerSumFloat: { VectorKernelsAVX512.CascadeSum.innerSum($0, count: $1) },
        innerSumDouble: { VectorKernelsAVX512.CascadeSum.innerSum($0, count: $1) },
        outerSumFloat: { VectorKernelsAVX512.CascadeSum.outerSum($0, rows: $1, columns: $2, into: $3) },
        outerSumDouble: { VectorKernelsAVX512.CascadeSum.outerSum($0, rows: $1, columns: $2, into: $3) },
        expf: { VectorKernelsAVX512.Exponential.expf($0, $1, count: $2) })

    /// The AVX-512 build as `Autograd` runs it: `expf` from the C permute kernel.
    static let avx512Intrinsics = KernelBuild(
        description: "avx512 (C expf)",
        innerSumFloat: avx512.innerSumFloat, innerSumDouble: avx512.innerSumDouble,
        outerSumFloat: avx512.outerSumFloat, outerSumDouble: avx512.outerSumDouble,
        expf: { wick_expf_avx512($0, $1, $2) })

    /// The builds this processor runs, the baseline first.
    static let supported: [KernelBuild] = {
        var builds = [baseline]
        if wick_cpu_has_avx2_fma() != 0 { builds.append(avx2) }
        if wick_cpu_has_avx512() != 0 { builds += [avx512, avx512Intrinsics] }
        return builds
    }()
}
