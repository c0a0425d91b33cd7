import Autograd

/// `flip`, `roll`, `tril`/`triu`, `diag`, `outer`, `cumsum`/`cumprod`, `sort`/`argsort`/`topk`/`kthvalue`,
/// `gather`/`scatter`/`scatter_add`/`index_select`, `split`/`chunk`/`unbind`, `repeat_interleave`.
extension TensorMethods {
    nonisolated(unsafe) static let rearrangeMethods: [String: Method] = [
        "flip": { t, args, _ in
            let dims = try RearrangeBinding.intsVariadic(args, "flip", "dims")
            return .tensor(try t.flip(dims))
        },
        "roll": { t, args, _ in
            let r = try ArgumentReader("roll", args, ["shifts", "dims"])
            let shifts = try RearrangeBinding.ints(r.required("shifts"), "roll", "shifts")
            let dims = try r.value("dims").map { try RearrangeBinding.ints($0, "roll", "dims") } ?? []
            return .tensor(try t.roll(shifts, dims: dims))
        },
        "tril": { t, args, _ in
            .tensor(try t.triangle(lower: true, diagonal: ArgumentReader("tril", args, ["diagonal"]).int("diagonal") ?? 0))
        },
        "triu": { t, args, _ in
            .tensor(try t.triangle(lower: false, diagonal: ArgumentReader("triu", args, ["diagonal"]).int("diagonal") ?? 0))
        },
        "diag": { t, args, _ in .tensor(try t.diag(ArgumentReader("diag", args, ["diagonal"]).int("diagonal") ?? 0)) },
        "outer": { t, args, _ in try RearrangeBinding.outer(t, args, "outer") },
        "ger": { t, args, _ in try RearrangeBinding.outer(t, args, "ger") },
        "cumsum": { t, args, _ in try RearrangeBinding.cumulative(t, args, "cumsum", product: false) },
        "cumprod": { t, args, _ in try RearrangeBinding.cumulative(t, args, "cumprod", product: true) },
        "sort": { t, args, _ in
            let r = try ArgumentReader("sort", args, ["dim", "descending", "stable"])
            let (values, indices) = try t.sorted(dim: r.int("dim") ?? -1, descending: r.bool("descending", default: false))
            return RearrangeBinding.pair("sort", values, indices)
        },
        "argsort": { t, args, _ in
            let r = try ArgumentReader("argsort", args, ["dim", "descending", "stable"])
            return .tensor(
                try GradMode.with(false) {
                    try t.sorted(dim: r.int("dim") ?? -1, descending: r.bool("descending", default: false)).indices
                })
        },
        "topk": { t, args, _ in
            let r = try ArgumentReader("topk", args, ["k", "dim", "largest", "sorted"])
            guard let k = try r.int("k") else { throw PythonError(.typeError, "topk() missing required argument 'k'") }
            let (values, indices) = try t.topk(k, dim: r.int("dim") ?? -1, largest: r.bool("largest", default: true))
            return RearrangeBinding.pair("topk", values, indices)
        },
        "kthvalue": { t, args, _ in
            let r = try ArgumentReader("kthvalue", args, ["k", "dim", "keepdim"])
            guard let k = try r.int("k") else { throw PythonError(.typeError, "kthvalue() missing required argument 'k'") }
            let (values, indices) = try t.kthvalue(k, dim: r.int("dim") ?? -1, keepDim: r.bool("keepdim", default: false))
            return RearrangeBinding.pair("kthvalue", values, indices)
        },
        "gather": { t, args, _ in
            let r = try ArgumentReader("gather", args, ["dim", "index", "sparse_grad"])
            return .tensor(try t.gather(RearrangeBinding.dim(r), PointwiseBinding.tensorArgument(r, "index")))
        },
        "scatter": { t, args, _ in
            let r = try ArgumentReader("scatter", args, ["dim", "index", "src", "value"])
            let index = try PointwiseBinding.tensorArgument(r, "index")
            guard let source = r.value("src") ?? r.value("value") else {
                throw PythonError(.typeError, "scatter() missing required argument 'src'")
            }
            if case .tensor(let s) = source {
                return .tensor(try t.scatter(RearrangeBinding.dim(r), index, s, accumulate: false))
            }
            return .tensor(try t.scatter(RearrangeBinding.dim(r), index, value: Library.scalar(source)))
        },
        "scatter_add": { t, args, _ in
            let r = try ArgumentReader("scatter_add", args, ["dim", "index", "src"])
            let (index, source) = (try PointwiseBinding.tensorArgument(r, "index"), try PointwiseBinding.tensorArgument(r, "src"))
            return .tensor(try t.scatter(RearrangeBinding.dim(r), index, source, accumulate: true))
        },
        "index_select": { t, args, _ in
            let r = try ArgumentReader("index_select", args, ["dim", "index"])
            return .tensor(try t.indexSelect(RearrangeBinding.dim(r), PointwiseBinding.tensorArgument(r, "index")))
        },
        "split": { t, args, _ in
            let r = try ArgumentReader("split", args, ["split_size", "dim"])
            let dim = try r.int("dim") ?? 0
            switch try r.required("split_size") {
            case .list, .tuple:
                let sizes = try RearrangeBinding.ints(r.required("split_size"), "split", "split_size")
                return .tuple(try t.split(sizes: sizes, dim: dim).map { .tensor($0) })
            case let v:
                return .tuple(
                    try t.split(size: Library.integer(v, function: "split", argument: "split_size"), dim: dim).map { .tensor($0) }
                )
            }
        },
        "chunk": { t, args, _ in
            let r = try ArgumentReader("chunk", args, ["chunks", "dim"])
            guard let chunks = try r.int("chunks") else {
                throw PythonError(.typeError, "chunk() missing required argument 'chunks'")
            }
            return .tuple(try t.chunk(chunks, dim: r.int("dim") ?? 0).map { .tensor($0) })
        },
        "unbind": { t, args, _ in
            .tuple(try t.unbind(ArgumentReader("unbind", args, ["dim"]).int("dim") ?? 0).map { .tensor($0) })
        },
        "repeat_interleave": { t, args, _ in
            let r = try ArgumentReader("repeat_interleave", args, ["repeats", "dim", "output_size"])
            return .tensor(try RearrangeBinding.repeatInterleave(t, r.required("repeats"), r.int("dim")))
        },
    ]
}

