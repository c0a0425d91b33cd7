/// The range and matrix creators: `torch.arange`, `torch.linspace`, `torch.eye`.
extension Tensor {
    /// `torch.arange(start, end, step)`: int64 when every bound is an integer, else the default float.
    public static func arange(
        start: Scalar, end: Scalar, step: Scalar, dtype requested: DType? = nil, requiresGrad: Bool = false
    ) throws -> Tensor {
        let isFloat = [start, end, step].contains { if case .float = $0 { true } else { false } }
        let dtype = requested ?? (isFloat ? .defaultFloat : .int64)
        if dtype == .bool { throw TorchError(.notImplementedError, "\"arange_cpu\" not implemented for 'Bool'") }
        // PyTorch counts exactly only for int64 results from integer bounds; otherwise in double.
        let count =
            dtype == .int64 && !isFloat
            ? try arangeCount(start: Int64(scalar: start), end: Int64(scalar: end), step: Int64(scalar: step))
            : try arangeCount(start: start, end: end, step: step)
        let t = try Tensor(uninitialized: [count], dtype: dtype)
        if dtype.isFloatingPoint {
            // PyTorch accumulates in double for float tensors, then rounds each element once.
            let (s, d) = (start.doubleValue, step.doubleValue)
            try Interruption.chunked(count) { for i in $0 { t.setElement(i, .float(s + d * Double(i))) } }
        } else {
            let s = Int64(scalar: start)
            let d = Int64(scalar: step)
            try Interruption.chunked(count) { for i in $0 { t.setElement(i, .int(s &+ d &* Int64(i))) } }
        }
        try t.setRequiresGrad(requiresGrad, site: .factory)
        return t
    }

    /// PyTorch's element count for `arange`, with its checks and messages.
    private static func arangeCount(start: Scalar, end: Scalar, step: Scalar) throws -> Int {
        let (s, e, d) = (start.doubleValue, end.doubleValue, step.doubleValue)
        guard s.isFinite && e.isFinite else {
            throw TorchError.runtime("unsupported range: \(PythonNumber.text(start)) -> \(PythonNumber.text(end))")
        }
        guard d != 0 else { throw TorchError.runtime("step must be nonzero") }
        guard (d > 0 && e >= s) || (d < 0 && e <= s) else {
            throw TorchError.runtime("upper bound and lower bound inconsistent with step sign")
        }
        // The count comes from the bounds as given; integer tensors then truncate start and step.
        let size = ((e - s) / d).rounded(.up)
        guard size >= 0 && size < Double(Int.max) else {
            throw TorchError.runtime(
                "invalid size, possible overflow?")
        }
        return Int(size)
    }

    /// PyTorch's int64 count from integer bounds: exact integer arithmetic (a double count
    /// would be off by one past 2^53), with PyTorch's wrapping where its C++ wraps.
    private static func arangeCount(start: Int64, end: Int64, step: Int64) throws -> Int {
        guard step != 0 else { throw TorchError.runtime("step must be nonzero") }
        guard (step > 0 && end >= start) || (step < 0 && end <= start) else {
            throw TorchError.runtime("upper bound and lower bound inconsistent with step sign")
        }
        let sign: Int64 = step > 0 ? 1 : -1
        let size = (end &- start &+ step &- sign) / step
        guard size >= 0 else { throw TorchError.runtime("invalid size, possible overflow?") }
        return Int(size)
    }

    /// `torch.linspace(start, end, steps)`: computed in the result dtype from both ends, as PyTorch does.
    ///
    /// Each element is one fused multiply-add (`start + step * i`, or `end - step * (steps - 1 - i)`
    /// past the middle), rounded once: PyTorch's AVX2 build contracts the kernel's expression.
    public static func linspace(
        start: Scalar, end: Scalar, steps: Int, dtype: DType = .defaultFloat, requiresGrad: Bool = false
    ) throws -> Tensor {
        guard steps >= 0 else { throw TorchError.runtime("number of steps must be non-negative") }
        // ATen reads both ends as the element type (`checked_convert`): 1e308 cannot be a float32.
        (_, _) = (try start.checkedConvert(to: dtype), try end.checkedConvert(to: dtype))
        let t = try Tensor(uninitialized: [steps], dtype: dtype)
        // One step yields `start`; otherwise the first half counts up from `start`, the rest down from `end`.
        let halfway = steps == 1 ? 1 : steps / 2
        if dtype == .float32 {
            let (s, e) = (Float(start.doubleValue), Float(end.doubleValue))
            let d = steps > 1 ? (e - s) / Float(steps - 1) : 0
            try Interruption.chunked(steps) {
                for i in $0 {
                    let value = i < halfway ? s.addingProduct(d, Float(i)) : e.addingProduct(-d, Float(steps - i - 1))
                    t.setElement(i, .float(Double(value)))
                }
            }
        } else {
            // Integer results take their bounds as integers first (truncated), the step in double.
            let bound = { (v: Scalar) in dtype.isFloatingPoint ? v.doubleValue : Double(Int64(scalar: v)) }
            let (s, e) = (bound(start), bound(end))
            let d = steps > 1 ? (e - s) / Double(steps - 1) : 0
            try Interruption.chunked(steps) {
                for i in $0 {
                    t.setElement(
                        i, .float(i < halfway ? s.addingProduct(d, Double(i)) : e.addingProduct(-d, Double(steps - i - 1))))
                }
            }
        }
        try t.setRequiresGrad(requiresGrad, site: .factory)
        return t
    }

    /// `torch.eye(n, m)`: ones on the main diagonal.
    public static func eye(_ n: Int, _ m: Int? = nil, dtype: DType = .defaultFloat, requiresGrad: Bool = false) throws
        -> Tensor
    {
        guard n >= 0 else { throw TorchError.runtime("n must be greater or equal to 0, got \(n)") }
        let columns = m ?? n
        guard columns >= 0 else { throw TorchError.runtime("m must be greater or equal to 0, got \(columns)") }
        try checkShape([n, columns])
        let t = try Tensor(zeros: [n, columns], dtype: dtype)
        for i in 0..<min(n, columns) { t.setElement(i * columns + i, .int(1)) }
        try t.setRequiresGrad(requiresGrad, site: .factory)
        return t
    }

    /// Writes one element of a fresh contiguous tensor (no version bump: nobody has seen it yet).
    func setElement(_ flat: Int, _ value: Scalar) {
        dtype.dispatch(ElementWrite(tensor: self, offset: offset + flat, value: value))
    }
}

/// Python's spelling of a number inside messages (`inf`, `1.5`, `3`).
enum PythonNumber {
    static func text(_ value: Scalar) -> String {
        switch value {
        case .int(let i): String(i)
        case .bool(let b): b ? "True" : "False"
        case .float(let d): PythonFloat.repr(d)
        }
    }
}
