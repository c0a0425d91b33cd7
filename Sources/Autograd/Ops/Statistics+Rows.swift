/// What `var` and `std` backward need of their call.
struct MomentParams {
    let dims: [Int]
    let correction: Double
    let keepDim: Bool
}

/// The rows of `var`, `std` and `prod`.
extension Statistics {
    static let variance = OpRow<MomentParams>(
        "VarBackward0",
        python: PythonSignature(
            "var", "Tensor.var(dim=None, unbiased=True, keepdim=False, correction=None) -> Tensor",
            "The variance of all elements or along dim. By default divides by N-1\n(unbiased); correction=0 or unbiased=False divides by N."
        ), saves: [.input],
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].variance(dims: nil, correction: 1, keepDim: false) }
    ) { grad, saved, p in
        [try varianceBackward(grad, saved.input(), dims: p.dims, correction: p.correction, keepDim: p.keepDim)]
    }

    static let standardDeviation = OpRow<MomentParams>(
        "StdBackward0",
        python: PythonSignature(
            "std", "Tensor.std(dim=None, unbiased=True, keepdim=False, correction=None) -> Tensor",
            "The standard deviation (square root of var), N-1 in the denominator\nby default."),
        saves: [.input, .result],
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].standardDeviation(dims: nil, correction: 1, keepDim: false) }
    ) { grad, saved, p in
        let std = try saved.result()
        let zero = try Comparison.equal.compute(std, .wrapping(.int(0)))
        let gradVar = try Tensor.where(zero, .wrapping(.int(0)), grad / (std * Tensor.wrapping(.int(2))))
        return [try varianceBackward(gradVar, saved.input(), dims: p.dims, correction: p.correction, keepDim: p.keepDim)]
    }

    static let productSignature = PythonSignature(
        "prod", "Tensor.prod(dim=None, keepdim=False, dtype=None) -> Tensor", "The product of all elements, or along one dim.")

    static let productAll = OpRow<(dim: Int?, keepDim: Bool)>(
        "ProdBackward0", python: productSignature, overload: "all", saves: [.input, .result],
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].prod() }
    ) { grad, saved, p in [try productBackward(grad, saved.input(), saved.result(), dim: p.dim, keepDim: p.keepDim)] }

    static let productDim = OpRow<(dim: Int?, keepDim: Bool)>(
        "ProdBackward1", python: productSignature, overload: "along dim", saves: [.input, .result],
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].prod(dim: 1, keepDim: false) }
    ) { grad, saved, p in [try productBackward(grad, saved.input(), saved.result(), dim: p.dim, keepDim: p.keepDim)] }

    static let rows: [AnyOpRow] = [variance, standardDeviation, productAll, productDim]
}
