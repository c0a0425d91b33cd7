/// `addmm` and `linear`, built as ATen's `linear` builds itself so the graph shows PyTorch's nodes:
/// `AddmmBackward0` for a 2-d input with a bias, `UnsafeViewBackward0` over `AddmmBackward0` over
/// `ViewBackward0` for other contiguous inputs with a bias, and `matmul` (plus `AddBackward0`) otherwise.
extension Tensor {
    /// `torch.addmm(self, mat1, mat2, beta=1, alpha=1)`: `beta * self + alpha * (mat1 @ mat2)`,
    /// `self` broadcast to the product's shape (`AddmmBackward0`).
    public static func addmm(_ bias: Tensor, _ mat1: Tensor, _ mat2: Tensor, beta: Double = 1, alpha: Double = 1)
        throws -> Tensor
    {
        for (name, t) in [("mat1", mat1), ("mat2", mat2)] where t.dim != 2 {
            throw TorchError.runtime(Messages.notMatrix("addmm", name, t.dim))
        }
        guard mat1.shape[1] == mat2.shape[0] else {
            throw TorchError.runtime(Messages.productShapes("addmm", mat1.shape, mat2.shape))
        }
        let result = try GradMode.with(false) {
            let expanded = try bias.expand([mat1.shape[0], mat2.shape[1]])
            var product = try Products.mm(mat1, mat2)
            if alpha != 1 { product = try product * Tensor.wrapping(.float(alpha)) }
            if beta == 0 { return product }
            let scaled = beta == 1 ? expanded : try expanded * Tensor.wrapping(.float(beta))
            return try scaled + product
        }
        guard GraphRecorder.shouldRecord([bias, mat1, mat2]) else { return result }
        let unused = try Tensor(zeros: [0], dtype: result.dtype)
        let params = LinearRows.AddmmParams(
            mat1: BilinearOp.Geometry(mat1), mat2: BilinearOp.Geometry(mat2), biasShape: bias.shape,
            biasDtype: bias.dtype, beta: beta, alpha: alpha)
        LinearRows.addmm.record(
            result, inputs: [bias, mat1, mat2],
            saving: [mat2.requiresGrad ? mat1 : unused, mat1.requiresGrad ? mat2 : unused], params: params)
        return result
    }

    /// `F.linear(input, weight, bias=None)`: `input @ weight.T + bias`, decomposed as ATen's `linear`.
    public static func linear(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?) throws -> Tensor {
        guard input.dim > 0 && weight.dim > 0 else {
            throw TorchError.runtime(Messages.zeroDimOperand("linear", input.dim, weight.dim))
        }
        guard let bias else { return try input.matmul(weight.t()) }
        if input.dim == 2 { return try addmm(bias, input, weight.t()) }
        guard input.isContiguous, let features = input.shape.last else {
            return try input.matmul(weight.t()) + bias
        }
        let flat = try input.reshape([-1, features])
        let output = try addmm(bias, flat, weight.t())
        return output.unsafeView(Array(input.shape.dropLast()) + [output.shape[1]])
    }
}

/// The row of `addmm`; its derivatives are `mm_mat1_backward` / `mm_mat2_backward`, as `mm`'s.
enum LinearRows {
    struct AddmmParams {
        let mat1: BilinearOp.Geometry
        let mat2: BilinearOp.Geometry
        let biasShape: [Int]
        let biasDtype: DType
        let beta: Double
        let alpha: Double
    }

    static let addmm = OpRow<AddmmParams>(
        "AddmmBackward0",
        python: PythonSignature(
            "addmm", "torch.addmm(input, mat1, mat2, *, beta=1, alpha=1) -> Tensor",
            "beta * input + alpha * (mat1 @ mat2), input broadcast to the product's shape;\nF.linear's 2-d case."),
        saves: [.mat1, .mat2],
        probe: GradientProbe(shapes: [[3], [2, 4], [4, 3]]) { try Tensor.addmm($0[0], $0[1], $0[2]) }
    ) { grad, saved, p in
        let scaled = { (g: Tensor, factor: Double) throws -> Tensor in
            factor == 1 ? g : try g * Tensor.wrapping(.float(factor))
        }
        let gradBias =
            saved.needsGrad(0) ? try scaled(grad, p.beta).reduced(toShape: p.biasShape, dtype: p.biasDtype) : nil
        let gradMat1 =
            saved.needsGrad(1) ? try scaled(mat1Gradient(grad, saved(.mat2), p.mat1), p.alpha) : nil
        let gradMat2 =
            saved.needsGrad(2) ? try scaled(mat2Gradient(grad, saved(.mat1), p.mat2), p.alpha) : nil
        return [gradBias, gradMat1, gradMat2]
    }

    /// ATen's `mm_mat1_backward`: a column-major `mat1` gets a column-major gradient.
    static func mat1Gradient(_ grad: Tensor, _ mat2: Tensor, _ mat1: BilinearOp.Geometry) throws -> Tensor {
        try mat1.isColumnMajor ? mat2.mm(grad.t()).t() : grad.mm(mat2.t())
    }

    /// ATen's `mm_mat2_backward`.
    static func mat2Gradient(_ grad: Tensor, _ mat1: Tensor, _ mat2: BilinearOp.Geometry) throws -> Tensor {
        try mat2.isColumnMajor ? grad.t().mm(mat1).t() : mat1.t().mm(grad)
    }

    static let rows: [AnyOpRow] = [addmm]
}
