import Autograd

/// `eq`/`ne`/`lt`/`le`/`gt`/`ge`, `round(decimals=)`, `atan2`, `clamp_min`/`clamp_max`,
/// `masked_fill`, `isclose`/`allclose` as tensor methods; `torch.NAME(input, …)` forwards to them.
extension TensorMethods {
    nonisolated(unsafe) static let comparisonMethods: [String: Method] = {
        var table: [String: Method] = [
            "round": { t, args, _ in
                let r = try ArgumentReader("round", args, ["decimals"])
                return .tensor(try t.rounded(decimals: r.int("decimals") ?? 0))
            },
            "round_": { t, args, _ in
                let r = try ArgumentReader("round_", args, ["decimals"])
                guard (try r.int("decimals") ?? 0) == 0 else {
                    throw PythonError(.notImplementedError, "round_(decimals=) is not supported by Wick; use round(decimals=)")
                }
                try t.applyInPlace(unary: "round")
                return .tensor(t)
            },
            "atan2": { t, args, _ in
                let r = try ArgumentReader("atan2", args, ["other"])
                return .tensor(try t.atan2(PointwiseBinding.tensorArgument(r, "other")))
            },
            "clamp_min": { t, args, _ in
                let r = try ArgumentReader("clamp_min", args, ["min"])
                return .tensor(try t.clampMin(Library.scalar(r.required("min"), storedIn: t.dtype)))
            },
            "clamp_max": { t, args, _ in
                let r = try ArgumentReader("clamp_max", args, ["max"])
                return .tensor(try t.clampMax(Library.scalar(r.required("max"), storedIn: t.dtype)))
            },
            "masked_fill": { t, args, _ in
                let r = try ArgumentReader("masked_fill", args, ["mask", "value"])
                let mask = try PointwiseBinding.tensorArgument(r, "mask")
                if case .tensor(let value) = try r.required("value") { return .tensor(try t.maskedFill(mask, value)) }
                return .tensor(try t.maskedFill(mask, Library.scalar(r.required("value"), storedIn: t.dtype)))
            },
            "all": { t, args, _ in .tensor(try truth("all", t, args)) },
            "any": { t, args, _ in .tensor(try truth("any", t, args)) },
            "isclose": { t, args, _ in .tensor(try closeness("isclose", t, args)) },
            "allclose": { t, args, _ in
                .bool(try closeness("allclose", t, args).checkedScalars().allSatisfy { $0.doubleValue != 0 })
            },
        ]
        let comparisons: [(String, ComparisonOperator)] = [
            ("eq", .equal), ("ne", .notEqual), ("lt", .less), ("le", .lessOrEqual), ("gt", .greater), ("ge", .greaterOrEqual),
        ]
        for (name, op) in comparisons {
            table[name] = { t, args, interpreter in
                let r = try ArgumentReader(name, args, ["other"])
                return try TensorOperators.compare(op, .tensor(t), r.required("other"), interpreter)
            }
        }
        return table
    }()

    /// `all` / `any`, over everything or along `dim`: a bool tensor.
    private static func truth(_ name: String, _ t: Tensor, _ args: Arguments) throws -> Tensor {
        let r = try ArgumentReader(name, args, ["dim", "keepdim"])
        return try GradMode.with(false) {
            let count = try Comparison.notEqual.compute(t, Tensor.wrapping(.int(0))).to(.int64)
            let dims = try reducedDimensions(r.value("dim"), of: t)
            let summed = try dims.map { try count.sum(dims: $0, keepDim: r.bool("keepdim", default: false)) } ?? count.sum()
            let size =
                try dims.map { try $0.reduce(1) { $0 * (t.dim == 0 ? 1 : t.shape[try dimension($1, rank: t.dim)]) } } ?? t.numel
            let target = Tensor.wrapping(.int(Int64(name == "all" ? size : 0)))
            return try (name == "all" ? Comparison.equal : Comparison.greater).compute(summed, target)
        }
    }

    private static func closeness(_ name: String, _ t: Tensor, _ args: Arguments) throws -> Tensor {
        let r = try ArgumentReader(name, args, ["other", "rtol", "atol", "equal_nan"])
        let other = try PointwiseBinding.tensorArgument(r, "other")
        guard t.dtype == other.dtype else {
            throw PythonError(
                .runtimeError,
                "\(t.dtype.scalarTypeName) did not match \(other.dtype.scalarTypeName)")
        }
        return try t.isClose(
            other, rtol: r.double("rtol") ?? 1e-5, atol: r.double("atol") ?? 1e-8, equalNaN: r.bool("equal_nan", default: false))
    }
}

extension TorchModule {
    /// `torch.NAME(input, …)` for the methods above.
    static var comparisonFunctions: [String: Function] {
        var table: [String: Function] = [:]
        for name in TensorMethods.comparisonMethods.keys where !name.hasSuffix("_") {
            table[name] = PointwiseBinding.forwarding(name)
        }
        return table
    }
}
