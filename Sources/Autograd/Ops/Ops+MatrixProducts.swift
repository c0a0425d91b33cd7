/// A product of two tensors, declared once: PyTorch's names, the forward with its checks, and one
/// derivative per input written in tensor operations (so higher-order gradients work).
///
/// Every product is bilinear, so an input's derivative needs only the other input — which is all
/// that is saved — plus the input's own geometry: PyTorch hands a column-major input (such as
/// `a.t()`) a column-major gradient, and the graph of that gradient shows it.
struct BilinearOp: Sendable {
    /// The shape and strides an input had when the product ran.
    struct Geometry: Sendable {
        let shape: [Int]
        let strides: [Int]

        init(_ t: Tensor) {
            shape = t.shape
            strides = t.strides
        }

        /// ATen's test in `mm_mat1_backward` / `mm_mat2_backward`.
        var isColumnMajor: Bool { strides.count == 2 && strides[0] == 1 && strides[1] == shape[0] }
    }

    typealias Derivative = @Sendable (_ grad: Tensor, _ other: Tensor, _ own: Geometry) throws -> Tensor

    let forward: @Sendable (Tensor, Tensor) throws -> Tensor
    /// The row: saves the other operand for each input that needs a gradient (the right operand
    /// under its `derivatives.yaml` name — `mat2`, `vec`, `tensor` — and `.input`, the left),
    /// keeps both geometries as its parameters.
    let row: OpRow<(lhs: Geometry, rhs: Geometry)>

    init(
        _ nodeName: String, python: PythonSignature, second: SavedName, shapes: [[Int]],
        probe: @escaping @Sendable (Tensor, Tensor) throws -> Tensor,
        forward: @escaping @Sendable (Tensor, Tensor) throws -> Tensor,
        lhsDerivative: @escaping Derivative, rhsDerivative: @escaping Derivative
    ) {
        self.forward = forward
        row = OpRow(
            nodeName, python: python, saves: [second, .input],
            probe: GradientProbe(shapes: shapes) { try probe($0[0], $0[1]) }
        ) { grad, saved, geometry in
            [
                try saved.needsGrad(0) ? lhsDerivative(grad, saved(second), geometry.lhs) : nil,
                try saved.needsGrad(1) ? rhsDerivative(grad, saved(.input), geometry.rhs) : nil,
            ]
        }
    }

    /// Runs the product and, when grad mode is on and an input requires grad, records its row.
    func callAsFunction(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let result = try forward(a, b)
        guard GraphRecorder.shouldRecord([a, b]) else { return result }
        let saving = (a.requiresGrad ? [b] : []) + (b.requiresGrad ? [a] : [])
        let absent: UInt8 = (a.requiresGrad ? 0 : 0b01) | (b.requiresGrad ? 0 : 0b10)
        row.record(result, inputs: [a, b], saving: saving, absent: absent, params: (Geometry(a), Geometry(b)))
        return result
    }
}

/// The matrix products, each declared once (derivatives as in PyTorch's `derivatives.yaml`).
extension BilinearOp {
    static let mm = BilinearOp(
        "MmBackward0",
        python: PythonSignature(
            "mm", "Tensor.mm(mat2) -> Tensor", "The product of two 2-d matrices, (n×m)·(m×p) -> (n×p); no broadcasting."),
        second: .mat2, shapes: [[2, 3], [3, 4]],
        probe: { try $0.mm($1) },
        forward: { try Products.mm($0, $1) },
        lhsDerivative: { grad, mat2, mat1 in
            try mat1.isColumnMajor ? mat2.mm(grad.t()).t() : grad.mm(mat2.t())
        },
        rhsDerivative: { grad, mat1, mat2 in
            try mat2.isColumnMajor ? grad.t().mm(mat1).t() : mat1.t().mm(grad)
        })

    /// The matrix's derivative is `grad.ger(vec)`, which ATen computes as a broadcast product.
    static let mv = BilinearOp(
        "MvBackward0",
        python: PythonSignature(
            "mv", "Tensor.mv(vec) -> Tensor", "The product of a 2-d matrix (n×m) and a 1-d vector (m) -> (n)."),
        second: .vec, shapes: [[2, 3], [3]],
        probe: { try $0.mv($1) },
        forward: { try Products.mv($0, $1) },
        lhsDerivative: { grad, vector, _ in try grad.reshape([grad.numel, 1]) * vector },
        rhsDerivative: { grad, matrix, _ in try matrix.t().mv(grad) })

    static let dot = BilinearOp(
        "DotBackward0",
        python: PythonSignature(
            "dot", "Tensor.dot(tensor) -> Tensor", "The dot product of two 1-d tensors of the same length, a 0-d tensor."),
        second: .tensor, shapes: [[4], [4]],
        probe: { try $0.dot($1) },
        forward: { try Products.dot($0, $1) },
        lhsDerivative: { grad, other, _ in try grad * other },
        rhsDerivative: { grad, this, _ in try grad * this })

