/// What the backward of `add_`/`sub_`/`mul_`/`div_` needs: `alpha` as a tensor, `other`'s shape and dtype.
typealias InPlaceArithmeticParams = (factor: Tensor?, otherShape: [Int], otherType: DType)

/// The rows of in-place writes: arithmetic (`add_`, `+=`, …), `fill_`, `zero_`, `copy_`.
///
/// An in-place op records the same node as its out-of-place form; its first input is the tensor
/// as it was before the write (see `Tensor.recordInPlace`).
enum InPlace {
    static let add = arithmetic(
        .add, alpha: 2,
        "Adds alpha * other into this tensor in place and returns it.\nExample: w.add_(w.grad, alpha=-0.1) inside torch.no_grad()"
    )
    static let sub = arithmetic(
        .sub, alpha: 0.5,
        "Subtracts alpha * other from this tensor in place and returns it.\nExample: w.sub_(lr * w.grad) inside torch.no_grad()")
    /// mul_ and div_ save `other`, and `self` as it was (a copy in the graph) when `other` needs a gradient.
    static let mul = arithmetic(.mul, "Multiplies this tensor by other in place and returns it.")
    static let div = arithmetic(.div, "Divides this tensor by other in place and returns it.", low: 0.5)

    static let fillSignature = PythonSignature(
        "fill_", "Tensor.fill_(value) -> Tensor",
        "Sets every element to value (a number or a one-element tensor) in place.")

    static let fillNumber = OpRow<Void>(
        "FillBackward2", python: fillSignature, overload: "a number",
        probe: GradientProbe(shapes: [[2, 3]]) { try written($0[0]) { try $0.fillInPlace(.float(0.5)) } }
    ) { grad, _, _ in [try Tensor(zeros: grad.shape, dtype: grad.dtype)] }

    static let fillTensor = OpRow<DType>(
        "FillBackward3", python: fillSignature, overload: "a tensor",
        probe: GradientProbe(shapes: [[2, 3], []]) { inputs in try written(inputs[0]) { try $0.fillInPlace(inputs[1]) } }
    ) { grad, saved, valueType in
        [
            try Tensor(zeros: grad.shape, dtype: grad.dtype),
            saved.needsGrad(1) ? try grad.sum().reduced(toShape: [], dtype: valueType) : nil,
        ]
    }

    static let zero = OpRow<Void>(
        "ZeroBackward0",
        python: PythonSignature("zero_", "Tensor.zero_() -> Tensor", "Sets every element to 0 in place. Example: w.grad.zero_()"),
        probe: GradientProbe(shapes: [[2, 3]]) { try written($0[0]) { try $0.zeroInPlace() } }
    ) { grad, _, _ in [try Tensor(zeros: grad.shape, dtype: grad.dtype)] }

    /// `Params`: the source's shape and dtype, to sum the broadcast gradient back.
    static let copy = OpRow<(shape: [Int], dtype: DType)>(
        "CopyBackwards",
        python: PythonSignature(
            "copy_", "Tensor.copy_(src, non_blocking=False) -> Tensor",
            "Copies src's values (broadcast to this shape) into this tensor in place."),
        probe: GradientProbe(shapes: [[2, 3], [3]]) { inputs in try written(inputs[0]) { try $0.copyInPlace(from: inputs[1]) } }
    ) { grad, saved, p in
        [
            try Tensor(zeros: grad.shape, dtype: grad.dtype),
            saved.needsGrad(1) ? try grad.reduced(toShape: p.shape, dtype: p.dtype) : nil,
        ]
    }

    static let rows: [AnyOpRow] = [add, sub, mul, div, fillNumber, fillTensor, zero, copy]

    /// A probe's non-leaf copy of `input` after `write` ran on it in place.
    static func written(_ input: Tensor, _ write: (Tensor) throws -> Void) throws -> Tensor {
        let copy = try input * input
        try write(copy)
        return copy
    }

    /// The row of `NAME_(other)` (with `alpha` for add_/sub_, which the probe passes).
    private static func arithmetic(
        _ kind: Arithmetic, alpha: Double? = nil, _ summary: String, low: Double = -1.5
    ) -> OpRow<InPlaceArithmeticParams> {
        let name = kind.inPlaceName
        let arguments = alpha == nil ? "other" : "other, alpha=1"
        return OpRow(
            kind.nodeName, python: PythonSignature(name, "Tensor.\(name)(\(arguments)) -> Tensor", summary),
            saves: kind == .mul || kind == .div ? [.other, .input] : [],
            probe: GradientProbe(shapes: [[2, 3], [3]], low: low) { inputs in
                try written(inputs[0]) { try $0.applyInPlace(kind, inputs[1], alpha: alpha.map { .float($0) }) }
            }
        ) { grad, saved, p in
            [
                saved.needsGrad(0) ? try kind.selfGradient(grad, saved) : nil,
                saved.needsGrad(1)
                    ? try kind.otherGradient(grad, saved, factor: p.factor).reduced(toShape: p.otherShape, dtype: p.otherType)
                    : nil,
            ]
        }
    }
}

extension Arithmetic {
    /// `d(self op other)/d(self)` of an in-place op; mul/div saved `other`.
    fileprivate func selfGradient(_ grad: Tensor, _ saved: RowSaved) throws -> Tensor {
        switch self {
        case .add, .sub: grad
        case .mul: try grad * saved(.other)
        case .div: try grad / saved(.other)
        }
    }

    /// `d(self op other)/d(other)` of an in-place op; mul/div saved `other` and the original `self`.
    fileprivate func otherGradient(_ grad: Tensor, _ saved: RowSaved, factor: Tensor?) throws -> Tensor {
        var g: Tensor
        switch self {
        case .add: g = grad
        case .sub: g = try grad.negated()
        case .mul: g = try grad * saved(.input)
        case .div:
            let b = try saved(.other)
            g = try grad.negated() * saved(.input) / (b * b)
        }
        if let factor { g = try g * factor }
        return g
    }

    /// The Python name of the in-place method (`add_`).
    fileprivate var inPlaceName: String {
        switch self {
        case .add: "add_"
        case .sub: "sub_"
        case .mul: "mul_"
        case .div: "div_"
        }
    }

    /// The row an in-place use of this operator records.
    var inPlaceRow: OpRow<InPlaceArithmeticParams> {
        switch self {
        case .add: InPlace.add
        case .sub: InPlace.sub
        case .mul: InPlace.mul
        case .div: InPlace.div
        }
    }
}
