import Autograd

/// `train`/`eval`, `zero_grad`, `requires_grad_`, `apply`, `_apply` and the conversions built on it
/// (`to`, `double`, `float`, `half`, `cpu`), and the repr with `extra_repr`.
extension NNModuleType {
    nonisolated(unsafe) static let modeMethods: [String: Method] = [
        "train": { receiver, args, interpreter in
            let r = try ArgumentReader("train", args, ["mode"])
            guard let modeValue = r.value("mode") else { return try train(receiver, true, interpreter) }
            guard case .bool(let mode) = modeValue else {
                throw PythonError(.valueError, "training mode is expected to be boolean")
            }
            return try train(receiver, mode, interpreter)
        },
        "eval": { receiver, args, interpreter in
            _ = try ArgumentReader("eval", args, [])
            return try train(receiver, false, interpreter)
        },
        "zero_grad": { receiver, args, _ in
            let setToNone = try ArgumentReader("zero_grad", args, ["set_to_none"]).bool("set_to_none", default: true)
            for (_, p) in try namedTensors(receiver, "_parameters") { try zeroGrad(p, setToNone: setToNone) }
            return .noneValue
        },
        "requires_grad_": { receiver, args, _ in
            let flag = try ArgumentReader("requires_grad_", args, ["requires_grad"]).bool("requires_grad", default: true)
            for (_, p) in try namedTensors(receiver, "_parameters") { try p.setRequiresGrad(flag, site: .method) }
            return receiver
        },
        "apply": { receiver, args, interpreter in
            let fn = try ArgumentReader("apply", args, ["fn"]).required("fn")
            // Children first, then the module itself, as `Module.apply` recurses.
            for module in try postOrder(receiver) {
                _ = try interpreter.call(fn, Arguments([module]))
            }
            return receiver
        },
        "_apply": { receiver, args, interpreter in
            let fn = try ArgumentReader("_apply", args, ["fn", "recurse"]).required("fn")
            return try applyToTensors(receiver, interpreter) { t in
                guard case .tensor(let out) = try interpreter.call(fn, Arguments([.tensor(t)])) else {
                    throw PythonError(.typeError, "_apply(): fn must return a Tensor")
                }
                return out
            }
        },
        "to": { receiver, args, interpreter in try to(receiver, args, interpreter) },
        "double": { receiver, args, interpreter in try cast(receiver, args, .float64, "double", interpreter) },
        "float": { receiver, args, interpreter in try cast(receiver, args, .float32, "float", interpreter) },
        "half": { _, _, _ in throw PythonError(.notImplementedError, "Module.half(): Wick has no torch.float16 tensors") },
        "bfloat16": { _, _, _ in
            throw PythonError(.notImplementedError, "Module.bfloat16(): Wick has no torch.bfloat16 tensors")
        },
        "cpu": { receiver, args, _ in
            _ = try ArgumentReader("cpu", args, [])
            return receiver
        },
        "cuda": { receiver, args, interpreter in
            _ = try ArgumentReader("cuda", args, ["device"])
            return try to(receiver, Arguments([.string("cuda")]), interpreter)
        },
        "share_memory": { receiver, _, _ in receiver },
        "extra_repr": { _, _, _ in .string("") },
        "_get_name": { receiver, _, _ in .string(try instance(receiver, "_get_name").cls.name) },
        "__repr__": { receiver, _, interpreter in .string(try repr(receiver, interpreter)) },
    ]

    private static func train(_ receiver: Value, _ mode: Bool, _ interpreter: Interpreter) throws -> Value {
        let o = try instance(receiver, "train")
        try interpreter.setAttribute(receiver, "training", .bool(mode))
        for (_, child) in try namedChildren(.object(o)) {
            _ = try interpreter.call(try interpreter.getAttribute(child, "train"), Arguments([.bool(mode)]))
        }
        return receiver
    }

    /// Every module under `root`, each after its children (in `children()` order), as `apply` and `_apply`
    /// recurse; with an explicit stack, and CPython's `RecursionError` for a module that contains itself.
    static func postOrder(_ root: Value) throws -> [Value] {
        var out: [Value] = []
        var stack: [(module: Value, expanded: Bool, depth: Int)] = [(root, false, 0)]
        while let (module, expanded, depth) = stack.popLast() {
            if expanded {
                out.append(module)
                continue
            }
            guard depth < 1000 else { throw PythonError(.recursionError, "maximum recursion depth exceeded") }
            stack.append((module, true, depth))
            for (_, child) in try namedChildren(module).reversed() { stack.append((child, false, depth + 1)) }
        }
        return out
    }

