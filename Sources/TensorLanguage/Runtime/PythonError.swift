import Autograd

/// A Python exception class: a name and its base, forming CPython's built-in hierarchy.
final class ExceptionClass: PyObject, @unchecked Sendable {
    let name: String
    let base: ExceptionClass?

    init(_ name: String, base: ExceptionClass?) {
        self.name = name
        self.base = base
    }

    override var typeName: String { "type" }

    override func repr(interpreter: Interpreter) throws -> String { "<class '\(name)'>" }

    override var isCallable: Bool { true }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        .object(ExceptionObject(self, args: args.positional, interpreter: interpreter))
    }

    func isSubclass(of other: ExceptionClass) -> Bool {
        var current: ExceptionClass? = self
        while let c = current {
            if c === other { return true }
            current = c.base
        }
        return false
    }

    static let baseException = ExceptionClass("BaseException", base: nil)
    static let exception = ExceptionClass("Exception", base: baseException)
    static let keyboardInterrupt = ExceptionClass("KeyboardInterrupt", base: baseException)
    static let systemExit = ExceptionClass("SystemExit", base: baseException)
    static let arithmeticError = ExceptionClass("ArithmeticError", base: exception)
    static let zeroDivisionError = ExceptionClass("ZeroDivisionError", base: arithmeticError)
    static let overflowError = ExceptionClass("OverflowError", base: arithmeticError)
    static let lookupError = ExceptionClass("LookupError", base: exception)
    static let indexError = ExceptionClass("IndexError", base: lookupError)
    static let keyError = ExceptionClass("KeyError", base: lookupError)
    static let runtimeError = ExceptionClass("RuntimeError", base: exception)
    static let memoryError = ExceptionClass("MemoryError", base: exception)
    static let recursionError = ExceptionClass("RecursionError", base: runtimeError)
    static let notImplementedError = ExceptionClass("NotImplementedError", base: runtimeError)
    static let nameError = ExceptionClass("NameError", base: exception)
    static let unboundLocalError = ExceptionClass("UnboundLocalError", base: nameError)
    static let typeError = ExceptionClass("TypeError", base: exception)
    static let valueError = ExceptionClass("ValueError", base: exception)
    static let attributeError = ExceptionClass("AttributeError", base: exception)
    static let assertionError = ExceptionClass("AssertionError", base: exception)
    static let importError = ExceptionClass("ImportError", base: exception)
    static let moduleNotFoundError = ExceptionClass("ModuleNotFoundError", base: importError)
    static let stopIteration = ExceptionClass("StopIteration", base: exception)
    static let syntaxError = ExceptionClass("SyntaxError", base: exception)
    static let indentationError = ExceptionClass("IndentationError", base: syntaxError)
    static let osError = ExceptionClass("OSError", base: exception)
    static let connectionError = ExceptionClass("ConnectionError", base: osError)
    static let brokenPipeError = ExceptionClass("BrokenPipeError", base: connectionError)
    static let warning = ExceptionClass("Warning", base: exception)
    static let userWarning = ExceptionClass("UserWarning", base: warning)

    /// The classes bound as builtins.
    static let builtins: [ExceptionClass] = [
        baseException, exception, keyboardInterrupt, systemExit, arithmeticError, zeroDivisionError,
        overflowError, lookupError, indexError, keyError, runtimeError, recursionError,
        notImplementedError, memoryError, nameError, unboundLocalError, typeError, valueError, attributeError,
        assertionError, importError, moduleNotFoundError, stopIteration, syntaxError, indentationError,
        osError, connectionError, brokenPipeError, warning, userWarning,
    ]
}

/// A raised or constructed exception instance.
final class ExceptionObject: PyObject {
    let exceptionClass: ExceptionClass
    let args: [Value]
    let message: String

    init(_ cls: ExceptionClass, message: String) {
        self.exceptionClass = cls
        self.args = [.string(message)]
        self.message = message
    }

    init(_ cls: ExceptionClass, args: [Value], interpreter: Interpreter) {
        self.exceptionClass = cls
        self.args = args
        switch args.count {
        case 0: self.message = ""
        case 1: self.message = (try? interpreter.str(args[0])) ?? ""
        default: self.message = (try? interpreter.repr(.tuple(args))) ?? ""
        }
    }

    override var typeName: String { exceptionClass.name }

    override func str(interpreter: Interpreter) throws -> String {
        if exceptionClass === ExceptionClass.keyError, args.count == 1 { return try interpreter.repr(args[0]) }
        return message
    }

    override func repr(interpreter: Interpreter) throws -> String {
        "\(exceptionClass.name)(\(try args.map { try interpreter.repr($0) }.joined(separator: ", ")))"
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
        let text = (try? exception.str(interpreter: interpreter)) ?? exception.message
        return text.isEmpty ? exception.exceptionClass.name : "\(exception.exceptionClass.name): \(text)"
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
