import Autograd

/// Language bindings of pointwise ops, reductions and `torch.nn.functional`.
extension TensorMethods {
    nonisolated(unsafe) static let pointwiseMethods: [String: Method] = {
        var table = elementwiseMethods
        table.merge(reductionMethods) { a, _ in a }
        for name in Tensor.unaryOperationNames {
            table[name + "_"] = { t, args, _ in
                _ = try ArgumentReader(name + "_", args, [])
                try t.applyInPlace(unary: name)
                return .tensor(t)
            }
        }
        return table
    }()

    nonisolated(unsafe) static let elementwiseMethods: [String: Method] = [
        "clamp": { t, args, _ in try PointwiseBinding.clamp(t, args, "clamp") },
        "clip": { t, args, _ in try PointwiseBinding.clamp(t, args, "clip") },
        "clamp_": { t, args, _ in try PointwiseBinding.clampInPlace(t, args, "clamp_") },
        "clip_": { t, args, _ in try PointwiseBinding.clampInPlace(t, args, "clip_") },
        "maximum": { t, args, _ in .tensor(try t.maximum(PointwiseBinding.other(args, "maximum"))) },
        "remainder": { t, args, interpreter in
            try TensorOperators.binary(
                .modulo, .tensor(t), ArgumentReader("remainder", args, ["other"]).required("other"), interpreter)
        },
        "floor_divide": { t, args, interpreter in
            let other = try ArgumentReader("floor_divide", args, ["other"]).required("other")
            return try TensorOperators.binary(.floorDivide, .tensor(t), other, interpreter)
        },
        "minimum": { t, args, _ in .tensor(try t.minimum(PointwiseBinding.other(args, "minimum"))) },
        "where": { t, args, _ in
            let r = try ArgumentReader("where", args, ["condition", "other"])
            let condition = try PointwiseBinding.tensorArgument(r, "condition")
            let other = try r.required("other")
            return .tensor(try Tensor.where(condition, t, TensorOperators.tensor(from: other, meeting: .tensor(t))))
        },
        "equal": { t, args, _ in
            let other = try PointwiseBinding.other(args, "equal")
            guard t.shape == other.shape else { return .bool(false) }
            return .bool(try Comparison.equal.compute(t, other).checkedScalars().allSatisfy { $0.doubleValue != 0 })
        },
        "nonzero": { t, args, _ in
            let r = try ArgumentReader("nonzero", args, ["as_tuple"])
            let columns = try PointwiseBinding.nonzero(t)
            if try r.bool("as_tuple", default: false) { return .tuple(columns.map { .tensor($0) }) }
            return .tensor(try PointwiseBinding.nonzeroMatrix(t, columns))
        },
    ]
}

extension TorchModule {
    nonisolated(unsafe) static let pointwiseFunctions: [String: Function] = {
        var table: [String: Function] = [
            "where": { args, _ in try PointwiseBinding.where(args) },
            "pow": { args, _ in
                let r = try ArgumentReader("pow", args, ["input", "exponent"])
                return try TensorOperators.power(r.required("input"), r.required("exponent"))
            },
        ]
        let forwarded = [
            "clamp", "clip", "clamp_", "clip_", "maximum", "minimum", "max", "min", "argmax", "argmin", "amax", "amin",
            "prod", "var", "std", "softmax", "log_softmax", "logsumexp", "equal", "nonzero", "lerp", "addcmul", "addcdiv",
        ]
        for name in forwarded { table[name] = PointwiseBinding.forwarding(name) }
        return table
    }()

    /// Members of `torch.nn.functional`.
    nonisolated(unsafe) static let functionalFunctions: [String: Function] = FunctionalBinding.functions
}

/// Argument handling shared by the pointwise bindings.
enum PointwiseBinding {
    /// `torch.NAME(input, …)` calling the tensor method `NAME` on `input`.
    static func forwarding(_ name: String) -> TorchModule.Function {
        { args, interpreter in
            var rest = args
            let input: Value
            if let first = rest.positional.first {
                input = first
                rest.positional.removeFirst()
            } else if let i = rest.keywords.firstIndex(where: { $0.name == "input" }) {
                input = rest.keywords.remove(at: i).value
            } else {
                throw PythonError(.typeError, "\(name)() missing required argument 'input' (pos 1)")
            }
            guard case .tensor(let t) = input, let method = TensorMethods.methods[name] else {
                throw PythonError(.typeError, "\(name)(): argument 'input' (position 1) must be Tensor, not \(input.typeName)")
            }
            do {
                return try method(t, rest, interpreter)
            } catch let error as PythonError where error.exception.exceptionClass === PyType.typeError {
                throw shiftingPosition(error)
            }
        }
    }

    /// A method's "argument 'other' (position 1)" as the function form counts it: `input` comes first.
    private static func shiftingPosition(_ error: PythonError) -> PythonError {
        var message = error.exception.message
        guard let open = message.firstRange(of: "' (position "),
            let close = message[open.upperBound...].firstIndex(of: ")"),
            let n = Int(message[open.upperBound..<close])
        else { return error }
        message.replaceSubrange(open.upperBound..<close, with: String(n + 1))
        return PythonError(.typeError, message)
    }

