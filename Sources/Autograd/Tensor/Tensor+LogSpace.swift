#if canImport(Glibc)
    import Glibc
#endif

extension Tensor {
    /// `torch.logspace(start, end, steps, base)`: `base ** e` for `steps` exponents evenly spaced
    /// from `start` to `end`, as ATen computes them: the bounds converted to the result dtype
    /// first, the step in double, the first half counted up from `start` and the rest down from
    /// `end`, each power in double and converted once.
    public static func logspace(start: Scalar, end: Scalar, steps: Int, base: Double, dtype: DType = .defaultFloat) throws
        -> Tensor
    {
        guard steps >= 0 else { throw TorchError.runtime("number of steps must be non-negative") }
        guard dtype != .bool else { throw TorchError.notImplemented("logspace_cpu", .bool) }
        let t = try Tensor(uninitialized: [steps], dtype: dtype)
        guard steps > 1 else {
            if steps == 1 { t.setElement(0, .float(Glibc.pow(base, start.doubleValue))) }
            return t
        }
        let (s, e, span) = dtype.dispatch(LogSpaceBounds(start: start, end: end))
        let step = span / Double(steps - 1)
        let halfway = steps / 2
        try Interruption.chunked(steps) {
            for i in $0 {
                let exponent = i < halfway ? s + step * Double(i) : e - step * Double(steps - i - 1)
                t.setElement(i, .float(Glibc.pow(base, exponent)))
            }
        }
        return t
    }

}

/// The bounds as the dtype holds them, and `end - start` computed in that dtype (wrapping for
/// integers, as C's arithmetic does).
private struct LogSpaceBounds: DTypeVisitor {
    typealias Output = (start: Double, end: Double, span: Double)
    let start: Scalar
    let end: Scalar

    func floating<T: FloatElement>(_: T.Type) -> Output {
        let (s, e) = (T(scalar: start), T(scalar: end))
        return (Double(s), Double(e), Double(e - s))
    }
    func integral<T: IntegerElement>(_: T.Type) -> Output {
        let (s, e) = (T(scalar: start), T(scalar: end))
        return (Double(s), Double(e), Double(e &- s))
    }
    func boolean() -> Output { (start.doubleValue, end.doubleValue, end.doubleValue - start.doubleValue) }
}
