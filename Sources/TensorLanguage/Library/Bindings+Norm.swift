import Autograd

/// `Tensor.norm`, `torch.norm` and `torch.linalg`'s `vector_norm`, `matrix_norm` and `norm`,
/// routed as `torch/functional.py` and ATen's `linalg_norm` route them: numbers go to
/// `vector_norm`, `'fro'` over at most two dimensions too, other matrix orders to `matrix_norm`.
enum NormBinding {
    typealias Function = TorchModule.Function

    /// An order: a number (`inf` included) or one of the matrix names.
    enum Order {
        case number(Double)
        case name(String)

        init(_ v: Value, function: String) throws {
            switch v {
            case .string(let s): self = .name(s)
            case .int, .float, .bool, .bigInt, .tensor:
                guard let d = try ArgumentReader(function, Arguments([v]), ["ord"]).double("ord") else {
                    throw PythonError(.typeError, "\(function)(): argument 'ord' must be Number, not NoneType")
                }
                self = .number(d)
            default: throw PythonError(.typeError, "\(function)(): argument 'ord' must be Number, not \(v.typeName)")
            }
        }
    }

    /// `Tensor.norm(p='fro', dim=None, keepdim=False, dtype=None)`.
    static func tensorNorm(_ t: Tensor, _ args: Arguments) throws -> Value {
        let r = try ArgumentReader("norm", args, ["p", "dim", "keepdim", "dtype"])
        return .tensor(try functionalNorm(t, r))
    }

    /// `torch.functional.norm`: a number or `None` is a vector norm; `'fro'` over at most two
    /// dimensions is the vector 2-norm; any other name is a matrix norm over `dim` (all by default).
    private static func functionalNorm(_ t: Tensor, _ r: ArgumentReader) throws -> Tensor {
        let x = try converted(t, r)
        let dims = try TensorMethods.dimensions(r.value("dim"))
        let keep = try r.bool("keepdim", default: false)
        let p = try given(r.value("p")).map { try Order($0, function: "norm") } ?? .name("fro")
        switch p {
        case .number(let ord): return try x.vectorNorm(ord: ord, dims: dims, keepDim: keep)
        case .name("fro") where (dims?.count ?? 0) <= 2: return try x.vectorNorm(ord: 2, dims: dims, keepDim: keep)
        case .name:
            return try matrixNorm(x, p, dims: dims ?? Array(0..<x.dim), keepDim: keep)
        }
    }

    /// An argument that was passed and is not `None`.
    private static func given(_ v: Value?) -> Value? {
        if case .noneValue? = v { return nil }
        return v
    }

    /// `dtype=`: the input converted first (in PyTorch the kernel converts; the values agree).
    private static func converted(_ t: Tensor, _ r: ArgumentReader) throws -> Tensor {
        guard let dtype = try r.dtype(), dtype != t.dtype else { return t }
        return try t.to(dtype)
    }

    /// `linalg.matrix_norm`: Frobenius, or the largest (smallest) absolute column (`1`) or row
    /// (`inf`) sum. The nuclear and spectral norms need singular values, which Wick does not compute.
    static func matrixNorm(_ x: Tensor, _ ord: Order, dims: [Int], keepDim: Bool) throws -> Tensor {
        guard x.dim >= 2 else {
            throw PythonError(.runtimeError, "linalg.matrix_norm: The input tensor A must have at least 2 dimensions.")
        }
        guard dims.count == 2 else {
            throw PythonError(
                .runtimeError,
                "linalg.matrix_norm: dim must be a 2-tuple. Got \(dims.map(String.init).joined(separator: " "))")
        }
        var (d0, d1) = try (TensorMethods.dimension(dims[0], rank: x.dim), TensorMethods.dimension(dims[1], rank: x.dim))
        switch ord {
        case .name("fro"): return try x.vectorNorm(ord: 2, dims: [d0, d1], keepDim: keepDim)
        case .name("nuc"), .number(2), .number(-2):
            throw PythonError(
                .notImplementedError,
                "linalg.matrix_norm: the nuclear and spectral norms need singular values, which Wick does not compute")
        case .number(let p) where Swift.abs(p) == 1 || p.isInfinite:
            if p.isInfinite { swap(&d0, &d1) }
            if !keepDim && d0 < d1 { d1 -= 1 }
            let sums = try x.vectorNorm(ord: 1, dims: [d0], keepDim: keepDim)
            return try p > 0 ? sums.amax(dims: [d1], keepDim: keepDim) : sums.amin(dims: [d1], keepDim: keepDim)
        case .name(let name):
            throw PythonError(.runtimeError, "linalg.matrix_norm: Order \(name) not supported.")
        case .number(let p):
            throw PythonError(.runtimeError, "linalg.matrix_norm: Order \(NumberFormat.general(p, digits: 6)) not supported.")
        }
    }