    static let bmm = BilinearOp(
        "BmmBackward0",
        python: PythonSignature(
            "bmm", "Tensor.bmm(mat2) -> Tensor", "A batch of matrix products, (b×n×m)·(b×m×p) -> (b×n×p)."),
        second: .mat2, shapes: [[2, 2, 3], [2, 3, 2]],
        probe: { try $0.bmm($1) },
        forward: { try Products.bmm($0, $1) },
        lhsDerivative: { grad, batch2, _ in try grad.bmm(batch2.transpose(1, 2)) },
        rhsDerivative: { grad, batch1, _ in try batch1.transpose(1, 2).bmm(grad) })

    /// Every declared product, for the gradient checks.
    static let all: [BilinearOp] = [.mm, .mv, .dot, .bmm]
    static let rows: [AnyOpRow] = all.map(\.row)
}

extension Tensor {
    /// The matrix product of two 2-d tensors (`MmBackward0`).
    public func mm(_ other: Tensor) throws -> Tensor { try BilinearOp.mm(self, other) }

    /// A 2-d tensor times a 1-d tensor (`MvBackward0`).
    public func mv(_ vector: Tensor) throws -> Tensor { try BilinearOp.mv(self, vector) }

    /// The inner product of two 1-d tensors, a 0-d tensor (`DotBackward0`).
    public func dot(_ other: Tensor) throws -> Tensor { try BilinearOp.dot(self, other) }

    /// Matrix products of two batches of matrices, both 3-d (`BmmBackward0`).
    public func bmm(_ other: Tensor) throws -> Tensor { try BilinearOp.bmm(self, other) }
}

/// Forward computations of the products: PyTorch's checks, in PyTorch's order, then the kernel.
enum Products {
    static func mm(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard a.dim == 2 else { throw TorchError.runtime(Messages.notMatrix("mm", "self", a.dim)) }
        guard b.dim == 2 else { throw TorchError.runtime(Messages.notMatrix("mm", "mat2", b.dim)) }
        guard a.shape[1] == b.shape[0] else { throw TorchError.runtime(Messages.productShapes("mm", a.shape, b.shape)) }
        guard a.dtype == b.dtype else { throw TorchError.runtime(Messages.mmDtypes(a.dtype, b.dtype)) }
        try rejectBool(a, kernel: "addmm_impl_cpu_")
        let sizes = ProductSizes(batch: 1, n: a.shape[0], k: a.shape[1], m: b.shape[1])
        return try MatrixKernels.product(a, .matrix(a), b, .matrix(b), sizes, resultShape: [sizes.n, sizes.m])
    }

    static func mv(_ a: Tensor, _ v: Tensor) throws -> Tensor {
        guard a.dim > 0 else {
            throw TorchError(.indexError, "Dimension specified as 0 but tensor has no dimensions")
        }
        guard a.dim == 2 && v.dim == 1 else { throw TorchError.runtime(Messages.mvRanks(a.dim, v.dim)) }
        guard a.shape[1] == v.shape[0] else { throw TorchError.runtime(Messages.mvSizes(a.shape, v.shape[0])) }
        guard a.dtype == v.dtype else {
            throw TorchError.runtime(Messages.mvDtypes(matrix: a.dtype, vector: v.dtype))
        }
        try rejectBool(a, kernel: "addmv_impl_cpu")
        let sizes = ProductSizes(batch: 1, n: a.shape[0], k: a.shape[1], m: 1)
        return try MatrixKernels.product(a, .matrix(a), v, .column(v), sizes, resultShape: [sizes.n])
    }

    static func dot(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard a.dim == 1 && b.dim == 1 else { throw TorchError.runtime(Messages.dotRanks(a.dim, b.dim)) }
        guard a.dtype == b.dtype else { throw TorchError.runtime(Messages.dotDtypes(a.dtype, b.dtype)) }
        guard a.shape[0] == b.shape[0] else { throw TorchError.runtime(Messages.dotSizes(a.shape[0], b.shape[0])) }
        try rejectBool(a, kernel: "dot")
        let sizes = ProductSizes(batch: 1, n: 1, k: a.shape[0], m: 1)
        return try MatrixKernels.product(a, .row(a), b, .column(b), sizes, resultShape: [])
    }

    static func bmm(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard a.dim == 3 else { throw TorchError.runtime(Messages.bmmNotBatch("batch1")) }
        guard b.dim == 3 else { throw TorchError.runtime(Messages.bmmNotBatch("batch2")) }
        guard b.shape[0] == a.shape[0] && b.shape[1] == a.shape[2] else {
            throw TorchError.runtime(
                Messages.bmmSizes(expected: [a.shape[0], a.shape[2]], got: [b.shape[0], b.shape[1]]))
        }
        guard a.dtype == b.dtype else { throw TorchError.runtime(Messages.bmmDtypes(a.dtype, b.dtype)) }
        try rejectBool(a, kernel: "bmm")
        let sizes = ProductSizes(batch: a.shape[0], n: a.shape[1], k: a.shape[2], m: b.shape[2])
        return try MatrixKernels.product(
            a, .batch(a), b, .batch(b), sizes, resultShape: [sizes.batch, sizes.n, sizes.m])
    }

    private static func rejectBool(_ t: Tensor, kernel: String) throws {
        if t.dtype == .bool { throw TorchError(.notImplementedError, Messages.boolKernel(kernel)) }
    }
}
