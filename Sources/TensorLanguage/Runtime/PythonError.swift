import Autograd

/// A raised or constructed exception instance (of a built-in class or a user subclass).
final class ExceptionObject: PyObject, InstanceObject, @unchecked Sendable {
    let exceptionClass: PyType
    /// `e.args`; `BaseException.__init__` sets it again when a subclass calls it.
    var args: [Value]
    private var cachedMessage: String?
    private var attributes: DictBox?
    /// The name CPython 3.11's traceback suggests for a `NameError` or `AttributeError`
    /// ("Did you mean: 'total'?"); shown in tracebacks, not part of `str(e)`.
    var suggestion: String?

    init(_ cls: PyType, message: String) {
        self.exceptionClass = cls
        self.args = [.string(message)]
        self.cachedMessage = message
    }

    init(_ cls: PyType, args: [Value], interpreter: Interpreter) {
        self.exceptionClass = cls
        self.args = args
    }

    var cls: PyType { exceptionClass }
    var instanceDict: DictBox {
        if let attributes { return attributes }
        let made = DictBox()
        attributes = made
        return made
    }

    override var typeName: String { exceptionClass.name }
    override var qualifiedTypeName: String { exceptionClass.displayName }
    override var pythonType: PyType { exceptionClass }
    override var hasHeapType: Bool { exceptionClass.isHeapType }

    /// `BaseException.__str__`: the one argument's str, the tuple's repr for several, empty for none.
    func message(interpreter: Interpreter) -> String {
        if let cachedMessage, args.count == 1 { return cachedMessage }
        switch args.count {
        case 0: return ""
        case 1: return (try? interpreter.str(args[0])) ?? ""
        default: return (try? interpreter.repr(.tuple(args))) ?? ""
        }
    }

    /// The message without an interpreter (engine errors and Wick's own raise with one string).
    var message: String {
        if let cachedMessage, args.count == 1 { return cachedMessage }
        if args.count == 1, case .string(let s) = args[0] { return s }
        return ""
    }

    func setArguments(_ newArgs: [Value]) {
        args = newArgs
        cachedMessage = nil
    }

    override func str(interpreter: Interpreter) throws -> String {
        if exceptionClass.isSubclass(of: .keyError), args.count == 1 { return try interpreter.repr(args[0]) }
        return message(interpreter: interpreter)
    }

    override func repr(interpreter: Interpreter) throws -> String {
        if args.count == 1 { return "\(exceptionClass.qualifiedName)(\(try interpreter.repr(args[0])))" }
        return "\(exceptionClass.qualifiedName)(\(try args.map { try interpreter.repr($0) }.joined(separator: ", ")))"
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        name == "args" ? .tuple(args) : nil
    }
}

/// One line of a traceback: where a frame was executing.
struct TracebackFrame {
    var fileName: String
    var line: Int
    var function: String
    var sourceLine: String?
}

/// A Python exception in flight, with the frames it passed through (innermost last).
struct PythonError: Error {
    var exception: ExceptionObject
    var frames: [TracebackFrame] = []

    init(_ exception: ExceptionObject) { self.exception = exception }

    init(_ cls: ExceptionClass, _ message: String) {
        self.exception = ExceptionObject(cls, message: message)
    }

    /// The final line CPython prints: `TypeError: message` (just the name when empty).
    func summary(interpreter: Interpreter) -> String {
        let text = (try? interpreter.str(.object(exception))) ?? exception.message
        let name = exception.exceptionClass.exceptionDisplayName
        let hint = exception.suggestion.map { ". Did you mean: '\($0)'?" } ?? ""
        return text.isEmpty ? name : "\(name): \(text)\(hint)"
    }

    /// Translates an engine error into the Python exception PyTorch raises.
    init(_ error: TorchError) {
        let cls: ExceptionClass =
            switch error.kind {
            case .runtimeError: .runtimeError
            case .indexError: .indexError
            case .typeError: .typeError
            case .valueError: .valueError
            case .notImplementedError: .notImplementedError
            case .keyboardInterrupt: .keyboardInterrupt
            }
        self.init(cls, error.message)
    }
}