    static func tensorArgument(_ r: ArgumentReader, _ name: String) throws -> Tensor {
        guard let t = try r.tensor(name) else {
            throw PythonError(.typeError, "\(r.function)() missing required argument '\(name)'")
        }
        return t
    }

    /// The `other` tensor of `maximum`/`minimum`, which refuse Python numbers as PyTorch does.
    static func other(_ args: Arguments, _ name: String) throws -> Tensor {
        let r = try ArgumentReader(name, args, ["other"])
        let v = try r.required("other")
        guard case .tensor(let t) = v else {
            throw PythonError(.typeError, "\(name)(): argument 'other' (position 1) must be Tensor, not \(v.typeName)")
        }
        return t
    }

    /// A bound of `clamp`: a Python number, a tensor, or `None`.
    private enum Bound {
        case number(Scalar)
        case tensor(Tensor)
    }

    /// An int in [2^63, 2^64) is PyTorch's unsigned scalar: a floating tensor takes its value, an
    /// integer tensor cannot hold it (as `min`, PyTorch's range error; as `max`, no clamp at all).
    private static func bound(_ v: Value?, of t: Tensor, lower: Bool) throws -> Bound? {
        switch v {
        case nil, .noneValue?: return nil
        case .tensor(let t)?: return .tensor(t)
        case .bigInt(let b)? where !b.isNegative && b.magnitude64 != nil && !t.dtype.isFloatingPoint:
            let m = b.magnitude64 ?? 0
            return .number(try t.clampBoundBeyondRange(Double(m), lower: lower) ?? .int(Int64.max))
        case let v?: return .number(try Library.scalar(v, storedIn: t.dtype))
        }
    }

    static func clamp(_ t: Tensor, _ args: Arguments, _ name: String) throws -> Value {
        let r = try ArgumentReader(name, args, ["min", "max"])
        let (low, high) = (try bound(r.value("min"), of: t, lower: true), try bound(r.value("max"), of: t, lower: false))
        switch (low, high) {
        case (.tensor, _), (_, .tensor):
            return .tensor(try t.clamp(min: tensorBound(low), max: tensorBound(high)))
        default:
            return .tensor(try t.clamp(min: number(low), max: number(high)))
        }
    }

    private static func tensorBound(_ b: Bound?) -> Tensor? {
        switch b {
        case .tensor(let t)?: t
        case .number(let s)?: Tensor.wrapping(s)
        case nil: nil
        }
    }

    static func clampInPlace(_ t: Tensor, _ args: Arguments, _ name: String) throws -> Value {
        let r = try ArgumentReader(name, args, ["min", "max"])
        let (low, high) = (try bound(r.value("min"), of: t, lower: true), try bound(r.value("max"), of: t, lower: false))
        if case .tensor = low { throw PythonError(.notImplementedError, "\(name)() with tensor bounds is not supported by Wick") }
        if case .tensor = high {
            throw PythonError(.notImplementedError, "\(name)() with tensor bounds is not supported by Wick")
        }
        try t.clampInPlace(min: number(low), max: number(high))
        return .tensor(t)
    }

    private static func number(_ b: Bound?) -> Scalar? {
        if case .number(let s)? = b { return s }
        return nil
    }

    /// `torch.where(condition, input, other)`, or `torch.where(condition)` as a tuple of index tensors.
    static func `where`(_ args: Arguments) throws -> Value {
        let r = try ArgumentReader("where", args, ["condition", "input", "other"])
        let condition = try tensorArgument(r, "condition")
        guard let a = r.value("input"), let b = r.value("other") else {
            return .tuple(try nonzero(condition).map { .tensor($0) })
        }
        let (x, y) = (try TensorOperators.tensor(from: a, meeting: b), try TensorOperators.tensor(from: b, meeting: a))
        return .tensor(try Tensor.where(condition, x, y))
    }

    /// The coordinates of the non-zero elements, one int64 tensor per dimension.
    static func nonzero(_ t: Tensor) throws -> [Tensor] {
        var coordinates = [[Scalar]](repeating: [], count: t.dim)
        for (flat, value) in try t.checkedScalars().enumerated() where value.doubleValue != 0 || value.doubleValue.isNaN {
            var remaining = flat
            for d in stride(from: t.dim - 1, through: 0, by: -1) {
                coordinates[d].append(.int(Int64(remaining % t.shape[d])))
                remaining /= t.shape[d]
            }
        }
        return try coordinates.map { try Tensor.from($0, shape: [$0.count], dtype: .int64) }
    }

    /// `t.nonzero()`: one row of coordinates per non-zero element, shape `[count, dim]`.
    static func nonzeroMatrix(_ t: Tensor, _ columns: [Tensor]) throws -> Tensor {
        let count =
            t.dim == 0
            ? (t.scalars.first.map { $0.doubleValue != 0 || $0.doubleValue.isNaN } == true ? 1 : 0)
            : columns.first?.numel ?? 0
        let values = try columns.map { try $0.checkedScalars() }
        let rows = (0..<count).flatMap { i in values.map { $0[i] } }
        return try Tensor.from(rows, shape: [count, t.dim], dtype: .int64)
    }
}