    /// `Module.zero_grad`'s rule for one parameter (set to None, or detach and zero in place).
    static func zeroGrad(_ p: Tensor, setToNone: Bool) throws {
        guard let grad = p.grad else { return }
        if setToNone { return try p.setGrad(nil) }
        if grad.gradFn != nil { try grad.detachInPlace() } else { try grad.setRequiresGrad(false) }
        try grad.zeroInPlace()
    }

    /// `_apply(fn)`: children first; each parameter keeps its identity and takes `fn`'s result as its
    /// `.data` (and its gradient likewise); buffers are replaced.
    static func applyToTensors(
        _ receiver: Value, _ interpreter: Interpreter, _ fn: (Tensor) throws -> Tensor
    ) throws -> Value {
        for module in try postOrder(receiver) {
            guard case .object(let o as InstanceObject) = module else { continue }
            for (_, value) in entries(o, "_parameters") {
                guard case .tensor(let p) = value else { continue }
                let applied = try GradMode.with(false) { try fn(p) }
                p.setData(applied)
                if let grad = p.grad { grad.setData(try GradMode.with(false) { try fn(grad) }) }
            }
            guard let buffers = stateDict(o, "_buffers") else { continue }
            for (name, value) in entries(o, "_buffers") {
                guard case .tensor(let b) = value else { continue }
                try buffers.set(.string(name), .tensor(try fn(b)))
            }
        }
        return receiver
    }

    private static func cast(
        _ receiver: Value, _ args: Arguments, _ dtype: DType, _ method: String, _ interpreter: Interpreter
    ) throws -> Value {
        _ = try ArgumentReader(method, args, [])
        return try applyToTensors(receiver, interpreter) { t in t.dtype.isFloatingPoint ? try t.to(dtype) : t }
    }

    /// `Module.to(device)`, `to(dtype)`, `to(device, dtype)`, `to(tensor)`: floating tensors take the dtype;
    /// the device goes through each tensor's own `.to` (so an unavailable device raises its error).
    private static func to(_ receiver: Value, _ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        var dtype: DType?
        var device: Value?
        for value in args.positional + args.keywords.map(\.value) {
            switch value {
            case .object(let d as DTypeObject): dtype = d.dtype
            case .tensor(let t): dtype = t.dtype
            case .bool, .noneValue: continue
            default: device = value
            }
        }
        if let dtype, !dtype.isFloatingPoint {
            throw PythonError(
                .typeError,
                "nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=torch.\(dtype.name)")
        }
        return try applyToTensors(receiver, interpreter) { t in
            var out = t
            if let device,
                case .tensor(let moved) = try interpreter.call(
                    try interpreter.getAttribute(.tensor(t), "to"), Arguments([device]))
            {
                out = moved
            }
            if let dtype, out.dtype.isFloatingPoint { out = try out.to(dtype) }
            return out
        }
    }

    /// `Module.__repr__`: `extra_repr()` lines, then each child as `(name): repr` indented by two.
    static func repr(_ receiver: Value, _ interpreter: Interpreter) throws -> String {
        let o = try instance(receiver, "__repr__")
        let extra = try interpreter.str(
            try interpreter.call(try interpreter.getAttribute(receiver, "extra_repr"), Arguments()))
        let extraLines = extra.isEmpty ? [] : extra.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var childLines: [String] = []
        for (key, module) in entries(o, "_modules") {
            let text = try interpreter.repr(module)
            childLines.append("(\(key)): " + indented(text, by: 2))
        }
        let lines = extraLines + childLines
        let name = try interpreter.str(try interpreter.call(try interpreter.getAttribute(receiver, "_get_name"), Arguments()))
        if lines.isEmpty { return name + "()" }
        if extraLines.count == 1 && childLines.isEmpty { return name + "(" + extraLines[0] + ")" }
        return name + "(\n  " + lines.joined(separator: "\n  ") + "\n)"
    }

    /// `_addindent`: every line but the first moved right.
    static func indented(_ text: String, by spaces: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1 else { return text }
        let pad = String(repeating: " ", count: spaces)
        return String(lines[0]) + "\n" + lines.dropFirst().map { pad + $0 }.joined(separator: "\n")
    }
}