    nonisolated(unsafe) static let linalgFunctions: [String: Function] = [
        "vector_norm": { args, _ in
            let r = try ArgumentReader("linalg_vector_norm", args, ["input", "ord", "dim", "keepdim", "dtype"])
            let x = try converted(FunctionalLayerBinding.tensor(r, "input"), r)
            let ord = try r.value("ord").map { try Order($0, function: "linalg_vector_norm") } ?? .number(2)
            guard case .number(let p) = ord else {
                throw PythonError(.typeError, "linalg_vector_norm(): argument 'ord' must be Number, not str")
            }
            let dims = try TensorMethods.dimensions(r.value("dim"))
            return .tensor(try x.vectorNorm(ord: p, dims: dims, keepDim: r.bool("keepdim", default: false)))
        },
        "matrix_norm": { args, _ in
            let r = try ArgumentReader("linalg_matrix_norm", args, ["input", "ord", "dim", "keepdim", "dtype"])
            let x = try converted(FunctionalLayerBinding.tensor(r, "input"), r)
            let ord = try r.value("ord").map { try Order($0, function: "linalg_matrix_norm") } ?? .name("fro")
            let dims = try TensorMethods.dimensions(r.value("dim")) ?? [-2, -1]
            return .tensor(try matrixNorm(x, ord, dims: dims, keepDim: r.bool("keepdim", default: false)))
        },
        "norm": { args, _ in
            let r = try ArgumentReader("linalg_norm", args, ["input", "ord", "dim", "keepdim", "dtype"])
            return .tensor(try linalgNorm(r))
        },
        "matmul": { args, _ in
            let r = try ArgumentReader("linalg_matmul", args, ["input", "other"])
            return .tensor(try FunctionalLayerBinding.tensor(r, "input").matmul(FunctionalLayerBinding.tensor(r, "other")))
        },
    ]

    /// ATen's `linalg_norm`: without `ord` always the vector 2-norm; with `ord`, a matrix norm
    /// over two dimensions (or a 2-d input), a vector norm otherwise.
    private static func linalgNorm(_ r: ArgumentReader) throws -> Tensor {
        let x = try converted(FunctionalLayerBinding.tensor(r, "input"), r)
        let dims = try TensorMethods.dimensions(r.value("dim"))
        let keep = try r.bool("keepdim", default: false)
        let ord = try given(r.value("ord")).map { try Order($0, function: "linalg_norm") }
        if let dims, dims.count != 1 && dims.count != 2 {
            throw PythonError(
                .runtimeError,
                "linalg.norm: If dim is specified, it must be of length 1 or 2. Got [\(dims.map(String.init).joined(separator: ", "))]"
            )
        }
        if dims == nil, ord != nil, x.dim != 1 && x.dim != 2 {
            throw PythonError(
                .runtimeError,
                "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got \(x.dim)D.")
        }
        switch ord {
        case .name?: return try matrixNorm(x, ord ?? .name("fro"), dims: dims ?? [0, 1], keepDim: keep)
        case .number(let p)? where dims?.count == 2 || (dims == nil && x.dim == 2):
            return try matrixNorm(x, .number(p), dims: dims ?? [0, 1], keepDim: keep)
        case .number(let p)?: return try x.vectorNorm(ord: p, dims: dims, keepDim: keep)
        case nil: return try x.vectorNorm(ord: 2, dims: dims, keepDim: keep)
        }
    }

    /// `torch.norm(input, p='fro', dim=None, keepdim=False, out=None, dtype=None)` and `torch.linalg`.
    static func install(into torch: ModuleObject) {
        torch.members["norm"] = .object(
            BuiltinFunction("norm") { args, _ in
                let r = try ArgumentReader("norm", args, ["input", "p", "dim", "keepdim", "out", "dtype"])
                if given(r.value("out")) != nil {
                    throw PythonError(.notImplementedError, "norm(): Wick does not take out= here")
                }
                let input = try FunctionalLayerBinding.tensor(r, "input")
                return .tensor(try functionalNorm(input, r))
            })
        let linalg = ModuleObject("torch.linalg")
        for (name, body) in linalgFunctions { linalg.members[name] = .object(BuiltinFunction(name, body)) }
        torch.members["linalg"] = .object(linalg)
    }
}
