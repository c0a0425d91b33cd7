import Autograd
import Synchronization

/// A shared, mutable mapping of names to values (a module's globals, the builtins).
///
/// Each name has a `Cell` that lives as long as the namespace, so a `Name` that found
/// its cell once reads and writes it directly from then on.
final class Namespace {
    private static let counter = Atomic<Int>(0)

    /// Unique for the process (never reused), so caches keyed by it cannot be fooled.
    let id = Namespace.counter.add(1, ordering: .relaxed).newValue
    private var cells: [String: Cell] = [:]

    /// The cell of `name`, made empty if the name was never bound.
    func cell(_ name: String) -> Cell {
        if let existing = cells[name] { return existing }
        let made = Cell()
        cells[name] = made
        return made
    }

    subscript(name: String) -> Value? {
        get { cells[name]?.value }
        set {
            if let existing = cells[name] {
                existing.value = newValue
            } else if let newValue {
                cells[name] = Cell(newValue)
            }
        }
    }

    /// The bound names, in no particular order.
    var keys: [String] { cells.compactMap { $0.value.value == nil ? nil : $0.key } }

    /// A snapshot of every bound name and its value.
    var values: [String: Value] {
        var out: [String: Value] = [:]
        for (name, cell) in cells { if let v = cell.value { out[name] = v } }
        return out
    }

    /// Unbinds every name.
    func removeAll() {
        for cell in cells.values { cell.value = nil }
    }

    /// Unbinds `name`, returning what it held.
    @discardableResult
    func removeValue(forKey name: String) -> Value? {
        guard let cell = cells[name], let old = cell.value else { return nil }
        cell.value = nil
        return old
    }
}

/// How a statement finished.
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returnValue(Value)
}

/// Walks the AST: executes statements and evaluates expressions.
final class Interpreter {
    let globals = Namespace()
    let builtins = Namespace()
    /// Python numbers wrapped as tensors, shared by the operations that meet them.
    let wrappedNumbers = WrappedNumberCache()
    /// Where output, results, errors and warnings go (the session's sink, or a recorder for a while).
    var sink: any SessionEventSink
    var frames: [Frame] = []
    var warningsShown: Set<String> = []
    /// The exceptions whose `except` blocks are running, innermost last (what a bare `raise` re-raises).
    var handledExceptions: [PythonError] = []
    /// Modules imported so far, by dotted name; each session builds its own.
    var modules: [String: ModuleObject] = [:]
    /// The globals of modules written in Python (`torch.nn`'s layers, `torch.optim`): their functions
    /// refer to them, so the session unbinds them when it ends (see `Session.deinit`).
    var moduleNamespaces: [Namespace] = []
    /// Containers being printed or compared right now (cycles, depth).
    let nesting = NestingGuard()
    let recursionLimit = 1000
    /// Polled between statements and loop iterations; set from a signal handler.
    var interruptRequested: () -> Bool = { false }
    /// How `input(prompt)` reads a line; nil reads standard input (see `Session.inputReader`).
    var inputReader: ((String) -> InputReply)?
    /// The most statements a session may execute (nil: no limit); fuzzing sets it to stop runaway loops.
    var stepLimit: Int?
    var stepsTaken = 0

    init(sink: any SessionEventSink) {
        self.sink = sink
        Library.installBuiltins(into: self)
    }

    var currentFrame: Frame? { frames.last }

    // MARK: Statements

