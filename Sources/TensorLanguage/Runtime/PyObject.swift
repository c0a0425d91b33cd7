import Autograd

/// Base class of the less common Python objects (functions, modules, grad_fn nodes, …).
class PyObject {
    var typeName: String { "object" }
    var qualifiedTypeName: String { typeName }
    /// `type(self)`.
    var pythonType: PyType { PyType.named(qualifiedTypeName) }
    /// Whether the class was written in Python, so special methods must be looked up on it.
    var hasHeapType: Bool { false }

    /// `getattr(self, name)`, or nil when there is no such attribute.
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? { nil }

    /// `self(args)`; objects that are not callable throw.
    func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        throw PythonError(.typeError, "'\(typeName)' object is not callable")
    }

    /// `repr(self)`.
    func repr(interpreter: Interpreter) throws -> String {
        "<\(qualifiedTypeName) object at \(Address.of(self))>"
    }

    /// `str(self)`; defaults to the repr.
    func str(interpreter: Interpreter) throws -> String { try repr(interpreter: interpreter) }

    /// Iteration, for objects that are iterable.
    func makeIterator(interpreter: Interpreter) throws -> ValueIterator {
        throw PythonError(.typeError, "'\(typeName)' object is not iterable")
    }

    var isCallable: Bool { false }
}
