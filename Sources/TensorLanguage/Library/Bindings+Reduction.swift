import Autograd

/// Language bindings of the reductions beyond `sum`/`mean`: extrema, `prod`, `var`/`std`, softmax.
extension TensorMethods {
    nonisolated(unsafe) static let reductionMethods: [String: Method] = [
        "max": { t, args, _ in try ReductionBinding.extremum(t, args, larger: true) },
        "min": { t, args, _ in try ReductionBinding.extremum(t, args, larger: false) },
        "argmax": { t, args, _ in
            let r = try ArgumentReader("argmax", args, ["dim", "keepdim"])
            return .tensor(try t.argmax(dim: ReductionBinding.dim(r), keepDim: r.bool("keepdim", default: false)))
        },
        "argmin": { t, args, _ in
            let r = try ArgumentReader("argmin", args, ["dim", "keepdim"])
            return .tensor(try t.argmin(dim: ReductionBinding.dim(r), keepDim: r.bool("keepdim", default: false)))
        },
        "amax": { t, args, _ in
            let r = try ArgumentReader("amax", args, ["dim", "keepdim"])
            return .tensor(try t.amax(dims: reducedDimensions(r.value("dim"), of: t), keepDim: r.bool("keepdim", default: false)))
        },
        "amin": { t, args, _ in
            let r = try ArgumentReader("amin", args, ["dim", "keepdim"])
            return .tensor(try t.amin(dims: reducedDimensions(r.value("dim"), of: t), keepDim: r.bool("keepdim", default: false)))
        },
        "prod": { t, args, _ in
            let r = try ArgumentReader("prod", args, ["dim", "keepdim", "dtype"])
            let input = try r.dtype().map { try t.to($0) } ?? t
            guard let d = try ReductionBinding.dim(r) else { return .tensor(try input.prod()) }
            return .tensor(try input.prod(dim: d, keepDim: r.bool("keepdim", default: false)))
        },
        "var": { t, args, _ in try ReductionBinding.moments(t, args, "var") },
        "std": { t, args, _ in try ReductionBinding.moments(t, args, "std") },
        "softmax": { t, args, _ in
            let r = try ArgumentReader("softmax", args, ["dim", "dtype"])
            let input = try r.dtype().map { try t.to($0) } ?? t
            return .tensor(try input.softmax(dim: ReductionBinding.requiredDim(r, "softmax")))
        },
        "log_softmax": { t, args, _ in
            let r = try ArgumentReader("log_softmax", args, ["dim", "dtype"])
            let input = try r.dtype().map { try t.to($0) } ?? t
            return .tensor(try input.logSoftmax(dim: ReductionBinding.requiredDim(r, "log_softmax")))
        },
        "logsumexp": { t, args, _ in
            let r = try ArgumentReader("logsumexp", args, ["dim", "keepdim"])
            guard let dims = try dimensions(r.value("dim")) else {
                throw PythonError(.typeError, "logsumexp() missing 1 required positional arguments: \"dim\"")
            }
            return .tensor(try t.logsumexp(dims: dims, keepDim: r.bool("keepdim", default: false)))
        },
    ]
}

/// Argument handling shared by the reduction bindings.
enum ReductionBinding {
    /// An optional single `dim` argument.
    static func dim(_ r: ArgumentReader) throws -> Int? {
        switch r.value("dim") {
        case nil, .noneValue?: return nil
        case let v?: return try Library.torchInteger(v, function: r.function, argument: "dim")
        }
    }

    /// A `dim` argument that must be given (PyTorch's wording for a missing one).
    static func requiredDim(_ r: ArgumentReader, _ name: String) throws -> Int {
        guard let d = try dim(r) else {
            throw PythonError(.typeError, "\(name)() missing 1 required positional arguments: \"dim\"")
        }
        return d
    }

    /// `max()`, `max(dim, keepdim)` (a `torch.return_types.max` named tuple) and `max(other)`.
    static func extremum(_ t: Tensor, _ args: Arguments, larger: Bool) throws -> Value {
        let name = larger ? "max" : "min"
        if case .tensor(let other)? = args.positional.first ?? args.keywords.first(where: { $0.name == "other" })?.value {
            return .tensor(try larger ? t.maximum(other) : t.minimum(other))
        }
        let r = try ArgumentReader(name, args, ["dim", "keepdim"])
        guard let d = try dim(r) else {
            if !args.keywords.isEmpty {
                throw PythonError(.typeError, "\(name)() received an invalid combination of arguments")
            }
            return .tensor(try larger ? t.largest() : t.smallest())
        }
        let keepDim = try r.bool("keepdim", default: false)
        let (values, indices) = try larger ? t.largest(along: d, keepDim: keepDim) : t.smallest(along: d, keepDim: keepDim)
        return .object(NamedTupleObject(name: name, fields: ["values", "indices"], values: [.tensor(values), .tensor(indices)]))
    }

    /// `var`/`std` with `dim`, `unbiased` (positionally after `dim`, or alone), `keepdim` and `correction`.
    static func moments(_ t: Tensor, _ args: Arguments, _ name: String) throws -> Value {
        var args = args
        var unbiased = true
        if case .bool(let b)? = args.positional.first {
            unbiased = b
            args.positional.removeFirst()
        }
        let r = try ArgumentReader(name, args, ["dim", "unbiased", "keepdim", "correction"])
        unbiased = try r.bool("unbiased", default: unbiased)
        let correction = try r.double("correction") ?? (unbiased ? 1 : 0)
        let dims = try TensorMethods.reducedDimensions(r.value("dim"), of: t)
        let keepDim = try r.bool("keepdim", default: false)
        if name == "std" {
            return .tensor(try t.standardDeviation(dims: dims, correction: correction, keepDim: keepDim))
        }
        return .tensor(try t.variance(dims: dims, correction: correction, keepDim: keepDim))
    }
}
