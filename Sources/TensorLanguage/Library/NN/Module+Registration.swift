import Autograd

/// `register_parameter`, `register_buffer` and `add_module`, with PyTorch's checks in its order.
extension NNModuleType {
    static func registerParameter(
        _ o: InstanceObject, _ receiver: Value, _ nameValue: Value, _ param: Value, _ interpreter: Interpreter
    ) throws {
        let (params, name) = try registrationTarget(o, receiver, nameValue, "_parameters", kind: "parameter", interpreter)
        switch param {
        case .noneValue:
            try params.set(.string(name), .noneValue)
        case .tensor(let t) where NNParameter.isParameter(param):
            guard t.gradFn == nil else {
                throw PythonError(
                    .valueError,
                    "Cannot assign non-leaf Tensor to parameter '\(name)'. Model parameters must be created explicitly. To express '\(name)' as a function of another Tensor, compute the value in the forward() method."
                )
            }
            try params.set(.string(name), param)
        default:
            throw PythonError(
                .typeError,
                "cannot assign '\(typename(param))' object to parameter '\(name)' (torch.nn.Parameter or None required)")
        }
    }

    static func registerBuffer(
        _ o: InstanceObject, _ receiver: Value, _ nameValue: Value, _ tensor: Value, _ persistent: Bool,
        _ interpreter: Interpreter
    ) throws {
        let (buffers, name) = try registrationTarget(o, receiver, nameValue, "_buffers", kind: "buffer", interpreter)
        switch tensor {
        case .noneValue, .tensor: break
        default:
            throw PythonError(
                .typeError,
                "cannot assign '\(typename(tensor))' object to buffer '\(name)' (torch Tensor or None required)")
        }
        try buffers.set(.string(name), tensor)
        guard case .object(let set as SetObject)? = try o.instanceDict.get(.string("_non_persistent_buffers_set")) else {
            return
        }
        if persistent {
            _ = set.remove(try set.entry(for: .string(name), interpreter))
        } else {
            try set.add(.string(name), interpreter)
        }
    }

    /// The module's `dictName` dict and the checked name, with `register_parameter`'s and `register_buffer`'s
    /// shared checks in PyTorch's order: `__init__` has run, the name is valid and not another attribute's.
    private static func registrationTarget(
        _ o: InstanceObject, _ receiver: Value, _ nameValue: Value, _ dictName: String, kind: String,
        _ interpreter: Interpreter
    ) throws -> (DictBox, String) {
        guard let dict = stateDict(o, dictName) else {
            throw PythonError(.attributeError, "cannot assign \(kind) before Module.__init__() call")
        }
        let name = try checkedName(nameValue, kind: kind)
        if try dict.get(.string(name)) == nil, try hasAttribute(receiver, name, interpreter) {
            throw PythonError(.keyError, "attribute '\(name)' already exists")
        }
        return (dict, name)
    }

    /// `add_module(name, module)` / `register_module(name, module)`.
    static func addModule(_ receiver: Value, _ args: Arguments, _ interpreter: Interpreter, _ method: String) throws -> Value {
        let o = try instance(receiver, method)
        let r = try ArgumentReader(method, args, ["name", "module"])
        let nameValue = try r.required("name")
        let module = try r.required("module")
        if !isModule(module), !module.isNone {
            throw PythonError(.typeError, "\(typename(module)) is not a Module subclass")
        }
        guard case .string(let name) = nameValue else {
            throw PythonError(.typeError, "module name should be a string. Got \(typename(nameValue))")
        }
        guard let modules = stateDict(o, "_modules") else {
            throw PythonError(.attributeError, "'\(o.cls.name)' object has no attribute '_modules'")
        }
        if try modules.get(.string(name)) == nil, try hasAttribute(receiver, name, interpreter) {
            throw PythonError(.keyError, "attribute '\(name)' already exists")
        }
        if name.contains(".") { throw PythonError(.keyError, "module name can't contain \".\", got: \(name)") }
        if name.isEmpty { throw PythonError(.keyError, "module name can't be empty string \"\"") }
        try modules.set(.string(name), module)
        return .noneValue
    }

    private static func checkedName(_ value: Value, kind: String) throws -> String {
        guard case .string(let name) = value else {
            throw PythonError(.typeError, "\(kind) name should be a string. Got \(typename(value))")
        }
        if name.contains(".") { throw PythonError(.keyError, "\(kind) name can't contain \".\"") }
        if name.isEmpty { throw PythonError(.keyError, "\(kind) name can't be empty string \"\"") }
        return name
    }

    /// `hasattr(module, name)`: only `AttributeError` means no.
    private static func hasAttribute(_ receiver: Value, _ name: String, _ interpreter: Interpreter) throws -> Bool {
        do {
            _ = try interpreter.getAttribute(receiver, name)
            return true
        } catch let error as PythonError where error.exception.exceptionClass.isSubclass(of: .attributeError) {
            return false
        }
    }
}