    func execute(_ body: [Statement], in frame: Frame) throws -> Flow {
        for statement in body {
            let flow = try execute(statement, in: frame)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    func execute(_ statement: Statement, in frame: Frame) throws -> Flow {
        frame.currentLine = statement.range.start.line
        if interruptRequested() { throw PythonError(.keyboardInterrupt, "") }
        stepsTaken &+= 1
        if let stepLimit, stepsTaken > stepLimit {
            throw PythonError(.runtimeError, "Wick's step limit (\(stepLimit) statements) is exhausted")
        }
        do {
            return try executeKind(statement.kind, in: frame)
        } catch let error as TorchError {
            throw PythonError(error)
        }
    }

    private func executeKind(_ kind: StatementKind, in frame: Frame) throws -> Flow {
        switch kind {
        case .expression(let e):
            _ = try evaluate(e, in: frame)
        case .assignment(let targets, let value):
            let v = try evaluate(value, in: frame)
            for target in targets { try assign(v, to: target, in: frame) }
        case .augmentedAssignment(let target, let op, let value):
            try augmentedAssign(target, op, value, in: frame)
        case .annotatedAssignment(let target, _, let value):
            if let value { try assign(try evaluate(value, in: frame), to: target, in: frame) }
        case .ifStatement(let test, let body, let orElse):
            return try execute(try truthy(try evaluate(test, in: frame)) ? body : orElse, in: frame)
        case .whileStatement(let test, let body, let orElse):
            return try executeWhile(test, body, orElse, in: frame)
        case .forStatement(let target, let iterable, let body, let orElse):
            return try executeFor(target, iterable, body, orElse, in: frame)
        case .withStatement(let items, let body):
            return try executeWith(items, body, in: frame)
        case .tryStatement(let body, let handlers, let orElse, let finalBody):
            return try executeTry(body, handlers, orElse, finalBody, in: frame)
        case .functionDefinition(let definition):
            try defineFunction(definition, in: frame)
        case .classDefinition(let definition):
            try defineClass(definition, in: frame)
        case .returnStatement(let value):
            return .returnValue(try value.map { try evaluate($0, in: frame) } ?? .noneValue)
        case .breakStatement:
            return .breakLoop
        case .continueStatement:
            return .continueLoop
        case .pass:
            break
        case .delete(let targets):
            for target in targets { try delete(target, in: frame) }
        case .assert(let test, let message):
            if try !truthy(try evaluate(test, in: frame)) {
                let text = try message.map { try str(try evaluate($0, in: frame)) } ?? ""
                throw PythonError(.assertionError, text)
            }
        case .global:
            break  // `Scope.analyse` made these names global for the whole function
        case .nonlocal:
            break  // `Scope.analyse` kept these names out of the locals; they live in captured cells
        case .importModules(let aliases):
            try importModules(aliases, in: frame)
        case .importFrom(let module, let names, _):
            try importFrom(module ?? "", names, in: frame)
        case .raise(let exception, _):
            try raise(exception, in: frame)
        }
        return .normal
    }

    private func executeWhile(_ test: Expression, _ body: [Statement], _ orElse: [Statement], in frame: Frame) throws -> Flow {
        while try truthy(try evaluate(test, in: frame)) {
            switch try execute(body, in: frame) {
            case .breakLoop: return .normal
            case .returnValue(let v): return .returnValue(v)
            case .normal, .continueLoop: continue
            }
        }
        return try execute(orElse, in: frame)
    }

    private func executeFor(
        _ target: Expression, _ iterable: Expression, _ body: [Statement], _ orElse: [Statement], in frame: Frame
    ) throws -> Flow {
        let iterator = try makeIterator(try evaluate(iterable, in: frame))
        let line = frame.currentLine
        // An error raised by the iterator (a generator's body) is reported at the `for` line.
        while let item = try {
            frame.currentLine = line
            return try iterator.next()
        }() {
            try assign(item, to: target, in: frame)
            switch try execute(body, in: frame) {
            case .breakLoop: return .normal
            case .returnValue(let v): return .returnValue(v)
            case .normal, .continueLoop: continue
            }
        }
        return try execute(orElse, in: frame)
    }

    private func executeWith(_ items: [WithItem], _ body: [Statement], in frame: Frame) throws -> Flow {
        guard let first = items.first else { return try execute(body, in: frame) }
        let manager = try evaluate(first.context, in: frame)
        let rest = Array(items.dropFirst())
        guard case .object(let object) = manager, let context = object as? ContextManager else {
            return try withUserContext(manager) { entered in
                if let target = first.target { try assign(entered, to: target, in: frame) }
                return rest.isEmpty ? try execute(body, in: frame) : try executeWith(rest, body, in: frame)
            }
        }
        let entered = try context.enter()
        defer { context.exit() }
        if let target = first.target { try assign(entered, to: target, in: frame) }
        return rest.isEmpty ? try execute(body, in: frame) : try executeWith(rest, body, in: frame)
    }

    private func executeTry(
        _ body: [Statement], _ handlers: [ExceptHandler], _ orElse: [Statement], _ finalBody: [Statement],
        in frame: Frame
    ) throws -> Flow {
        let flow: Flow
        do {
            flow = try executeGuarded(body, handlers, orElse, in: frame)
        } catch {
            // A `return`/`break` in `finally` swallows the exception, as in CPython.
            let after = try execute(finalBody, in: frame)
            if case .normal = after { throw error }
            return after
        }
        let after = try execute(finalBody, in: frame)
        if case .normal = after { return flow }
        return after
    }

    private func executeGuarded(
        _ body: [Statement], _ handlers: [ExceptHandler], _ orElse: [Statement], in frame: Frame
    ) throws -> Flow {
        let flow: Flow
        do {
            flow = try execute(body, in: frame)
        } catch let error as PythonError {
            guard let handler = try matchingHandler(handlers, error, in: frame) else { throw error }
            if let name = handler.name { try assignName(name, .object(error.exception), in: frame) }
            handledExceptions.append(error)
            defer {
                handledExceptions.removeLast()
                if let name = handler.name { try? deleteName(name, in: frame) }
            }
            return try execute(handler.body, in: frame)
        }
        if case .normal = flow { return try execute(orElse, in: frame) }
        return flow
    }

    private func matchingHandler(_ handlers: [ExceptHandler], _ error: PythonError, in frame: Frame) throws -> ExceptHandler? {
        for handler in handlers {
            guard let typeExpression = handler.type else { return handler }
            let spec = try evaluate(typeExpression, in: frame)
            let classes: [Value] = if case .tuple(let items) = spec { items } else { [spec] }
            for value in classes {
                guard case .object(let o) = value, let cls = o as? PyType, cls.isExceptionClass else {
                    throw PythonError(.typeError, "catching classes that do not inherit from BaseException is not allowed")
                }
                if error.exception.exceptionClass.isSubclass(of: cls) { return handler }
            }
        }
        return nil
    }

    private func raise(_ exception: Expression?, in frame: Frame) throws {
        guard let exception else {
            guard let active = handledExceptions.last else {
                throw PythonError(.runtimeError, "No active exception to reraise")
            }
            throw active
        }
        let value = try evaluate(exception, in: frame)
        if case .object(let o) = value {
            if let instance = o as? ExceptionObject { throw PythonError(instance) }
            if let cls = o as? PyType, cls.isExceptionClass {
                guard case .object(let made as ExceptionObject) = try call(value, Arguments()) else {
                    throw PythonError(
                        .typeError, "calling \(cls.qualifiedName) should have returned an instance of BaseException")
                }
                throw PythonError(made)
            }
        }
        throw PythonError(.typeError, "exceptions must derive from BaseException")
    }

    private func defineFunction(_ definition: FunctionDefinition, in frame: Frame) throws {
        let decorators = try definition.decorators.map { try evaluate($0, in: frame) }
        let function = try makeFunction(
            name: definition.name, parameters: definition.parameters, body: .statements(definition.body), in: frame)
        if case .expression(let e) = definition.body.first?.kind, case .string(let doc) = e.kind {
            try function.attributes.set(.string("__doc__"), .string(doc))
        }
        try assignName(definition.name, try decorate(.object(function), with: decorators), in: frame)
    }

    /// Applies `@decorator` values, innermost (last written) first.
    func decorate(_ value: Value, with decorators: [Value]) throws -> Value {
        var result = value
        for decorator in decorators.reversed() { result = try call(decorator, Arguments([result])) }
        return result
    }
}
