import Autograd

/// The classes of `torch.autograd.function`, laid out as PyTorch's are (without its private mixins).
/// The classes of `torch.autograd.function`, with PyTorch's method resolution order
/// (`MyFn`, `Function`, `_SingleLevelFunction`, `_C._FunctionBase`, `FunctionCtx`, `_HookMixin`,
/// `object`; the context `MyFnBackward`, `BackwardCFunction`, `_C._FunctionBase`, …).
extension PyType {
    static let hookMixin = PyType(builtin: "_HookMixin", module: AutogradFunction.module, base: .object, layout: .object)
    static let functionCtx = PyType(
        builtin: "FunctionCtx", module: AutogradFunction.module, base: .hookMixin, layout: .object)
    static let functionBase = PyType(builtin: "_FunctionBase", module: "torch._C", base: .functionCtx, layout: .object)
    static let backwardCFunction = PyType(
        builtin: "BackwardCFunction", module: AutogradFunction.module, base: .functionBase, layout: .object)
    static let singleLevelFunction = PyType(
        builtin: "_SingleLevelFunction", module: AutogradFunction.module, base: .functionBase, layout: .object)
    /// Made like a class written in Python, so its `__init__` and `__call__` apply to instances of subclasses.
    static let autogradFunction: PyType = {
        let function =
            (try? PyType.make(
                name: "Function", bases: [.singleLevelFunction], namespace: DictBox(), module: AutogradFunction.module))
            ?? PyType(builtin: "Function", module: AutogradFunction.module, base: .singleLevelFunction, layout: .object)
        AutogradFunction.defineMethods(on: function)
        return function
    }()
}

extension AutogradFunction {
    /// `apply`, the default `forward`/`backward`/`setup_context` that raise, and the
    /// instantiation warning and call error of a Function object.
    static func defineMethods(on function: PyType) {
        function.define(
            "apply",
            .object(
                ClassMethodObject(
                    .object(
                        BuiltinFunction("apply") { args, interpreter in
                            guard case .object(let cls as PyType)? = args.positional.first else {
                                throw PythonError(.typeError, "apply() needs a Function class")
                            }
                            var rest = args
                            rest.positional.removeFirst()
                            return try apply(cls, rest, interpreter)
                        }))))
        func raising(_ name: String, _ kind: ExceptionClass, _ message: String) {
            function.define(
                name,
                .object(StaticMethodObject(.object(BuiltinFunction(name) { _, _ in throw PythonError(kind, message) }))))
        }
        raising("forward", .notImplementedError, AutogradFunctionMessages.forwardNotImplemented)
        raising("backward", .notImplementedError, AutogradFunctionMessages.backwardNotImplemented)
        raising("vjp", .notImplementedError, AutogradFunctionMessages.backwardNotImplemented)
        raising("jvp", .notImplementedError, AutogradFunctionMessages.jvpNotImplemented)
        raising("setup_context", .notImplementedError, AutogradFunctionMessages.setupContextNotImplemented)
        function.define(
            "__init__",
            .object(
                BuiltinMethodDescriptor("__init__", of: "Function") { receiver, _, interpreter in
                    let cls = receiver.pythonType
                    interpreter.warn(
                        category: "DeprecationWarning",
                        message: AutogradFunctionMessages.instantiated(try interpreter.repr(.object(cls))))
                    return .noneValue
                }))
        function.define(
            "__call__",
            .object(
                BuiltinMethodDescriptor("__call__", of: "Function") { _, _, _ in
                    throw PythonError(.runtimeError, AutogradFunctionMessages.legacyCall)
                }))
    }

    /// `torch.autograd.function`: the module holding these classes.
    static func makeModule() -> ModuleObject {
        let m = ModuleObject(module)
        m.members["Function"] = .object(PyType.autogradFunction)
        m.members["FunctionCtx"] = .object(PyType.functionCtx)
        m.members["BackwardCFunction"] = .object(PyType.backwardCFunction)
        return m
    }
}

extension AutogradFunction {
    /// Adds `Function`, the `function` submodule, `gradcheck` and `gradgradcheck` to `torch.autograd`.
    static func install(into autograd: ModuleObject) {
        autograd.members["Function"] = .object(PyType.autogradFunction)
        autograd.members["function"] = .object(makeModule())
        autograd.members["gradcheck"] = .object(BuiltinFunction("gradcheck", Gradcheck.gradcheck))
        autograd.members["gradgradcheck"] = .object(BuiltinFunction("gradgradcheck", Gradcheck.gradgradcheck))
        autograd.members["functional"] = .object(FunctionalJacobian.makeModule())
    }
}
