import CPlatform
import CVectorKernelsAVX512
import VectorKernels
import VectorKernelsAVX2
import VectorKernelsAVX512

#if canImport(Glibc)
    import Glibc
#endif

/// Which build of the vector kernels runs in this process, chosen once as ATen chooses its
/// `CPU_CAPABILITY`: `VectorKernels` is compiled three times from the same source, for baseline
/// x86-64, for AVX2 with FMA (`VectorKernelsAVX2`) and for AVX-512 (`VectorKernelsAVX512`, with
/// `exp` from `CVectorKernelsAVX512`). All give the same bits (a fused multiply-add is one
/// rounding either way); only the speed differs. `WICK_CPU_CAPABILITY=default` (or `avx2`) caps
/// the choice, as `ATEN_CPU_CAPABILITY` does, for testing a smaller build on a bigger machine.
public enum CPUCapability: Int, Comparable, Sendable {
    case baseline
    case avx2
    case avx512

    /// The name `torch.backends.cpu.get_cpu_capability()` gives this build.
    public var name: String {
        switch self {
        case .baseline: "DEFAULT"
        case .avx2: "AVX2"
        case .avx512: "AVX512"
        }
    }

    public static let current: CPUCapability = {
        let supported: CPUCapability =
            wick_cpu_has_avx512() != 0 ? .avx512 : wick_cpu_has_avx2_fma() != 0 ? .avx2 : .baseline
        guard let forced = getenv("WICK_CPU_CAPABILITY") else { return supported }
        let cap: CPUCapability? =
            switch String(cString: forced).lowercased() {
            case "default": .baseline
            case "avx2": .avx2
            case "avx512": .avx512
            default: nil
            }
        return min(cap ?? supported, supported)
    }()

    public static func < (lhs: CPUCapability, rhs: CPUCapability) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The floating types the vector kernels serve, each routed to the build `CPUCapability` picked.
protocol VectorKernelElement {
    /// ATen's cascade sum of `count` contiguous elements.
    static func cascadeSum(_ p: UnsafePointer<Self>, count: Int) -> Self
    /// Adds ATen's cascade sum of each column of a row-major `rows × columns` block to `out`.
    static func cascadeColumnSums(_ p: UnsafePointer<Self>, rows: Int, columns: Int, into out: UnsafeMutablePointer<Self>)
    /// One 2-d block of ATen's `cascade_sum` (`VectorKernels.CascadeSum.blockSum`).
    static func cascadeBlock(
        _ p: UnsafePointer<Self>, _ shape: VectorKernels.CascadeSum.BlockShape, into out: UnsafeMutablePointer<Self>)
}

extension Float: VectorKernelElement {
    static func cascadeBlock(
        _ p: UnsafePointer<Float>, _ shape: VectorKernels.CascadeSum.BlockShape, into out: UnsafeMutablePointer<Float>
    ) {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.CascadeSum.blockSum(p, shape, into: out)
        case .avx2: VectorKernelsAVX2.CascadeSum.blockSum(p, shape, into: out)
        case .baseline: VectorKernels.CascadeSum.blockSum(p, shape, into: out)
        }
    }

    static func cascadeSum(_ p: UnsafePointer<Float>, count: Int) -> Float {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.CascadeSum.innerSum(p, count: count)
        case .avx2: VectorKernelsAVX2.CascadeSum.innerSum(p, count: count)
        case .baseline: VectorKernels.CascadeSum.innerSum(p, count: count)
        }
    }

    static func cascadeColumnSums(_ p: UnsafePointer<Float>, rows: Int, columns: Int, into out: UnsafeMutablePointer<Float>) {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.CascadeSum.outerSum(p, rows: rows, columns: columns, into: out)
        case .avx2: VectorKernelsAVX2.CascadeSum.outerSum(p, rows: rows, columns: columns, into: out)
        case .baseline: VectorKernels.CascadeSum.outerSum(p, rows: rows, columns: columns, into: out)
        }
    }
}

extension Float {
    /// glibc's `expf` of `count` contiguous floats (the bits PyTorch's MKL `exp` gives 99% of the time).
    static func exponentials(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, count: Int) {
        switch CPUCapability.current {
        case .avx512: wick_expf_avx512(src, dst, count)
        case .avx2: VectorKernelsAVX2.Exponential.expf(src, dst, count: count)
        case .baseline: VectorKernels.Exponential.expf(src, dst, count: count)
        }
    }
}

extension Double: VectorKernelElement {
    static func cascadeBlock(
        _ p: UnsafePointer<Double>, _ shape: VectorKernels.CascadeSum.BlockShape, into out: UnsafeMutablePointer<Double>
    ) {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.CascadeSum.blockSum(p, shape, into: out)
        case .avx2: VectorKernelsAVX2.CascadeSum.blockSum(p, shape, into: out)
        case .baseline: VectorKernels.CascadeSum.blockSum(p, shape, into: out)
        }
    }

    static func cascadeSum(_ p: UnsafePointer<Double>, count: Int) -> Double {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.CascadeSum.innerSum(p, count: count)
        case .avx2: VectorKernelsAVX2.CascadeSum.innerSum(p, count: count)
        case .baseline: VectorKernels.CascadeSum.innerSum(p, count: count)
        }
    }

    static func cascadeColumnSums(
        _ p: UnsafePointer<Double>, rows: Int, columns: Int, into out: UnsafeMutablePointer<Double>
    ) {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.CascadeSum.outerSum(p, rows: rows, columns: columns, into: out)
        case .avx2: VectorKernelsAVX2.CascadeSum.outerSum(p, rows: rows, columns: columns, into: out)
        case .baseline: VectorKernels.CascadeSum.outerSum(p, rows: rows, columns: columns, into: out)
        }
    }
}