/// Argument handling shared by the bindings above.
enum RearrangeBinding {
    static func pair(_ name: String, _ values: Tensor, _ indices: Tensor) -> Value {
        .object(NamedTupleObject(name: name, fields: ["values", "indices"], values: [.tensor(values), .tensor(indices)]))
    }

    static func dim(_ r: ArgumentReader) throws -> Int {
        guard let d = try r.int("dim") else { throw PythonError(.typeError, "\(r.function)() missing required argument 'dim'") }
        return d
    }

    /// An int or a sequence of ints.
    static func ints(_ v: Value, _ function: String, _ argument: String) throws -> [Int] {
        switch v {
        case .tuple(let items): return try items.map { try Library.integer($0, function: function, argument: argument) }
        case .list(let l): return try l.items.map { try Library.integer($0, function: function, argument: argument) }
        default: return [try Library.integer(v, function: function, argument: argument)]
        }
    }

    /// `f(0, 1)`, `f((0, 1))`, `f([0, 1])` or `f(dims=...)`.
    static func intsVariadic(_ args: Arguments, _ function: String, _ name: String) throws -> [Int] {
        let r = try ArgumentReader(function, Arguments([], keywords: args.keywords), [name])
        if let v = r.value(name) { return try ints(v, function, name) }
        if args.positional.count == 1 { return try ints(args.positional[0], function, name) }
        return try args.positional.map { try Library.integer($0, function: function, argument: name) }
    }

