import Autograd

/// `isnan`/`isinf`/`isfinite`/`isposinf`/`isneginf`/`signbit`, `logical_*`, `bitwise_*`, `narrow`,
/// `select`, `repeat`/`tile`, `square`, and `div`'s `rounding_mode=` as tensor methods;
/// `torch.NAME(input, …)` forwards to them.
extension TensorMethods {
    nonisolated(unsafe) static let logicalMethods: [String: Method] = {
        var table: [String: Method] = [
            "logical_not": { t, args, _ in
                _ = try ArgumentReader("logical_not", args, [])
                return .tensor(try t.logicalNot())
            },
            "logical_not_": { t, args, _ in
                _ = try ArgumentReader("logical_not_", args, [])
                return try LogicalBinding.writeBack(try t.logicalNot(), into: t)
            },
            "bitwise_not": { t, args, _ in
                _ = try ArgumentReader("bitwise_not", args, [])
                return .tensor(try t.bitwiseNot())
            },
            "bitwise_not_": { t, args, _ in
                _ = try ArgumentReader("bitwise_not_", args, [])
                return try LogicalBinding.writeBack(try t.bitwiseNot(), into: t)
            },
            "narrow": { t, args, _ in
                let r = try ArgumentReader("narrow", args, ["dim", "start", "length"])
                return .tensor(try LogicalBinding.narrow(t, r))
            },
            "select": { t, args, _ in
                let r = try ArgumentReader("select", args, ["dim", "index"])
                return .tensor(try LogicalBinding.select(t, r))
            },
            "repeat": { t, args, _ in
                guard !args.positional.isEmpty || !args.keywords.isEmpty else {
                    throw PythonError(.typeError, "repeat() missing 1 required positional arguments: \"repeats\"")
                }
                return .tensor(try t.repeated(RearrangeBinding.intsVariadic(args, "repeat", "repeats")))
            },
            "tile": { t, args, _ in
                let r = try ArgumentReader("tile", args, ["dims"])
                let dims = try RearrangeBinding.ints(r.required("dims"), "tile", "dims")
                let padded = [Int](repeating: 1, count: max(0, t.dim - dims.count)) + dims
                return .tensor(try t.repeated(padded))
            },
            "nan_to_num": { t, args, _ in .tensor(try t.nanToNum(LogicalBinding.replacement(args, "nan_to_num"))) },
            "nan_to_num_": { t, args, _ in
                try LogicalBinding.writeBack(try t.nanToNum(LogicalBinding.replacement(args, "nan_to_num_")), into: t)
            },
            "square": { t, args, _ in
                _ = try ArgumentReader("square", args, [])
                return try TensorOperators.power(.tensor(t), .int(2))
            },
        ]
        let tests: [(String, ElementTest)] = [
            ("isnan", .isNaN), ("isinf", .isInf), ("isfinite", .isFinite), ("isposinf", .isPosInf),
            ("isneginf", .isNegInf), ("signbit", .signBit),
        ]
        for (name, test) in tests {
            table[name] = { t, args, _ in
                _ = try ArgumentReader(name, args, [])
                return .tensor(try t.test(test))
            }
        }
        let logical: [(String, LogicalOperator)] = [("logical_and", .and), ("logical_or", .or), ("logical_xor", .xor)]
        for (name, op) in logical {
            table[name] = { t, args, _ in .tensor(try t.logical(op, PointwiseBinding.other(args, name))) }
            table[name + "_"] = { t, args, _ in
                try LogicalBinding.writeBack(try t.logical(op, PointwiseBinding.other(args, name + "_")), into: t)
            }
        }
        for (name, op) in LogicalBinding.bitwise {
            table[name] = { t, args, interpreter in
                let r = try ArgumentReader(name, args, ["other"])
                return try TensorOperators.binary(op, .tensor(t), r.required("other"), interpreter)
            }
            table[name + "_"] = { t, args, interpreter in
                let r = try ArgumentReader(name + "_", args, ["other"])
                return try TensorOperators.inPlace(op, t, r.required("other"), interpreter)
            }
        }
        return table
    }()
}

/// Argument handling shared by the bindings above.
enum LogicalBinding {
    static let bitwise: [(String, BinaryOperator)] = [
        ("bitwise_and", .bitwiseAnd), ("bitwise_or", .bitwiseOr), ("bitwise_xor", .bitwiseXor),
        ("bitwise_left_shift", .leftShift), ("bitwise_right_shift", .rightShift),
    ]

    /// An in-place op's result written into `t`, which must be able to hold its dtype.
    static func writeBack(_ result: Tensor, into t: Tensor) throws -> Value {
        try checkCast(result.dtype, to: t.dtype)
        try t.copyInPlace(from: result)
        return .tensor(t)
    }

