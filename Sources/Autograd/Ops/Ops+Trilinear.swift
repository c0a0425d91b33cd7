/// `F.bilinear(input1, input2, weight, bias)`, as ATen builds it: both inputs flattened to
/// `[-1, features]` (`ViewBackward0`), `_trilinear` (`TrilinearBackward0`,
/// `y[b, o] = Σᵢⱼ x1[b, i] · W[o, i, j] · x2[b, j]`), the result viewed back to the batch shape
/// and the bias added (`AddBackward0`).
extension Tensor {
    public static func bilinear(_ input1: Tensor, _ input2: Tensor, _ weight: Tensor, _ bias: Tensor?) throws -> Tensor {
        try Trilinear.check(input1, input2, weight, bias)
        let x1 = try input1.reshape([-1, input1.shape[input1.dim - 1]])
        let x2 = try input2.reshape([-1, input2.shape[input2.dim - 1]])
        let product = try Trilinear.product(x1, weight, x2)
        let output = try product.reshape(Array(input1.shape.dropLast()) + [weight.shape[0]])
        return try bias.map { try output + $0 } ?? output
    }
}

enum Trilinear {
    /// ATen's checks, in its order and words.
    static func check(_ input1: Tensor, _ input2: Tensor, _ weight: Tensor, _ bias: Tensor?) throws {
        guard input1.dim == input2.dim else {
            throw TorchError.runtime("bilinear(): input dimensions do not match: got \(input1.dim) and \(input2.dim)")
        }
        for i in 0..<Swift.max(input1.dim - 1, 0) where input1.shape[i] != input2.shape[i] {
            throw TorchError.runtime(
                "bilinear(): input batch dimensions do not match at dim \(i): got \(input1.shape[i]) and \(input2.shape[i])")
        }
        guard input1.dim >= 1, weight.dim == 3 else {
            throw TorchError.runtime(
                "bilinear(): weight must be 3-dimensional and the inputs at least 1-dimensional, got weight of size \(ShapeText.bracketed(weight.shape))"
            )
        }
        guard input1.shape[input1.dim - 1] == weight.shape[1] else {
            throw TorchError.runtime(
                "bilinear(): input1 size does not match weight size: got \(input1.shape[input1.dim - 1]) but expected \(weight.shape[1])"
            )
        }
        guard input2.shape[input2.dim - 1] == weight.shape[2] else {
            throw TorchError.runtime(
                "bilinear(): input2 size does not match weight size: got \(input2.shape[input2.dim - 1]) but expected \(weight.shape[2])"
            )
        }
        if let bias, bias.dim < 1 || bias.shape[0] != weight.shape[0] {
            throw TorchError.runtime(
                "bilinear(): bias size does not match weight size: got \(bias.shape.first ?? 0) but expected \(weight.shape[0])")
        }
    }

    /// `_trilinear(x1, W, x2)` over `[B, I]`, `[O, I, J]`, `[B, J]`, recorded as one node.
    static func product(_ x1: Tensor, _ w: Tensor, _ x2: Tensor) throws -> Tensor {
        let result = try GradMode.with(false) { try contract(x1, w, x2) }
        guard GraphRecorder.shouldRecord([x1, w, x2]) else { return result }
        row.record(result, inputs: [x1, w, x2], saving: [x1, w, x2], params: ())
        return result
    }

    /// `Σᵢⱼ x1[b, i] W[o, i, j] x2[b, j]` as `(x1 @ W as [I, O·J])` times `x2`, summed over `j`.
    private static func contract(_ x1: Tensor, _ w: Tensor, _ x2: Tensor) throws -> Tensor {
        let (batch, outputs, j) = (x1.shape[0], w.shape[0], w.shape[2])
        let left = try x1.matmul(flat(w)).view([batch, outputs, j])
        return try (left * x2.unsqueeze(1)).sum(dims: [2], keepDim: false)
    }

    /// `W` `[O, I, J]` as the `[I, O·J]` matrix that `x1` multiplies.
    private static func flat(_ w: Tensor) throws -> Tensor {
        try w.permute([1, 0, 2]).reshape([w.shape[1], w.shape[0] * w.shape[2]])
    }

    static let row = OpRow<Void>(
        "TrilinearBackward0",
        python: PythonSignature(
            "bilinear",
            "torch.nn.functional.bilinear(input1, input2, weight, bias=None) -> Tensor",
            "y = x1ᵀ A x2 + b for each output feature: weight is [out, in1, in2], inputs [*, in1] and\n[*, in2]."),
        saves: [.input, .weight, .other],
        probe: GradientProbe(shapes: [[3, 2], [4, 2, 3], [3, 3]]) { try product($0[0], $0[1], $0[2]) }
    ) { grad, saved, _ in
        let (x1, w, x2) = try (saved.input(), saved(.weight), saved(.other))
        let (batch, outputs, inner) = (x1.shape[0], w.shape[0], w.shape[2])
        // H[b, o, j] = grad[b, o] · x2[b, j]: what x1 and W multiply.
        let h = try grad.unsqueeze(2) * x2.unsqueeze(1)
        let gradX1 = try saved.needsGrad(0) ? h.reshape([batch, outputs * inner]).matmul(flat(w).t()) : nil
        let gradW =
            try saved.needsGrad(1)
            ? x1.t().matmul(h.reshape([batch, outputs * inner])).view([w.shape[1], outputs, inner]).permute([1, 0, 2])
            : nil
        let gradX2 =
            try saved.needsGrad(2)
            ? (grad.unsqueeze(2) * x1.matmul(flat(w)).view([batch, outputs, inner])).sum(dims: [1], keepDim: false)
            : nil
        return [gradX1, gradW, gradX2]
    }

    static let rows: [AnyOpRow] = [row]
}
