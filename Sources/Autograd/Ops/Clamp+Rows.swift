/// The rows of `clamp` and `where`.
extension Pointwise {
    static let clampSignature = PythonSignature(
        "clamp", "Tensor.clamp(min=None, max=None) -> Tensor",
        "Each element limited to [min, max]; either bound may be a number, a tensor or None.")

    /// `clamp` with Python-number bounds; `Params` holds them.
    static let clampNumbers = OpRow<(low: Scalar?, high: Scalar?)>(
        "ClampBackward1", python: clampSignature, overload: "numbers", saves: [.input],
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].clamp(min: .float(-1), max: .float(1)) }
    ) { grad, saved, bounds in
        let input = try saved.input()
        // PyTorch 2.15 passes no gradient at a bound itself: both comparisons are strict.
        var inside = Tensor.wrapping(.bool(true))
        if let low = bounds.low {
            inside = try Arithmetic.mul.compute(inside, Comparison.greater.compute(input, .wrapping(low)))
        }
        if let high = bounds.high {
            inside = try Arithmetic.mul.compute(inside, Comparison.less.compute(input, .wrapping(high)))
        }
        return [try Tensor.where(inside, grad, .wrapping(.int(0)))]
    }

    /// `clamp` with tensor bounds: `minimum(maximum(x, min), max)`; an absent bound is a saved 0.
    static let clampTensors = OpRow<(shapes: [([Int], DType)], hasLow: Bool, hasHigh: Bool)>(
        "ClampBackward0", python: clampSignature, overload: "tensor bounds", saves: [.input, .min, .max],
        probe: GradientProbe(shapes: [[2, 3], [3], [2, 1]], smooth: false) {
            try $0[0].clamp(min: $0[1], max: $0[2] + Tensor.wrapping(.int(1)))
        }
    ) { grad, saved, p in
        let low = p.hasLow ? try saved(.min) : nil
        let high = p.hasHigh ? try saved(.max) : nil
        var grads = try clampGradients(grad, saved.input(), low, high)
        for i in grads.indices {
            grads[i] = saved.needsGrad(i) ? try grads[i]?.reduced(toShape: p.shapes[i].0, dtype: p.shapes[i].1) : nil
        }
        return grads
    }

    /// `torch.where(condition, input, other)`; `Params` keeps both values' shapes and dtypes.
    static let choose = OpRow<(a: ([Int], DType), b: ([Int], DType))>(
        "WhereBackward0",
        python: PythonSignature(
            "where", "torch.where(condition, input, other) -> Tensor",
            """
            Picks input where condition is True and other elsewhere (broadcasting).
            With only condition, returns a tuple of index tensors of the True elements.
            Example: torch.where(x > 0, x, 0.0)
            """),
        saves: [.condition],
        probe: GradientProbe(shapes: [[2, 3], [3]]) {
            let mask = try Tensor.from([.bool(true), .bool(false), .bool(true)], shape: [3], dtype: .bool)
            return try Tensor.where(mask, $0[0] * $0[0], $0[1])
        }
    ) { grad, saved, p in
        let mask = try saved(.condition)
        let zero = Tensor.wrapping(.int(0))
        let gradA = saved.needsGrad(0) ? try Tensor.where(mask, grad, zero).reduced(toShape: p.a.0, dtype: p.a.1) : nil
        let gradB = saved.needsGrad(1) ? try Tensor.where(mask, zero, grad).reduced(toShape: p.b.0, dtype: p.b.1) : nil
        return [gradA, gradB]
    }

    static let selectionRows: [AnyOpRow] = [clampNumbers, clampTensors, choose]
}
