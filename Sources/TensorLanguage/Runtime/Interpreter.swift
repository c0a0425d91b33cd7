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

/// One activation: the module body, a function call or a comprehension.
final class Frame {
    let function: String
    let module: Module
    let globals: Namespace
    /// The layout of the locals; `nil` in the module frame, where locals are the globals.
    let scope: Scope?
    /// Local values by slot (`nil`: not bound yet).
    var slots: [Value?]
    /// Free variables of a nested function or lambda: the enclosing locals when it was made.
    let closure: [String: Value]
    /// For a comprehension, the frame it runs in; its locals are read live.
    let enclosing: Frame?
    var currentLine = 0
    /// The generator whose body runs in this frame (weak: the coroutine holds the frame).
    weak var coroutine: Coroutine?

    init(
        function: String, module: Module, globals: Namespace, scope: Scope? = nil,
        closure: [String: Value] = [:], enclosing: Frame? = nil
    ) {
        self.function = function
        self.module = module
        self.globals = globals
        self.scope = scope
        self.slots = [Value?](repeating: nil, count: scope?.names.count ?? 0)
        self.closure = closure
        self.enclosing = enclosing
    }

    var sourceLine: String? { module.sourceLine(currentLine) }

    /// The locals bound in this frame and the scopes around it (innermost wins), as a
    /// nested function or lambda captures them; empty in the module frame.
    func capturedVariables() -> [String: Value] {
        var out: [String: Value] = [:]
        var frame: Frame? = self
        while let f = frame, let scope = f.scope {
            for (name, value) in f.closure where out[name] == nil { out[name] = value }
            for (slot, name) in scope.names.enumerated() where out[name] == nil {
                if let value = f.slots[slot] { out[name] = value }
            }
            frame = f.enclosing
        }
        return out
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
    /// Modules imported so far, by dotted name; each session builds its own.
    var modules: [String: ModuleObject] = [:]
    /// Containers being printed or compared right now (cycles, depth).
    let nesting = NestingGuard()
    let recursionLimit = 1000
    /// Polled between statements and loop iterations; set from a signal handler.
    var interruptRequested: () -> Bool = { false }
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
        case .classDefinition:
            throw PythonError(.notImplementedError, "class definitions are not supported by Wick")
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
            throw PythonError(.notImplementedError, "nonlocal is not supported by Wick")
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
        guard case .object(let object) = manager, let context = object as? ContextManager else {
            throw PythonError(.typeError, "'\(manager.typeName)' object does not support the context manager protocol")
        }
        let entered = try context.enter()
        defer { context.exit() }
        if let target = first.target { try assign(entered, to: target, in: frame) }
        let rest = Array(items.dropFirst())
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
            defer { if let name = handler.name { try? deleteName(name, in: frame) } }
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
                guard case .object(let o) = value, let cls = o as? ExceptionClass else {
                    throw PythonError(.typeError, "catching classes that do not inherit from BaseException is not allowed")
                }
                if error.exception.exceptionClass.isSubclass(of: cls) { return handler }
            }
        }
        return nil
    }

    private func raise(_ exception: Expression?, in frame: Frame) throws {
        guard let exception else {
            throw PythonError(.runtimeError, "No active exception to reraise")
        }
        let value = try evaluate(exception, in: frame)
        if case .object(let o) = value {
            if let instance = o as? ExceptionObject { throw PythonError(instance) }
            if let cls = o as? ExceptionClass { throw PythonError(ExceptionObject(cls, args: [], interpreter: self)) }
        }
        throw PythonError(.typeError, "exceptions must derive from BaseException")
    }

    private func defineFunction(_ definition: FunctionDefinition, in frame: Frame) throws {
        var defaults: [String: Value] = [:]
        for p in definition.parameters.positional + definition.parameters.keywordOnly {
            if let d = p.defaultValue { defaults[p.name] = try evaluate(d, in: frame) }
        }
        let function = FunctionObject(
            name: definition.name, parameters: definition.parameters, body: .statements(definition.body),
            defaults: defaults, module: frame.module, globals: frame.globals)
        function.closure = frame.capturedVariables()
        try assignName(definition.name, .object(function), in: frame)
    }
}
