import Autograd

/// Tensor attributes and methods as Python code sees them.
enum TensorMethods {
    typealias Method = (Tensor, Arguments, Interpreter) throws -> Value

    static func attribute(_ t: Tensor, _ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "shape": return .object(SizeObject(t.shape))
        case "grad":
            let g = t.grad
            return g.map { .tensor($0) } ?? .noneValue
        case "data": return .tensor(t.data)
        case "grad_fn": return NodeObject.wrap(t.gradFn)
        case "requires_grad": return .bool(t.requiresGrad)
        case "is_leaf": return .bool(t.isLeaf)
        case "dtype": return .object(DTypeObject(t.dtype))
        case "ndim": return .int(t.dim)
        case "itemsize": return .int(t.dtype.itemSize)
        case "nbytes": return .int(t.numel &* t.dtype.itemSize)
        case "retains_grad": return .bool(t.retainsGrad)
        case "device": return .object(DeviceObject(.cpu))
        case "is_cuda", "is_mps", "is_meta": return .bool(false)
        case "is_cpu": return .bool(true)
        case "T": return .tensor(try t.reversedDimensions())
        case "mT": return .tensor(try t.matrixTransposed())
        case "_version": return .int(t.version)
        case "_base": return t.base.map { .tensor($0) } ?? .noneValue
        default: break
        }
        if let value = try linalgAttribute(t, name) { return value }
        if let method = methods[name] {
            return .object(
                BoundMethod(.tensor(t), name) { receiver, args, interpreter in
                    guard case .tensor(let tensor) = receiver else { return .noneValue }
                    return try method(tensor, args, interpreter)
                })
        }
        return nil
    }

    static func setAttribute(_ t: Tensor, _ name: String, _ value: Value, _ interpreter: Interpreter) throws {
        switch (name, value) {
        case ("grad", .noneValue): try t.setGrad(nil)
        case ("grad", .tensor(let g)): try t.setGrad(g)
        case ("grad", _):
            throw PythonError(.typeError, "assigned grad expected to be a Tensor or None but got grad of type \(value.typeName)")
        case ("data", .tensor(let d)): t.setData(d)
        case ("requires_grad", _): try t.setRequiresGrad(try interpreter.truthy(value), site: .attribute)
        default:
            throw PythonError(.attributeError, "'Tensor' object attribute '\(name)' is read-only")
        }
    }

    nonisolated(unsafe) static let methods: [String: Method] = {
        var table: [String: Method] = [:]
        for name in Tensor.unaryOperationNames {
            if let op = Tensor.unaryOperation(named: name) {
                table[name] = { t, args, _ in
                    _ = try ArgumentReader(name, args, [])
                    return .tensor(try op(t))
                }
            }
        }
        for (name, op) in [
            ("add", BinaryOperator.add), ("sub", .subtract), ("mul", .multiply), ("multiply", .multiply),
            ("div", .divide), ("divide", .divide), ("true_divide", .divide), ("subtract", .subtract), ("pow", .power),
        ] {
            // PyTorch names pow's argument `exponent`, the others `other`.
            let parameter = name == "pow" ? "exponent" : "other"
            let scales = op == .add || op == .subtract
            let divides = op == .divide
            table[name] = { t, args, interpreter in
                let extra = scales ? ["alpha"] : divides ? ["rounding_mode"] : []
                let reader = try ArgumentReader(name, args, [parameter] + extra)
                if divides, let mode = reader.value("rounding_mode") {
                    return try TensorOperators.divide(t, try reader.required(parameter), roundingMode: mode, interpreter)
                }
                if let alpha = reader.value("alpha") {
                    return try OptimBindings.addScaled(
                        t, try reader.required(parameter), alpha: alpha, subtract: op == .subtract, interpreter)
                }
                return try TensorOperators.binary(op, .tensor(t), try reader.required(parameter), interpreter)
            }
        }
        for extra in [
            core, linalgMethods, pointwiseMethods, shapeMethods, deviceMethods, OptimBindings.methods, rearrangeMethods,
            TensorCopy.methods, logicalMethods, selectionMethods,
        ] {
            table.merge(extra) { a, _ in a }
        }
        // `round` takes `decimals=`, so its binding replaces the plain unary one.
        table.merge(comparisonMethods) { _, b in b }
        return table
    }()

    nonisolated(unsafe) private static let core: [String: Method] = [
        "sum": { t, args, _ in
            let r = try ArgumentReader("sum", args, ["dim", "keepdim", "dtype"])
            let dtype = try r.dtype()
            guard let dims = try reducedDimensions(r.value("dim"), of: t) else { return .tensor(try t.sum(dtype: dtype)) }
            return .tensor(try t.sum(dims: dims, keepDim: r.bool("keepdim", default: false), dtype: dtype))
        },
        "mean": { t, args, _ in
            let r = try ArgumentReader("mean", args, ["dim", "keepdim", "dtype"])
            let dtype = try r.dtype()
            guard let dims = try reducedDimensions(r.value("dim"), of: t) else { return .tensor(try t.mean(dtype: dtype)) }
            return .tensor(try t.mean(dims: dims, keepDim: r.bool("keepdim", default: false), dtype: dtype))
        },
        "norm": { t, args, _ in try NormBinding.tensorNorm(t, args) },
        "backward": { t, args, _ in
            let r = try ArgumentReader("backward", args, ["gradient", "retain_graph", "create_graph", "inputs"])
            let retain: Bool? = if case .bool(let b)? = r.value("retain_graph") { b } else { nil }
            try t.backward(
                gradient: r.tensor("gradient"), retainGraph: retain, createGraph: r.bool("create_graph", default: false))
            return .noneValue
        },
        "retain_grad": { t, args, _ in
            _ = try ArgumentReader("retain_grad", args, [])
            try t.retainGrad()
            return .noneValue
        },
        "item": { t, args, interpreter in
            _ = try ArgumentReader("item", args, [])
            return interpreter.scalarValue(try t.item())
        },
        "tolist": { t, args, interpreter in
            _ = try ArgumentReader("tolist", args, [])
            return try Library.nestedList(t, interpreter)
        },
        "requires_grad_": { t, args, _ in
            let r = try ArgumentReader("requires_grad_", args, ["requires_grad"])
            try t.setRequiresGrad(r.bool("requires_grad", default: true))
            return .tensor(t)
        },
        "register_hook": { t, args, interpreter in
            let r = try ArgumentReader("register_hook", args, ["hook"])
            let hook = try r.required("hook")
            let registration = try t.registerHook { grad in
                let result = try interpreter.call(hook, Arguments([.tensor(grad)]))
                if case .tensor(let replaced) = result { return replaced }
                return nil
            }
            return .object(RemovableHandle(dicts: [], registrations: [registration]))
        },
        "uniform_": { t, args, _ in
            let r = try ArgumentReader("uniform_", args, ["from", "to"])
            try t.uniformFill(from: r.double("from") ?? 0, to: r.double("to") ?? 1)
            return .tensor(t)
        },
        "normal_": { t, args, _ in
            let r = try ArgumentReader("normal_", args, ["mean", "std"])
            try t.normalFill(mean: r.double("mean") ?? 0, std: r.double("std") ?? 1)
            return .tensor(t)
        },
    ]

    /// `dim=` of `sum`, `mean`, `amax`, `std`, …: an empty list reduces every dimension, as in PyTorch.
    static func reducedDimensions(_ v: Value?, of t: Tensor) throws -> [Int]? {
        guard let dims = try dimensions(v) else { return nil }
        return dims.isEmpty ? Array(0..<t.dim) : dims
    }

    /// `dim=` as one int, a tuple/list of ints, or `None`.
    static func dimensions(_ v: Value?) throws -> [Int]? {
        guard let v else { return nil }
        switch v {
        case .noneValue: return nil
        case .int(let i): return [i]
        case .bigInt: throw TorchArgumentMessages.overflowUnpackingLongLong()
        case .tuple(let items): return try items.map { try Library.torchInteger($0, function: "sum", argument: "dim") }
        case .list(let l): return try l.items.map { try Library.torchInteger($0, function: "sum", argument: "dim") }
        default: throw PythonError(.typeError, "dim must be an int or a tuple of ints, not \(v.typeName)")
        }
    }
}