    static func outer(_ t: Tensor, _ args: Arguments, _ name: String) throws -> Value {
        let r = try ArgumentReader(name, args, ["vec2"])
        let other = try PointwiseBinding.tensorArgument(r, "vec2")
        guard t.dim == 1, other.dim == 1 else {
            throw PythonError(.runtimeError, "outer: Expected 1-D argument self, but got \(t.dim == 1 ? other.dim : t.dim)-D")
        }
        return .tensor(try t.reshape([t.numel, 1]) * other)
    }

    static func cumulative(_ t: Tensor, _ args: Arguments, _ name: String, product: Bool) throws -> Value {
        let r = try ArgumentReader(name, args, ["dim", "dtype"])
        guard let d = try r.int("dim") else { throw PythonError(.typeError, "\(name)() missing required argument 'dim'") }
        return .tensor(try t.cumulative(product: product, dim: d, dtype: r.dtype()))
    }

    /// An int repeats every element that often (PyTorch's unsqueeze-expand-clone-view); a tensor of
    /// counts picks each entry along `dim` that often (`index_select`).
    static func repeatInterleave(_ t: Tensor, _ repeats: Value, _ dim: Int?) throws -> Tensor {
        let input = dim == nil ? try t.flatten() : t
        let d = try TensorMethods.dimension(dim ?? 0, rank: input.dim)
        if case .tensor(let counts) = repeats, counts.numel != 1 {
            guard counts.dim == 1, counts.numel == (input.dim == 0 ? 1 : input.shape[d]) else {
                throw PythonError(.runtimeError, "repeats must have the same size as input along dim")
            }
            let n = try counts.to(.int64).checkedScalars().map { Int($0.integerValue) }
            guard n.allSatisfy({ $0 >= 0 }) else { throw PythonError(.runtimeError, "repeats can not be negative") }
            let picks: [Scalar] = n.enumerated().flatMap { i, c in [Scalar](repeating: .int(Int64(i)), count: c) }
            return try input.indexSelect(d, Tensor.from(picks, shape: [picks.count], dtype: .int64))
        }
        let count = try Library.integer(repeats, function: "repeat_interleave", argument: "repeats")
        guard count >= 0 else { throw PythonError(.runtimeError, "repeats can not be negative") }
        var expanded = input.shape
        expanded.insert(count, at: d + 1)
        var result = input.shape
        if !result.isEmpty { result[d] *= count }
        return try input.unsqueeze(d + 1).expand(expanded).clone().view(result.isEmpty ? [count] : result)
    }
}

extension TorchModule {
    /// `torch.NAME(input, …)` for the methods above; `torch.einsum` takes operands instead.
    static var rearrangeFunctions: [String: Function] {
        var table: [String: Function] = [:]
        for name in TensorMethods.rearrangeMethods.keys { table[name] = PointwiseBinding.forwarding(name) }
        table["einsum"] = { args, _ in try EinsumBinding.call(args) }
        return table
    }
}

/// `torch.einsum(equation, *operands)` or `torch.einsum(equation, [operands])`.
enum EinsumBinding {
    static func call(_ args: Arguments) throws -> Value {
        if let key = args.keywords.first?.name {
            throw PythonError(.typeError, "einsum() got an unexpected keyword argument '\(key)'")
        }
        guard case .string(let equation)? = args.positional.first else {
            throw PythonError(.typeError, "einsum(): argument 'equation' (position 1) must be str")
        }
        var rest = Array(args.positional.dropFirst())
        if rest.count == 1 {
            switch rest[0] {
            case .list(let l): rest = l.items
            case .tuple(let items): rest = items
            default: break
            }
        }
        let operands = try rest.map { v -> Tensor in
            guard case .tensor(let t) = v else {
                throw PythonError(.typeError, "einsum(): operands must be tensors, not \(v.typeName)")
            }
            return t
        }
        return .tensor(try Einsum.evaluate(equation, operands))
    }
}