    /// PyTorch's `canCast`: no floating result into an integer or bool tensor, no number into a bool one.
    static func checkCast(_ from: DType, to: DType) throws {
        if (from.isFloatingPoint && !to.isFloatingPoint) || (from != .bool && to == .bool) {
            throw PythonError(
                .runtimeError, "result type \(from.scalarTypeName) can't be cast to the desired output type \(to.scalarTypeName)")
        }
    }

    /// ATen's `narrow`: its checks in its order, then a slice (`SliceBackward0`).
    static func narrow(_ t: Tensor, _ r: ArgumentReader) throws -> Tensor {
        let (dim, length) = (try RearrangeBinding.dim(r), try integer(r, "length"))
        let start = try integer(r, "start")
        guard t.dim > 0 else { throw PythonError(.runtimeError, "narrow() cannot be applied to a 0-dim tensor.") }
        guard length >= 0 else { throw PythonError(.runtimeError, "narrow(): length must be non-negative.") }
        let size = t.shape[try TensorMethods.dimension(dim, rank: t.dim)]
        guard start >= -size && start <= size else {
            throw PythonError(
                .indexError, "start out of range (expected to be in range of [\(-size), \(size)], but got \(start))")
        }
        let first = start < 0 ? start + size : start
        guard first <= size - length else {
            throw PythonError(
                .runtimeError, "start (\(first)) + length (\(length)) exceeds dimension size (\(size)).")
        }
        return try t.slice(dim, start: first, stop: first + length, step: 1)
    }

    /// `select(dim, index)` with its own messages (indexing's differ).
    static func select(_ t: Tensor, _ r: ArgumentReader) throws -> Tensor {
        let (dim, index) = (try RearrangeBinding.dim(r), try integer(r, "index"))
        guard t.dim > 0 else { throw PythonError(.indexError, "select() cannot be applied to a 0-dim tensor.") }
        let at = try TensorMethods.dimension(dim, rank: t.dim)
        let size = t.shape[at]
        guard index >= -size && index < size else {
            throw PythonError(
                .indexError,
                "select(): index \(index) out of range for tensor of size \(ShapeText.bracketed(t.shape)) at dimension \(at)")
        }
        return try t.select(at, index)
    }

    /// `nan_to_num`'s replacements; `None` keeps a default.
    static func replacement(_ args: Arguments, _ name: String) throws -> NonFiniteReplacement {
        let r = try ArgumentReader(name, args, ["nan", "posinf", "neginf"])
        let number = { (key: String) throws -> Double? in
            if case .noneValue? = r.value(key) { return nil }
            return try r.double(key)
        }
        return NonFiniteReplacement(nan: try number("nan") ?? 0, posinf: try number("posinf"), neginf: try number("neginf"))
    }

    /// An int argument that may also be a one-element integer tensor (`narrow`'s `start`).
    private static func integer(_ r: ArgumentReader, _ name: String) throws -> Int {
        let v = try r.required(name)
        if case .tensor(let t) = v, t.numel == 1, !t.dtype.isFloatingPoint {
            return Int(try t.checkedScalars()[0].integerValue)
        }
        return try Library.torchInteger(v, function: r.function, argument: name)
    }
}

extension TorchModule {
    /// `torch.NAME(input, …)` for the methods above, and `torch.logspace`.
    static var logicalFunctions: [String: Function] {
        var table: [String: Function] = [:]
        // `repeat` is a method only: PyTorch has no `torch.repeat`.
        for name in TensorMethods.logicalMethods.keys where !name.hasSuffix("_") && name != "repeat" {
            table[name] = PointwiseBinding.forwarding(name)
        }
        for name in ["floor_divide", "remainder", "divide", "true_divide"] { table[name] = PointwiseBinding.forwarding(name) }
        table["logspace"] = { args, _ in
            let r = try ArgumentReader(
                "logspace", args, ["start", "end", "steps", "base", "dtype", "layout", "device", "requires_grad"])
            guard let steps = try r.int("steps") else {
                throw PythonError(.typeError, "logspace() missing required argument 'steps'")
            }
            let t = try Tensor.logspace(
                start: LogicalBinding.bound(r.required("start"), "start"), end: LogicalBinding.bound(r.required("end"), "end"),
                steps: steps, base: r.double("base") ?? 10, dtype: r.dtype() ?? DType.defaultFloat)
            try t.setRequiresGrad(r.bool("requires_grad", default: false), site: .factory)
            return .tensor(t)
        }
        return table
    }
}

extension LogicalBinding {
    /// `logspace`'s bound: a number or a 0-d tensor, as ATen's overloads take it.
    static func bound(_ v: Value, _ name: String) throws -> Scalar {
        guard case .tensor(let t) = v else { return try Library.scalar(v) }
        guard t.dim == 0 else {
            throw PythonError(
                .runtimeError,
                "logspace only supports 0-dimensional start and end tensors, but got \(name) with \(t.dim) dimension(s).")
        }
        return try t.checkedScalars()[0]
    }
}
