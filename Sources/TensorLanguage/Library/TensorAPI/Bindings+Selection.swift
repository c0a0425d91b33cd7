import Autograd

/// `trace`, `masked_select`, `take`, `count_nonzero`, `movedim`/`moveaxis`, `diff`, `addmm` as tensor
/// methods (and `torch.NAME(input, …)`), and `torch.meshgrid`.
extension TensorMethods {
    nonisolated(unsafe) static let selectionMethods: [String: Method] = [
        "trace": { t, args, _ in
            _ = try ArgumentReader("trace", args, [])
            return .tensor(try t.trace())
        },
        "masked_select": { t, args, _ in
            let r = try ArgumentReader("masked_select", args, ["mask"])
            return .tensor(try t.maskedSelect(PointwiseBinding.tensorArgument(r, "mask")))
        },
        "take": { t, args, _ in
            let r = try ArgumentReader("take", args, ["index"])
            return .tensor(try t.take(PointwiseBinding.tensorArgument(r, "index")))
        },
        "count_nonzero": { t, args, _ in
            let r = try ArgumentReader("count_nonzero", args, ["dim"])
            let nonzero = try GradMode.with(false) {
                try Comparison.notEqual.compute(t, Tensor.wrapping(.int(0), meeting: t)).to(.int64)
            }
            guard let dims = try dimensions(r.value("dim")) else { return .tensor(try nonzero.sum()) }
            return .tensor(try nonzero.sum(dims: dims, keepDim: false))
        },
        "movedim": { t, args, _ in try SelectionBinding.movedim(t, args, "movedim") },
        "moveaxis": { t, args, _ in try SelectionBinding.movedim(t, args, "moveaxis") },
        "diff": { t, args, _ in try SelectionBinding.diff(t, args) },
        "median": { t, args, _ in
            let r = try ArgumentReader("median", args, ["dim", "keepdim"])
            if let d = r.value("dim"), !d.isNone {
                throw PythonError(
                    .notImplementedError,
                    "median(dim=...) is not supported by Wick: which of several equal values PyTorch returns depends on its selection algorithm; use sort or kthvalue"
                )
            }
            return .tensor(try t.median())
        },
        "aminmax": { t, args, _ in
            let r = try ArgumentReader("aminmax", args, ["dim", "keepdim"])
            let (low, high) = try t.aminmax(dim: r.int("dim"), keepDim: r.bool("keepdim", default: false))
            return .object(NamedTupleObject(name: "aminmax", fields: ["min", "max"], values: [.tensor(low), .tensor(high)]))
        },
        "addmm": { t, args, _ in
            let r = try ArgumentReader("addmm", args, ["mat1", "mat2", "beta", "alpha"])
            let (mat1, mat2) = (try PointwiseBinding.tensorArgument(r, "mat1"), try PointwiseBinding.tensorArgument(r, "mat2"))
            return .tensor(try Tensor.addmm(t, mat1, mat2, beta: r.double("beta") ?? 1, alpha: r.double("alpha") ?? 1))
        },
    ]
}

enum SelectionBinding {
    /// ATen's `movedim`: each source dim goes to its destination, the others keep their order.
    static func movedim(_ t: Tensor, _ args: Arguments, _ name: String) throws -> Value {
        let r = try ArgumentReader(name, args, ["source", "destination"])
        let source = try RearrangeBinding.ints(r.required("source"), name, "source")
        let destination = try RearrangeBinding.ints(r.required("destination"), name, "destination")
        guard source.count == destination.count else {
            throw PythonError(
                .runtimeError,
                "movedim: Invalid source or destination dims: source (\(ShapeText.bracketed(source)) dims) should contain the same number of dims as destination (\(ShapeText.bracketed(destination)) dims)"
            )
        }
        let rank = t.dim
        let from = try source.map { try TensorMethods.dimension($0, rank: rank) }
        let to = try destination.map { try TensorMethods.dimension($0, rank: rank) }
        guard Set(from).count == from.count else {
            throw PythonError(.runtimeError, "movedim: repeated dim in `source` (\(ShapeText.bracketed(source)))")
        }
        guard Set(to).count == to.count else {
            throw PythonError(.runtimeError, "movedim: repeated dim in `destination` (\(ShapeText.bracketed(destination)))")
        }
        var order = [Int?](repeating: nil, count: rank)
        for (s, d) in zip(from, to) { order[d] = s }
        var rest = (0..<rank).filter { !from.contains($0) }.makeIterator()
        let permutation = order.map { $0 ?? rest.next() ?? 0 }
        return .tensor(try t.permute(permutation))
    }

