import Autograd

/// `out=` on the `torch.*` functions that take it in PyTorch: the result is written into `out`
/// (resized, with PyTorch's warning when it held elements) and `out` is returned.
enum OutArgument {
    /// The functions that accept `out=` in PyTorch and exist in Wick's `torch` module.
    static let functions = [
        "add", "sub", "subtract", "mul", "multiply", "div", "divide", "pow", "remainder", "floor_divide", "maximum", "minimum",
        "atan2", "matmul", "mm", "bmm", "mv", "dot", "outer", "sum", "mean", "prod", "std", "var", "amax", "amin", "logsumexp",
        "cumsum", "cumprod", "cat", "stack", "index_select", "gather", "exp", "log", "sin", "cos", "tan", "tanh", "sigmoid",
        "sqrt", "rsqrt", "abs", "neg", "reciprocal", "sign", "sgn", "log1p", "expm1", "log2", "log10", "erf", "erfc", "asin",
        "acos", "atan", "sinh", "cosh", "asinh", "acosh", "atanh", "floor", "ceil", "trunc", "frac", "round", "clamp", "clip",
        "clamp_min", "clamp_max", "eq", "ne", "lt", "le", "gt", "ge", "isclose", "tril", "triu", "diag", "zeros", "ones",
        "full", "empty", "arange", "linspace", "eye", "rand", "randn", "randint", "randperm",
    ]

    /// Wraps every listed member of `m` so that it takes `out=`.
    static func install(into m: ModuleObject) {
        for name in functions {
            guard case .object(let function as BuiltinFunction)? = m.members[name] else { continue }
            m.members[name] = .object(
                BuiltinFunction(name) { args, interpreter in try call(name, function, args, interpreter) })
        }
    }

    private static func call(_ name: String, _ function: BuiltinFunction, _ args: Arguments, _ interpreter: Interpreter) throws
        -> Value
    {
        guard let at = args.keywords.firstIndex(where: { $0.name == "out" }) else {
            return try function.call(args, interpreter: interpreter)
        }
        var rest = args
        let outValue = rest.keywords.remove(at: at).value
        if case .noneValue = outValue { return try function.call(rest, interpreter: interpreter) }
        guard case .tensor(let out) = outValue else {
            throw PythonError(.typeError, "\(name)(): argument 'out' must be Tensor, not \(outValue.typeName)")
        }
        if GradMode.isEnabled && (out.requiresGrad || requiresGrad(rest)) {
            throw PythonError(
                .runtimeError,
                "\(name)(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad."
            )
        }
        let isCreator = ["zeros", "ones", "full", "empty", "arange", "linspace", "eye", "rand", "randn"].contains(name)
        if isCreator && !rest.keywords.contains(where: { $0.name == "dtype" }) {
            rest.keywords.append((name: "dtype", value: .object(DTypeObject(out.dtype))))
        }
        guard case .tensor(let result) = try GradMode.with(false, { try function.call(rest, interpreter: interpreter) }) else {
            throw PythonError(.typeError, "\(name)(): out= needs a function that returns a tensor")
        }
        try write(result, into: out, interpreter)
        return .tensor(out)
    }

    /// Copies `result` into `out`: PyTorch's cast check, then a resize (warned about if `out` held elements).
    static func write(_ result: Tensor, into out: Tensor, _ interpreter: Interpreter) throws {
        guard canCast(result.dtype, to: out.dtype) else {
            throw PythonError(
                .runtimeError,
                "result type \(result.dtype.scalarTypeName) can't be cast to the desired output type \(out.dtype.scalarTypeName)")
        }
        try GradMode.with(false) {
            if out.shape == result.shape {
                try out.copyInPlace(from: result)
                return
            }
            if out.numel != 0 {
                interpreter.warn(category: "UserWarning", message: resizedWarning(out.shape, result.shape))
            }
            out.setData(try result.to(out.dtype).clone())
        }
    }

    /// PyTorch's `canCast`: never from floating to integral or bool, nor from integral to bool.
    static func canCast(_ from: DType, to: DType) -> Bool {
        func rank(_ d: DType) -> Int { d == .bool ? 0 : (d.isFloatingPoint ? 2 : 1) }
        return rank(from) <= rank(to)
    }

    static func resizedWarning(_ old: [Int], _ new: [Int]) -> String {
        func list(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ", ") + "]" }
        return
            "An output with one or more elements was resized since it had shape \(list(old)), which does not match the required output shape \(list(new)). This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0)."
    }

    private static func requiresGrad(_ args: Arguments) -> Bool {
        func check(_ v: Value) -> Bool {
            switch v {
            case .tensor(let t): t.requiresGrad
            case .list(let l): l.items.contains(where: check)
            case .tuple(let items): items.contains(where: check)
            default: false
            }
        }
        return args.positional.contains(where: check) || args.keywords.contains { check($0.value) }
    }
}
