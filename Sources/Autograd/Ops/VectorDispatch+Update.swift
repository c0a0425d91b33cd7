import VectorKernels
import VectorKernelsAVX2
import VectorKernelsAVX512

/// The optimizers' in-place update loops (`VectorKernels.UpdateLoops`), routed to the build
/// `CPUCapability` picked: only there is a fused multiply-add one instruction rather than a call.
protocol UpdateLoopElement {
    /// `s[i] = formula(s[i], a[i], b[i], k)` for `i < count`, `kind` as `UpdateLoops.update` reads it.
    static func updateLoop(
        _ kind: Int, _ s: UnsafeMutablePointer<Self>, _ a: UnsafePointer<Self>, _ b: UnsafePointer<Self>, _ k: Self,
        count: Int)
}

extension Float: UpdateLoopElement {
    static func updateLoop(
        _ kind: Int, _ s: UnsafeMutablePointer<Float>, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ k: Float,
        count: Int
    ) {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.UpdateLoops.update(kind, s, a, b, k, count: count)
        case .avx2: VectorKernelsAVX2.UpdateLoops.update(kind, s, a, b, k, count: count)
        case .baseline: VectorKernels.UpdateLoops.update(kind, s, a, b, k, count: count)
        }
    }
}

extension Double: UpdateLoopElement {
    static func updateLoop(
        _ kind: Int, _ s: UnsafeMutablePointer<Double>, _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
        _ k: Double, count: Int
    ) {
        switch CPUCapability.current {
        case .avx512: VectorKernelsAVX512.UpdateLoops.update(kind, s, a, b, k, count: count)
        case .avx2: VectorKernelsAVX2.UpdateLoops.update(kind, s, a, b, k, count: count)
        case .baseline: VectorKernels.UpdateLoops.update(kind, s, a, b, k, count: count)
        }
    }
}
