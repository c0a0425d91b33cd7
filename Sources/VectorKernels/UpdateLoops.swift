/// The element loops of the optimizers' in-place updates (`add_(other, alpha=)`, `addcmul_`,
/// `addcdiv_`, `lerp_`), each with ATen's rounding: a fused multiply-add is one instruction in
/// the AVX2 and AVX-512 builds and glibc's `fma` in the baseline one, the same bits either way.
///
/// `kind` picks the formula once per call (0 `s + k·a`, 1 `s + (k·a)·b` fused, 2 `s + (k·a)/b`,
/// 3 `lerp(s, a, k)`), so each loop is compiled for its formula alone.
public enum UpdateLoops {
    @inline(never)
    public static func update(
        _ kind: Int, _ s: UnsafeMutablePointer<Float>, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ k: Float,
        count: Int
    ) {
        run(kind, s, a, b, k, count)
    }

    @inline(never)
    public static func update(
        _ kind: Int, _ s: UnsafeMutablePointer<Double>, _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
        _ k: Double, count: Int
    ) {
        run(kind, s, a, b, k, count)
    }

    @inline(__always)
    static func run<T: BinaryFloatingPoint>(
        _ kind: Int, _ s: UnsafeMutablePointer<T>, _ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ k: T, _ n: Int
    ) {
        switch kind {
        case 0: loop(n) { s[$0] = s[$0].addingProduct(a[$0], k) }
        case 1: loop(n) { s[$0] = s[$0].addingProduct(k * a[$0], b[$0]) }
        case 2: loop(n) { s[$0] = s[$0] + (k * a[$0]) / b[$0] }
        default:
            if abs(k) < 0.5 {
                loop(n) { s[$0] = s[$0].addingProduct(k, a[$0] - s[$0]) }
            } else {
                loop(n) { s[$0] = a[$0].addingProduct(k - 1, a[$0] - s[$0]) }
            }
        }
    }

    @inline(__always)
    static func loop(_ n: Int, _ body: (Int) -> Void) {
        var i = 0
        while i < n {
            body(i)
            i &+= 1
        }
    }
}
