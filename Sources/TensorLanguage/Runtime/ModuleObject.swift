import Autograd

/// A module object (`torch`, `math`, `torch.nn.functional`).
final class ModuleObject: PyObject {
    let name: String
    var members: [String: Value] = [:]

    init(_ name: String) { self.name = name }

    override var typeName: String { "module" }

    override func repr(interpreter: Interpreter) throws -> String {
        "<module '\(name)' (built-in)>"
    }

    override func attribute(_ attr: String, interpreter: Interpreter) throws -> Value? {
        guard let member = members[attr] else {
            return try SourceModules.submodule(of: self, attr, interpreter: interpreter)
        }
        if case .object(let function as BuiltinFunction) = member, function.qualifiedName == nil {
            function.qualifiedName = name + "." + function.name
        }
        return member
    }
}