    /// ATen's `diff`: `prepend`/`append` concatenated along `dim`, then `n` times the difference of
    /// neighbours (`logical_xor` for bools), each a `narrow` and a subtraction (`SubBackward0`).
    static func diff(_ t: Tensor, _ args: Arguments) throws -> Value {
        let r = try ArgumentReader("diff", args, ["n", "dim", "prepend", "append"])
        let (n, dim) = (try r.int("n") ?? 1, try r.int("dim") ?? -1)
        guard t.dim >= 1 else { throw PythonError(.runtimeError, "diff expects input to be at least one-dimensional") }
        guard n >= 0 else { throw PythonError(.runtimeError, "order must be non-negative but got \(n)") }
        let d = try TensorMethods.dimension(dim, rank: t.dim)
        var parts = [Tensor]()
        for key in ["prepend", "append"] {
            guard let extra = try r.tensor(key) else { continue }
            guard extra.dim == t.dim else {
                throw PythonError(.runtimeError, "diff expects prepend or append to be the same dimension as input")
            }
            parts.append(extra)
        }
        var result = t
        if !parts.isEmpty {
            let prepend = try r.tensor("prepend")
            let append = try r.tensor("append")
            result = try Tensor.cat([prepend, t, append].compactMap { $0 }, dim: d)
        }
        var length = result.shape[d] - 1
        for _ in 0..<min(n, result.shape[d]) {
            let later = try result.slice(d, start: 1, stop: 1 + length, step: 1)
            let earlier = try result.slice(d, start: 0, stop: length, step: 1)
            result = result.dtype == .bool ? try later.logical(.xor, earlier) : try later - earlier
            length -= 1
        }
        return .tensor(result)
    }
}

extension TorchModule {
    /// `torch.NAME(input, …)` for the methods above (`addmm` has its own), and `torch.meshgrid`.
    static var selectionFunctions: [String: Function] {
        var table: [String: Function] = [:]
        for name in TensorMethods.selectionMethods.keys where name != "addmm" {
            table[name] = PointwiseBinding.forwarding(name)
        }
        table["meshgrid"] = { args, interpreter in try SelectionBinding.meshgrid(args, interpreter) }
        return table
    }
}

extension SelectionBinding {
    static let meshgridIndexingWarning =
        "torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument."

    /// ATen's `meshgrid`: tensor `i` viewed along dimension `i` and expanded to every tensor's size
    /// (`ExpandBackward0`); 'xy' swaps the first two inputs and outputs.
    static func meshgrid(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let r = try ArgumentReader("meshgrid", Arguments([], keywords: args.keywords), ["indexing"])
        var inputs: [Value] = args.positional
        if inputs.count == 1, case .list(let list) = inputs[0] { inputs = list.items }
        if inputs.count == 1, case .tuple(let items) = inputs[0] { inputs = items }
        var tensors = try inputs.map { value -> Tensor in
            guard case .tensor(let t) = value else {
                throw PythonError(.typeError, "meshgrid(): argument 'tensors' must be tuple of Tensors, not \(value.typeName)")
            }
            return t
        }
        let indexing: String
        switch r.value("indexing") {
        case .string(let s)?: indexing = s
        case nil, .noneValue?:
            interpreter.warn(
                category: "UserWarning", message: meshgridIndexingWarning, stackLevel: 1, libraryLocation: "torch/functional.py")
            indexing = "ij"
        case let v?: throw PythonError(.typeError, "meshgrid(): argument 'indexing' must be str, not \(v.typeName)")
        }
        guard indexing == "ij" || indexing == "xy" else {
            throw PythonError(
                .runtimeError, "torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: \(indexing)")
        }
        guard !tensors.isEmpty else { throw PythonError(.runtimeError, "meshgrid expects a non-empty TensorList") }
        for t in tensors where t.dim > 1 {
            throw PythonError(
                .runtimeError,
                "torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: \(try interpreter.repr(.tensor(t)))")
        }
        guard Set(tensors.map(\.dtype)).count == 1 else {
            throw PythonError(.runtimeError, "meshgrid expects all tensors to have the same dtype")
        }
        let swap = indexing == "xy" && tensors.count >= 2
        if swap { tensors.swapAt(0, 1) }
        let shape = tensors.map(\.numel)
        var grids = try tensors.enumerated().map { i, t in
            var view = [Int](repeating: 1, count: tensors.count)
            view[i] = -1
            return try t.view(view).expand(shape)
        }
        if swap { grids.swapAt(0, 1) }
        return .tuple(grids.map { .tensor($0) })
    }
}
