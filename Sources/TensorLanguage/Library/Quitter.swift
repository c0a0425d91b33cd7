/// `exit` and `quit`, as CPython's `site` module adds them: calling one raises `SystemExit`.
final class Quitter: PyObject {
    let name: String

    init(_ name: String) {
        self.name = name
    }

    override var typeName: String { "Quitter" }
    override var isCallable: Bool { true }

    override func repr(interpreter: Interpreter) throws -> String {
        "Use \(name)() or Ctrl-D (i.e. EOF) to exit"
    }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        guard args.positional.count <= 1, args.keywords.isEmpty else {
            throw PythonError(
                .typeError, "\(name)() takes from 0 to 1 positional arguments but \(args.positional.count) were given")
        }
        throw PythonError(ExceptionObject(.systemExit, args: args.positional, interpreter: interpreter))
    }
}

/// The exit status a `SystemExit` asks for, as CPython computes it: `None` or no argument is 0,
/// an int is itself, anything else is printed to stderr and gives 1.
enum SystemExitStatus {
    static func status(of exception: ExceptionObject, interpreter: Interpreter) -> Int32 {
        switch exception.args.first {
        case nil, .noneValue?: return 0
        case .int(let code)?: return Int32(truncatingIfNeeded: code)
        case .bool(let flag)?: return flag ? 1 : 0
        case let other?:
            interpreter.writeError(((try? interpreter.str(other)) ?? "") + "\n")
            return 1
        }
    }
}
