import Autograd

/// A `with` target: `torch.no_grad()`, `torch.enable_grad()`.
protocol ContextManager: AnyObject {
    func enter() throws -> Value
    func exit()
}

/// `torch.no_grad()` / `torch.enable_grad()`: sets grad mode for the block.
final class GradModeContext: PyObject, ContextManager {
    let enabled: Bool
    private var saved: [Bool] = []

    init(enabled: Bool) { self.enabled = enabled }

    override var isCallable: Bool { true }

    /// `@torch.no_grad()` on a function: the function runs with grad mode set, as in PyTorch.
    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        guard args.positional.count == 1, args.keywords.isEmpty, case .object(let f) = args.positional[0], f.isCallable else {
            throw PythonError(.typeError, "'\(typeName)' object is not callable")
        }
        return .object(GradModeContext.decorated(args.positional[0], enabled: enabled))
    }

    /// `function` wrapped to run under `enabled` grad mode.
    static func decorated(_ function: Value, enabled: Bool) -> PyObject {
        GradModeFunction(function: function, enabled: enabled)
    }

    override var typeName: String { enabled ? "enable_grad" : "no_grad" }
    override var qualifiedTypeName: String { "torch.autograd.grad_mode.\(typeName)" }

    func enter() throws -> Value {
        saved.append(GradMode.isEnabled)
        GradMode.isEnabled = enabled
        return .noneValue
    }

    func exit() {
        GradMode.isEnabled = saved.popLast() ?? true
    }
}

/// A function decorated with `@torch.no_grad()` / `@torch.enable_grad()`: it runs with grad mode set
/// and, like the function it wraps, binds as a method when it is a class attribute.
final class GradModeFunction: PyObject {
    let function: Value
    let enabled: Bool

    init(function: Value, enabled: Bool) {
        self.function = function
        self.enabled = enabled
    }

    override var isCallable: Bool { true }
    override var typeName: String { "function" }

    override func repr(interpreter: Interpreter) throws -> String { try interpreter.repr(function) }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        let saved = GradMode.isEnabled
        GradMode.isEnabled = enabled
        defer { GradMode.isEnabled = saved }
        return try interpreter.call(function, args)
    }
}
