/// The `sys` module: version, `argv`, `exit`, `stdout`/`stderr` writers, limits.
enum SysModule {
    static let version = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]"

    static func makeModule(interpreter: Interpreter) -> ModuleObject {
        let m = ModuleObject("sys")
        let script = interpreter.frames.first?.module.fileName ?? ""
        m.members["argv"] = .list(ListBox([.string(script)]))
        m.members["version"] = .string(version)
        m.members["version_info"] = .object(
            NamedTupleObject(
                name: "version_info", module: "sys", fields: ["major", "minor", "micro", "releaselevel", "serial"],
                values: [.int(3), .int(11), .int(7), .string("final"), .int(0)]))
        m.members["platform"] = .string("linux")
        m.members["maxsize"] = .int(Int.max)
        m.members["byteorder"] = .string("little")
        m.members["executable"] = .string("")
        m.members["exit"] = .object(
            BuiltinFunction("exit") { args, i in
                guard args.positional.count <= 1 else {
                    throw PythonError(.typeError, "exit expected at most 1 argument, got \(args.positional.count)")
                }
                throw PythonError(ExceptionObject(.systemExit, args: args.positional, interpreter: i))
            })
        m.members["getrecursionlimit"] = .object(BuiltinFunction("getrecursionlimit") { _, i in .int(i.recursionLimit) })
        m.members["setrecursionlimit"] = .object(
            BuiltinFunction("setrecursionlimit") { _, _ in
                throw PythonError(.notImplementedError, "Wick's recursion limit is fixed at 1000")
            })
        m.members["stdout"] = .object(StreamObject(name: "<stdout>", error: false))
        m.members["stderr"] = .object(StreamObject(name: "<stderr>", error: true))
        return m
    }
}

/// A struct sequence (`sys.version_info`): indexes and compares as a tuple.
protocol TupleLike {
    var tupleItems: [Value] { get }
}

/// `sys.stdout` / `sys.stderr`: `write` and `flush`.
final class StreamObject: PyObject {
    let name: String
    let error: Bool

    init(name: String, error: Bool) {
        self.name = name
        self.error = error
    }

    override var typeName: String { "_io.TextIOWrapper" }

    override func repr(interpreter: Interpreter) throws -> String {
        "<_io.TextIOWrapper name='\(name)' mode='w' encoding='utf-8'>"
    }

    override func attribute(_ attr: String, interpreter: Interpreter) throws -> Value? {
        switch attr {
        case "write":
            return .object(
                BuiltinFunction("write") { args, i in
                    let v = try Builtins.single(args, "write")
                    guard case .string(let s) = v else {
                        throw PythonError(.typeError, "write() argument must be str, not \(v.typeName)")
                    }
                    if self.error { i.writeError(s) } else { i.write(s) }
                    return .int(s.unicodeScalars.count)
                })
        case "flush":
            return .object(
                BuiltinFunction("flush") { _, i in
                    i.flush()
                    return .noneValue
                })
        default: return nil
        }
    }
}
