import Autograd

/// A module object (`torch`, `math`, `torch.nn.functional`).
final class ModuleObject: PyObject {
    let name: String
    var members: [String: Value] = [:]

    /// Members made on first use (`torch.nn`'s Python layers, so `import torch` alone stays cheap):
    /// run once, before the first look-up that misses, `dir()`, `help()` or `from … import *`.
    var deferredMembers: ((Interpreter) throws -> Void)?
    private var isCompleting = false

    init(_ name: String) { self.name = name }

    /// Runs `deferredMembers` once it succeeds; a look-up made while they load (their own
    /// `from torch.nn import init`) sees the members made so far.
    func completeMembers(_ interpreter: Interpreter) throws {
        guard let fill = deferredMembers, !isCompleting else { return }
        isCompleting = true
        defer { isCompleting = false }
        try fill(interpreter)
        deferredMembers = nil
    }

    override var typeName: String { "module" }

    override func repr(interpreter: Interpreter) throws -> String {
        "<module '\(name)' (built-in)>"
    }

    override func attribute(_ attr: String, interpreter: Interpreter) throws -> Value? {
        if members[attr] == nil, deferredMembers != nil { try completeMembers(interpreter) }
        guard let member = members[attr] else {
            return try SourceModules.submodule(of: self, attr, interpreter: interpreter)
        }
        if case .object(let function as BuiltinFunction) = member, function.qualifiedName == nil {
            function.qualifiedName = name + "." + function.name
        }
        return member
    }
}
