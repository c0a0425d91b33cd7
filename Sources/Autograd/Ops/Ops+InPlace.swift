/// In-place ops (`add_`, `mul_`, `fill_`, `zero_`, `copy_`) with PyTorch's autograd semantics:
/// leaf checks, version bumps, and history rebased onto the op's node.
extension Tensor {
    /// `self (op)= other` in place (`add_`, `mul_`, `+=`); `alpha` scales `other` for `add_`/`sub_`.
    public func applyInPlace(_ kind: Arithmetic, _ other: Tensor, alpha: Scalar? = nil) throws {
        // ATen's `add(alpha=)` is one fused multiply-add on floating tensors (`sub` negates alpha).
        let fusedAlpha: Double? =
            if let alpha, kind == .add || kind == .sub, dtype.isFloatingPoint, other.dtype == dtype {
                kind == .add ? alpha.doubleValue : -alpha.doubleValue
            } else { nil }
        let operand =
            fusedAlpha != nil
            ? other
            : try alpha.map { a in try GradMode.with(false) { try Arithmetic.mul.compute(other, .wrapping(a)) } } ?? other
        let factor = alpha.map { Tensor.wrapping($0) }
        let otherShape = other.shape
        let otherType = other.dtype
        // The derivative for `other` of mul_/div_ needs `self` as it was before the write; the copy
        // keeps its history so double backward reaches through it.
        let needsOriginal = (kind == .mul || kind == .div) && other.requiresGrad && GradMode.isEnabled
        let original = needsOriginal ? try clone() : nil
        let saving = [other] + (original.map { [$0] } ?? [])
        try recordInPlace(
            kind.nodeName, others: [other], saving: kind == .add || kind == .sub ? [] : saving,
            write: {
                if let fusedAlpha {
                    try writeFused(.addScaled(alpha: fusedAlpha), [other])
                } else {
                    try kind.update(self, with: operand)
                }
            }
        ) { grad, context in
            [
                context.needsGrad(0) ? try kind.selfGradient(grad, context) : nil,
                context.needsGrad(1)
                    ? try kind.otherGradient(grad, context, factor: factor).reduced(toShape: otherShape, dtype: otherType)
                    : nil,
            ]
        }
    }

    /// `fill_(value)` with a Python number (`FillBackward2`).
    public func fillInPlace(_ value: Scalar) throws {
        try recordInPlace("FillBackward2", write: { try fill(with: value) }) { grad, _ in
            [try Tensor(zeros: grad.shape, dtype: grad.dtype)]
        }
    }

    /// `fill_(value)` with a 0-d tensor (`FillBackward3`).
    public func fillInPlace(_ value: Tensor) throws {
        guard value.dim == 0 else {
            throw TorchError.runtime(
                "fill_ only supports 0-dimension value tensor but got tensor with \(value.dim) dimensions.")
        }
        let valueType = value.dtype
        try recordInPlace("FillBackward3", others: [value], write: { try fill(with: value.element(at: 0)) }) {
            grad, context in
            [
                try Tensor(zeros: grad.shape, dtype: grad.dtype),
                context.needsGrad(1) ? try grad.sum().reduced(toShape: [], dtype: valueType) : nil,
            ]
        }
    }

    /// `zero_()` (`ZeroBackward0`).
    public func zeroInPlace() throws {
        try recordInPlace("ZeroBackward0", write: { try fill(with: .int(0)) }) { grad, _ in
            [try Tensor(zeros: grad.shape, dtype: grad.dtype)]
        }
    }

    /// `copy_(source)`: broadcasts and converts `source` into this tensor's memory (`CopyBackwards`).
    public func copyInPlace(from source: Tensor) throws {
        if source.shape != shape {
            let common = try Broadcast.shape(shape, source.shape)
            guard common == shape else {
                throw TorchError.runtime(
                    "output with shape \(ShapeText.bracketed(shape)) doesn't match the broadcast shape \(ShapeText.bracketed(common))"
                )
            }
        }
        let expanded = source.shape == shape ? source : try GradMode.with(false) { try source.expand(shape) }
        let sourceShape = source.shape
        let sourceType = source.dtype
        try recordInPlace("CopyBackwards", others: [source], write: { try assign(from: expanded) }) { grad, context in
            [
                try Tensor(zeros: grad.shape, dtype: grad.dtype),
                context.needsGrad(1) ? try grad.reduced(toShape: sourceShape, dtype: sourceType) : nil,
            ]
        }
    }
}

extension Arithmetic {
    /// `d(self op other)/d(self)` of an in-place op; `saved` holds `other` (mul/div).
    fileprivate func selfGradient(_ grad: Tensor, _ saved: BackwardContext) throws -> Tensor {
        switch self {
        case .add, .sub: grad
        case .mul: try grad * saved.saved(0)
        case .div: try grad / saved.saved(0)
        }
    }

    /// `d(self op other)/d(other)` of an in-place op; `saved` holds `other` then the original `self`.
    fileprivate func otherGradient(_ grad: Tensor, _ saved: BackwardContext, factor: Tensor?) throws -> Tensor {
        var g: Tensor
        switch self {
        case .add: g = grad
        case .sub: g = try grad.negated()
        case .mul: g = try grad * saved.saved(1)
        case .div:
            let b = try saved.saved(0)
            g = try grad.negated() * saved.saved(1) / (b * b)
        }
        if let factor { g = try g * factor }
        return g
    }

    /// The node an in-place use of this operator records, the same as the out-of-place one.
    var nodeName: String {
        switch self {
        case .add: "AddBackward0"
        case .sub: "SubBackward0"
        case .mul: "MulBackward0"
        case .div: "DivBackward0"
        }
    }
}
