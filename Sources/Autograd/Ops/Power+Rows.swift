/// The rows of `pow`: a number exponent, a tensor exponent, a number base.
extension Power {
    static let signature = PythonSignature(
        "pow", "Tensor.pow(exponent) -> Tensor",
        "Each element raised to the power exponent (a number or a tensor), the same as `**`;\ntorch.pow also takes a number base."
    )

    /// `self ** exponent` with a Python-number exponent.
    static let scalarExponent = OpRow<Scalar>(
        "PowBackward0", python: signature, overload: "number exponent", saves: [.input],
        savedNumber: "exponent", probe: GradientProbe(shapes: [[4]], low: 0.5, high: 2) { try $0[0].pow(.float(2.5)) }
    ) { grad, saved, exponent in
        let input = try saved.input()
        if exponent.doubleValue == 0 { return [try Tensor(zeros: input.shape, dtype: input.dtype)] }
        let local = try input.pow(decrement(exponent)) * Tensor.wrapping(exponent)
        return [try grad * local]
    }

    /// `self ** exponent` of two tensors; `Params` keeps each input's shape and dtype for broadcasting back.
    static let tensorExponent = OpRow<(base: ([Int], DType), exponent: ([Int], DType))>(
        "PowBackward1", python: signature, overload: "tensor exponent", saves: [.input, .exponent, .result],
        probe: GradientProbe(shapes: [[2, 3], [3]], low: 0.5, high: 1.5) { try $0[0].pow($0[1]) }
    ) { grad, saved, p in
        let (base, power) = try (saved.input(), saved(.exponent))
        let gradBase =
            saved.needsGrad(0)
            ? try baseGradient(grad, base, power).reduced(toShape: p.base.0, dtype: p.base.1) : nil
        let gradPower =
            saved.needsGrad(1)
            ? try exponentGradient(grad, base, power, saved.result()).reduced(toShape: p.exponent.0, dtype: p.exponent.1)
            : nil
        return [gradBase, gradPower]
    }

    /// `base ** exponent` with a Python-number base.
    static let scalarBase = OpRow<Scalar>(
        "PowBackward2", python: signature, overload: "number base", saves: [.exponent, .result],
        savedNumber: "self", probe: GradientProbe(shapes: [[2, 3]]) { try Tensor.pow(base: .float(2.5), exponent: $0[0]) }
    ) { grad, saved, base in
        let power = try saved(.exponent)
        let scaled = try saved.result() * Tensor.wrapping(.float(Double.log(base.doubleValue)))
        guard base.doubleValue == 0 else { return [try grad * scaled] }
        let nonNegative = try Comparison.greaterOrEqual.compute(power, .wrapping(.int(0)))
        return [try grad * Tensor.where(nonNegative, .wrapping(.int(0)), scaled)]
    }

    static let rows: [AnyOpRow] = [scalarExponent, tensorExponent, scalarBase]
}
