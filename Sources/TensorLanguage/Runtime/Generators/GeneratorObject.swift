/// A generator: from a generator function (a `Coroutine`) or a generator expression (a lazy
/// `ComprehensionIterator`, which needs no frame of its own to suspend).
final class GeneratorObject: PyObject {
    enum Source {
        case coroutine(Coroutine)
        case expression(ValueIterator)
    }

    /// `<genexpr>` or the function's name, as the repr shows it.
    let name: String
    private let source: Source
    private var finished = false

    init(name: String, source: Source) {
        self.name = name
        self.source = source
    }

    /// An unfinished generator is closed when dropped, as CPython does (its `finally` blocks run).
    deinit {
        if case .coroutine(let coroutine) = source, coroutine.state == .suspended {
            _ = try? close()
        }
    }

    override var typeName: String { "generator" }

    override func repr(interpreter: Interpreter) throws -> String {
        "<generator object \(name) at \(Address.of(self))>"
    }

    override func makeIterator(interpreter: Interpreter) throws -> ValueIterator { GeneratorIterator(self) }

    /// Resumes the generator; `.returned` once it is exhausted.
    func step(_ message: Coroutine.Resume) throws -> Coroutine.Outcome {
        if finished {
            if case .raise(let error) = message { throw error }
            return .returned(.noneValue)
        }
        switch source {
        case .coroutine(let coroutine):
            let outcome = try coroutine.resume(message)
            switch outcome {
            case .yielded: return outcome
            case .returned: finished = true
            case .failed(let error):
                finished = true
                throw Self.surfaced(error)
            }
            return outcome
        case .expression(let iterator):
            switch message {
            case .send(let value) where !value.isNone:
                throw PythonError(.typeError, "can't send non-None value to a just-started generator")
            case .send:
                if let value = try iterator.next() { return .yielded(value) }
            case .raise(let error):
                finished = true
                throw error
            case .close: break
            }
            finished = true
            return .returned(.noneValue)
        }
    }

    /// `next(g)` / `g.send(v)`: the next value, or `StopIteration` carrying the return value.
    func next(sending value: Value = .noneValue, interpreter: Interpreter) throws -> Value {
        try Self.value(of: try step(.send(value)), interpreter: interpreter)
    }

    private static func value(of outcome: Coroutine.Outcome, interpreter: Interpreter) throws -> Value {
        switch outcome {
        case .yielded(let v): return v
        case .returned(let v):
            let args: [Value] = if case .noneValue = v { [] } else { [v] }
            throw PythonError(ExceptionObject(.stopIteration, args: args, interpreter: interpreter))
        case .failed(let error): throw error
        }
    }

    /// `g.close()`: raises `GeneratorExit` at the paused `yield`.
    func close() throws {
        do {
            if case .yielded = try step(.close) {
                throw PythonError(.runtimeError, "generator ignored GeneratorExit")
            }
        } catch let error as PythonError where error.exception.exceptionClass === ExceptionClass.generatorExit {
            return
        }
    }

    /// A `StopIteration` escaping a generator body becomes `RuntimeError` (PEP 479).
    private static func surfaced(_ error: Error) -> Error {
        guard let python = error as? PythonError,
            python.exception.exceptionClass.isSubclass(of: .stopIteration)
        else { return error }
        var replaced = PythonError(.runtimeError, "generator raised StopIteration")
        replaced.frames = python.frames
        return replaced
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "__next__":
            return .object(BuiltinFunction("__next__") { _, i in try self.next(interpreter: i) })
        case "send":
            return .object(
                BuiltinFunction("send") { args, i in try self.next(sending: try Builtins.single(args, "send"), interpreter: i) })
        case "close":
            return .object(
                BuiltinFunction("close") { _, _ in
                    try self.close()
                    return .noneValue
                })
        case "throw":
            return .object(BuiltinFunction("throw") { args, i in try self.throwIn(args, interpreter: i) })
        case "__name__", "__qualname__":
            return .string(self.name)
        default:
            return nil
        }
    }

    private func throwIn(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        guard let first = args.positional.first, case .object(let object) = first else {
            throw PythonError(.typeError, "exceptions must be classes or instances deriving from BaseException, not NoneType")
        }
        let error: PythonError
        if let instance = object as? ExceptionObject {
            error = PythonError(instance)
        } else if let cls = object as? ExceptionClass {
            error = PythonError(ExceptionObject(cls, args: Array(args.positional.dropFirst()), interpreter: interpreter))
        } else {
            throw PythonError(
                .typeError, "exceptions must be classes or instances deriving from BaseException, not \(first.typeName)")
        }
        return try Self.value(of: try step(.raise(error)), interpreter: interpreter)
    }
}

/// Iterates a generator (for loops, `list(g)`, …): nil once it returns.
final class GeneratorIterator: ValueIterator {
    private let generator: GeneratorObject
    init(_ generator: GeneratorObject) { self.generator = generator }
    func next() throws -> Value? {
        if case .yielded(let v) = try generator.step(.send(.noneValue)) { return v }
        return nil
    }
}
