/// `torch.linalg.vector_norm(x, ord, dim, keepdim)`, which `Tensor.norm`, `torch.norm`,
/// `F.normalize` and gradient clipping reach: one node, `LinalgVectorNormBackward0`, and ATen's
/// derivative (`norm_backward` in `FunctionsManual.cpp`) written in tensor ops.
extension Tensor {
    public func vectorNorm(ord: Double = 2, dims requested: [Int]? = nil, keepDim: Bool = false) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TorchError(
                .notImplementedError,
                "linalg.vector_norm: Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        }
        let dims = try Reduction.normalize(requested ?? [], rank: dim)
        let all = dims.isEmpty ? Array(0..<dim) : dims
        if ord < 0 || ord.isInfinite, numel == 0 { try VectorNorm.checkIdentity(self, ord: ord, dims: dims) }
        if ord == 2, dims.isEmpty || dims.count == dim, !keepDim || dim == 0 {
            return try norm()
        }
        let result = try GradMode.with(false) { try VectorNorm.compute(self, ord: ord, dims: all, keepDim: keepDim) }
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Reduction.vectorNormDims.record(
            result, inputs: [self], saving: [self],
            params: VectorNorm.Params(ord: ord, dims: all, keepDim: keepDim))
        return result
    }
}

enum VectorNorm {
    struct Params {
        let ord: Double
        let dims: [Int]
        let keepDim: Bool
    }

    /// Orders without an identity (negative, infinite) cannot reduce an empty dimension.
    static func checkIdentity(_ x: Tensor, ord: Double, dims: [Int]) throws {
        let order = NumberFormat.general(ord, digits: 6)
        if dims.isEmpty {
            throw TorchError.runtime(
                "linalg.vector_norm cannot compute the \(order) norm on an empty tensor because the operation does not have an identity"
            )
        }
        if let empty = dims.first(where: { x.shape[$0] == 0 }) {
            // PyTorch's message has no space before "because".
            throw TorchError.runtime(
                "linalg.vector_norm cannot compute the \(order) norm on the dimension \(empty)because this dimension is empty and the operation does not have an identity"
            )
        }
    }

    /// The norm without a graph: ATen's reductions per order.
    static func compute(_ x: Tensor, ord: Double, dims: [Int], keepDim: Bool) throws -> Tensor {
        switch ord {
        case 0:
            let nonzero = try Comparison.notEqual.compute(x, .wrapping(.int(0))).converted(to: x.dtype)
            return try nonzero.sum(dims: dims, keepDim: keepDim)
        case 1: return try x.abs().sum(dims: dims, keepDim: keepDim)
        case 2: return try (x * x).sum(dims: dims, keepDim: keepDim).sqrt()
        case .infinity: return try x.abs().amax(dims: dims, keepDim: keepDim)
        case -.infinity: return try x.abs().amin(dims: dims, keepDim: keepDim)
        default:
            return try x.abs().pow(.float(ord)).sum(dims: dims, keepDim: keepDim).pow(.float(1 / ord))
        }
    }

    /// `norm_backward`: the gradient of the norm of `x` of order `ord`, `norm` being the result.
    /// Order 0 has no gradient at all (PyTorch returns an undefined tensor: `.grad` stays `None`).
    static func derivative(_ grad: Tensor, _ x: Tensor, _ norm: Tensor, _ p: Params) throws -> Tensor? {
        let g = try Reduction.restore(grad, dims: p.dims, keepDim: p.keepDim, rank: x.dim)
        let n = try Reduction.restore(norm, dims: p.dims, keepDim: p.keepDim, rank: x.dim)
        let zero = Tensor.wrapping(.int(0))
        switch p.ord {
        case 0: return nil
        case 1: return try x.sgn() * g
        case 2: return try g * (x / n).maskedFill(Comparison.equal.compute(n, zero), .int(0))
        case let ord where ord.isInfinite:
            let magnitude = try x.abs()
            let hit = try Comparison.equal.compute(magnitude, n).converted(to: .int64)
            let nan = try Comparison.notEqual.compute(magnitude, magnitude).converted(to: .int64)
            let mask = try Comparison.greater.compute(hit + nan, zero).converted(to: x.dtype)
            return try x.sgn() * ((g / mask.sum(dims: p.dims, keepDim: true)) * mask)
        case let ord where ord < 1:
            let scaled = try x.sgn() * x.abs().pow(.float(ord - 1)).maskedFill(Comparison.equal.compute(x, zero), .int(0))
            return try scaled * g * n.pow(.float(1 - ord))
        case let ord:
            let scaled = try ord < 2 ? x.sgn() * x.abs().pow(.float(ord - 1)) : x * x.abs().pow(.float(ord - 2))
            let scale = try (g / n.pow(.float(ord - 1))).maskedFill(Comparison.equal.compute(n, zero), .int(0))
            return try scaled * scale
        }
    }
}

extension Reduction {
    static let vectorNormDims = OpRow<VectorNorm.Params>(
        "LinalgVectorNormBackward0", python: nil,
        saves: [.input, .result],
        probe: GradientProbe(shapes: [[2, 3]], low: 0.5, high: 1.5) { try $0[0].vectorNorm(ord: 3, dims: [1]) }
    ) { grad, saved, p in
        [try VectorNorm.derivative(grad, saved.input(), saved.result(), p)]
    }
}
