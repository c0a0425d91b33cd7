/// In-place ops (`add_`, `mul_`, `fill_`, `zero_`, `copy_`) with PyTorch's autograd semantics:
/// leaf checks, version bumps, and history rebased onto the op's node.
extension Tensor {
    /// `self (op)= other` in place (`add_`, `mul_`, `+=`); `alpha` scales `other` for `add_`/`sub_`.
    public func applyInPlace(_ kind: Arithmetic, _ other: Tensor, alpha: Scalar? = nil) throws {
        _ = try alpha?.checkedConvert(to: dtype)
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
        // The derivative for `other` of mul_/div_ needs `self` as it was before the write; the copy
        // keeps its history so double backward reaches through it.
        let needsOriginal = (kind == .mul || kind == .div) && other.requiresGrad && GradMode.isEnabled
        let original = needsOriginal ? try clone() : nil
        let saving = kind == .add || kind == .sub ? [] : [other] + (original.map { [$0] } ?? [])
        try recordInPlace(
            kind.inPlaceRow, others: [other], saving: saving, absent: saving.count == 1 ? 0b10 : 0,
            params: (factor, other.shape, other.dtype)
        ) {
            if let fusedAlpha {
                try writeFused(.addScaled(alpha: fusedAlpha), [other])
            } else {
                try kind.update(self, with: operand)
            }
        }
    }

    /// `fill_(value)` with a Python number (`FillBackward2`).
    public func fillInPlace(_ value: Scalar) throws {
        let value = try value.checkedConvert(to: dtype)
        try recordInPlace(InPlace.fillNumber, params: ()) { try fill(with: value) }
    }

    /// `fill_(value)` with a 0-d tensor (`FillBackward3`).
    public func fillInPlace(_ value: Tensor) throws {
        guard value.dim == 0 else {
            throw TorchError.runtime(
                "fill_ only supports 0-dimension value tensor but got tensor with \(value.dim) dimensions.")
        }
        try recordInPlace(InPlace.fillTensor, others: [value], params: value.dtype) {
            try fill(with: value.element(at: 0))
        }
    }

    /// `zero_()` (`ZeroBackward0`).
    public func zeroInPlace() throws {
        try recordInPlace(InPlace.zero, params: ()) { try fill(with: .int(0)) }
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
        try recordInPlace(InPlace.copy, others: [source], params: (source.shape, source.dtype)) {
            try assign(from: expanded)
        }
    }
}

extension Arithmetic {
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
