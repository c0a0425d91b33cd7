@testable import Autograd

extension GradientCases {
    /// Pointwise ops, reductions and losses beyond what `unary`/`binary` generate from the op tables.
    static let pointwise: [GradientCase] = activations + selections + reductions + softmaxes + losses + divisions

    /// Remainder, with inputs where the floor of the quotient does not change.
    static let divisions: [GradientCase] = [
        GradientCase(name: "remainder by scalar", shapes: [[3]], low: 2.1, high: 2.9, smooth: false) {
            try $0[0].remainder(Tensor.wrapping(.float(1.5)))
        },
        GradientCase(name: "remainder by tensor", shapes: [[3], [3]], low: 1.3, high: 1.6, smooth: false) {
            try ($0[0] + Tensor.wrapping(.float(3.5))).remainder($0[1])
        },
    ]

    /// The gradient of `f(x).sum()` with respect to `x`, kept differentiable (`create_graph=True`).
    /// Works under `no_grad` too (the central differences evaluate cases that way), on a fresh leaf.
    static func gradient(of f: (Tensor) throws -> Tensor, at input: Tensor) throws -> Tensor {
        try GradMode.with(true) {
            let x =
                input.requiresGrad
                ? input : try Tensor.from(input.scalars, shape: input.shape, dtype: input.dtype, requiresGrad: true)
            let weights = try Tensor.from(
                (0..<x.numel).map { .float(0.75 + 0.125 * Double($0 % 3)) }, shape: x.shape, dtype: .float64)
            let loss = try (f(x) * weights).sum()
            guard let g = try Autograd.grad(outputs: [loss], inputs: [x], createGraph: true).first ?? nil else {
                throw TorchError.runtime("no gradient")
            }
            return g
        }
    }

    static let activations: [GradientCase] =
        BinaryOp.activationBackwards.map { op in
            GradientCase(name: op.pythonName, shapes: [[2, 3], [2, 3]]) { try op($0[0], $0[1]) }
        } + [
            GradientCase(name: "tanh grad of grad", shapes: [[4]]) { try gradient(of: { try $0.tanh() }, at: $0[0]) },
            GradientCase(name: "sigmoid grad of grad", shapes: [[4]]) { try gradient(of: { try $0.sigmoid() }, at: $0[0]) },
            GradientCase(name: "relu grad of grad", shapes: [[4]]) { try gradient(of: { try $0.relu() * $0 }, at: $0[0]) },
        ]

    static let selections: [GradientCase] = [
        GradientCase(name: "clamp min", shapes: [[2, 3]], smooth: false) { try $0[0].clamp(min: .int(0), max: nil) },
        GradientCase(name: "where scalar", shapes: [[3]]) {
            try Tensor.where(Comparison.greater.compute($0[0], .wrapping(.int(0))), $0[0].exp(), .wrapping(.float(0.5)))
        },
    ]

    static let reductions: [GradientCase] = [
        GradientCase(name: "prod dim keepdim", shapes: [[2, 3]]) { try $0[0].prod(dim: 0, keepDim: true) },
        GradientCase(name: "min dim keepdim", shapes: [[2, 3]], smooth: false) {
            try $0[0].smallest(along: 0, keepDim: true).values
        },
        GradientCase(name: "var dim", shapes: [[2, 3]]) { try $0[0].variance(dims: [1], correction: 0, keepDim: false) },
        GradientCase(name: "var dim keepdim", shapes: [[3, 2]]) { try $0[0].variance(dims: [0], correction: 1, keepDim: true) },
        GradientCase(name: "std dim", shapes: [[2, 3]]) { try $0[0].standardDeviation(dims: [1], correction: 1, keepDim: false) },
    ]

    static let softmaxes: [GradientCase] = [
        GradientCase(name: "softmax dim 0", shapes: [[2, 3]]) { try $0[0].softmax(dim: 0) },
        GradientCase(name: "logsumexp all keepdim", shapes: [[2, 3]]) { try $0[0].logsumexp(dims: [0, 1], keepDim: true) },
    ]
}
