import VectorKernels
import VectorKernelsAVX2
import VectorKernelsAVX512

/// The float math of ATen's vectorized CPU kernels, reproduced so results match PyTorch to the bit.
///
/// PyTorch's AVX2 build evaluates `Vectorized<float>::exp()` and `log()` (and the double ones)
/// with SLEEF's 1-ulp algorithms (fused multiply-adds throughout), and reduces a row with 8 float
/// (4 double) lanes folded by a fixed shuffle tree.
enum VectorMath {
    /// Elements per AVX2 register.
    static func width<T: FloatElement>(_: T.Type) -> Int { 32 / MemoryLayout<T>.size }

    /// `Vectorized<T>::exp()`: SLEEF's `expf_u10` or `exp_u10`.
    @inline(__always)
    static func exp<T: FloatElement>(_ x: T) -> T {
        if T.self == Float.self { return unsafeBitCast(expFloat(unsafeBitCast(x, to: Float.self)), to: T.self) }
        guard T.self == Double.self else { return T.exp(x) }
        return unsafeBitCast(expDouble(unsafeBitCast(x, to: Double.self)), to: T.self)
    }

    /// `Vectorized<T>::log()`: SLEEF's `logf_u1` or `log_u1`.
    @inline(__always)
    static func log<T: FloatElement>(_ x: T) -> T {
        if T.self == Float.self { return unsafeBitCast(logFloat(unsafeBitCast(x, to: Float.self)), to: T.self) }
        guard T.self == Double.self else { return T.log(x) }
        return unsafeBitCast(logDouble(unsafeBitCast(x, to: Double.self)), to: T.self)
    }

    /// `Vectorized<T>::log1p()`.
    @inline(__always)
    static func log1p<T: FloatElement>(_ x: T) -> T {
        guard T.self == Float.self else { return T.log1p(x) }
        return unsafeBitCast(logOnePlusFloat(unsafeBitCast(x, to: Float.self)), to: T.self)
    }

    /// `vec::reduce_all` with `+`: lane-wise sums of whole registers, the ragged tail folded into
    /// the first lanes, then the register folded in halves (a plain running sum below one register).
    static func laneSum<T: FloatElement>(_ values: [T]) -> T {
        values.withUnsafeBufferPointer { p in laneSum(count: p.count) { p[$0] } }
    }

    /// `laneSum` of `value(0) … value(count - 1)`, without materialising them.
    @inline(__always)
    static func laneSum<T: FloatElement>(count: Int, _ value: (Int) -> T) -> T {
        let w = width(T.self)
        guard count >= w else {
            guard count > 0 else { return 0 }
            var total = value(0)
            for i in 1..<count { total += value(i) }
            return total
        }
        return withUnsafeTemporaryAllocation(of: T.self, capacity: w) { lanes in
            for l in 0..<w { lanes[l] = value(l) }
            var d = w
            while d + w <= count {
                for l in 0..<w { lanes[l] += value(d + l) }
                d += w
            }
            for l in 0..<(count - d) { lanes[l] += value(d + l) }
            var span = w / 2
            while span >= 1 {
                for l in 0..<span { lanes[l] += lanes[l + span] }
                span /= 2
            }
            return lanes[0]
        }
    }

    /// SLEEF's `expf_u10`, in the vector-kernel build the processor supports.
    static func expFloat(_ x: Float) -> Float {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.SLEEF.expf(x)
        case .avx2: VectorKernelsAVX2.SLEEF.expf(x)
        case .baseline: VectorKernels.SLEEF.expf(x)
        }
    }

    /// SLEEF's `logf_u1`.
    static func logFloat(_ x: Float) -> Float {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.SLEEF.logf(x)
        case .avx2: VectorKernelsAVX2.SLEEF.logf(x)
        case .baseline: VectorKernels.SLEEF.logf(x)
        }
    }

    /// SLEEF's double `exp` (u10).
    static func expDouble(_ x: Double) -> Double {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.SLEEF.exp(x)
        case .avx2: VectorKernelsAVX2.SLEEF.exp(x)
        case .baseline: VectorKernels.SLEEF.exp(x)
        }
    }

    /// SLEEF's double `log` (u1).
    static func logDouble(_ x: Double) -> Double {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.SLEEF.log(x)
        case .avx2: VectorKernelsAVX2.SLEEF.log(x)
        case .baseline: VectorKernels.SLEEF.log(x)
        }
    }

    /// SLEEF's `log1pf`.
    static func logOnePlusFloat(_ x: Float) -> Float {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.SLEEF.log1pf(x)
        case .avx2: VectorKernelsAVX2.SLEEF.log1pf(x)
        case .baseline: VectorKernels.SLEEF.log1pf(x)
        }
    }
}
