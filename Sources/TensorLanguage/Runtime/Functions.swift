import Autograd

/// A function defined in Python (`def` or `lambda`).
final class FunctionObject: PyObject {
    enum Body {
        case statements([Statement])
        case expression(Expression)
    }

    /// `__name__` (`functools.wraps` may change it).
    var name: String
    /// `__qualname__`: `Foo.method`, `outer.<locals>.inner`.
    var qualifiedName: String {
        didSet { cachedLocalsPrefix = nil }
    }
    /// `qualifiedName + ".<locals>."`, made once rather than on every call.
    private var cachedLocalsPrefix: String?
    let parameters: Parameters
    let body: Body
    let defaults: [String: Value]
    let module: Module
    let globals: Namespace
    /// The variables of enclosing functions this one uses, shared with them (late binding).
    var freeCells: [String: Cell] = [:]
    /// `__class__` for zero-argument `super()` in a method.
    var classCell: Cell?
    /// `__dict__`: attributes set on the function (`f.calls = 0`, `__wrapped__`, `__doc__`).
    let attributes = DictBox()

    init(
        name: String, qualifiedName: String? = nil, parameters: Parameters, body: Body, defaults: [String: Value],
        module: Module, globals: Namespace
    ) {
        self.name = name
        self.qualifiedName = qualifiedName ?? name
        self.parameters = parameters
        self.body = body
        self.defaults = defaults
        self.module = module
        self.globals = globals
    }

    override var typeName: String { "function" }
    override var pythonType: PyType { .function }

    /// The start of `__qualname__` for what the body defines (`outer.<locals>.`).
    private var localsPrefix: String {
        if let cachedLocalsPrefix { return cachedLocalsPrefix }
        let made = qualifiedName + ".<locals>."
        cachedLocalsPrefix = made
        return made
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        try functionAttribute(name)
    }
    override var isCallable: Bool { true }

    override func repr(interpreter: Interpreter) throws -> String {
        "<function \(qualifiedName) at \(Address.of(self))>"
    }

    /// Lays out the locals once (the first definition or call does it).
    func analyseScope() {
        let scope = parameters.scope
        guard !scope.isAnalysed else { return }
        scope.analyse { builder in
            builder.bind(parameters)
            if case .statements(let statements) = body { builder.bind(body: statements) }
            for name in parameters.expressionTargets { builder.bind(name) }
        }
    }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        guard interpreter.frames.count < interpreter.recursionLimit else {
            throw PythonError(.recursionError, "maximum recursion depth exceeded")
        }
        try interpreter.pollInterrupt()
        analyseScope()
        let frame = Frame(
            function: name, module: module, globals: globals, scope: parameters.scope, freeCells: freeCells,
            classCell: classCell, qualifiedPrefix: localsPrefix)
        try bind(args, into: frame)
        if parameters.isGenerator { return interpreter.makeGenerator(self, frame: frame) }
        interpreter.frames.append(frame)
        defer { interpreter.frames.removeLast() }
        do {
            switch body {
            case .expression(let e):
                frame.currentLine = e.range.start.line
                return try interpreter.evaluate(e, in: frame)
            case .statements(let statements):
                if case .returnValue(let v) = try interpreter.execute(statements, in: frame) { return v }
                return .noneValue
            }
        } catch var error as PythonError {
            error.frames.insert(
                TracebackFrame(fileName: module.fileName, line: frame.currentLine, function: name, sourceLine: frame.sourceLine),
                at: 0)
            throw error
        } catch let error as TorchError {
            var wrapped = PythonError(error)
            wrapped.frames.insert(
                TracebackFrame(fileName: module.fileName, line: frame.currentLine, function: name, sourceLine: frame.sourceLine),
                at: 0)
            throw wrapped
        }
    }

    /// Python's argument binding, with CPython's messages.
    private func bind(_ args: Arguments, into frame: Frame) throws {
        let locals = Locals(frame: frame)
        let positional = parameters.positional
        if args.positional.count > positional.count && parameters.variadic == nil {
            let takes = positional.count
            let noun = takes == 1 ? "argument" : "arguments"
            let given = args.positional.count
            throw PythonError(
                .typeError,
                "\(qualifiedName)() takes \(takes) positional \(noun) but \(given) \(given == 1 ? "was" : "were") given")
        }
        // Positional parameters own the first slots, in order (see `Scope.analyse`).
        for (slot, v) in args.positional.prefix(positional.count).enumerated() { frame.store(slot, v) }
        if let variadic = parameters.variadic {
            locals[variadic.name] = .tuple(Array(args.positional.dropFirst(positional.count)))
        }
        let extra: DictBox? = parameters.keywordVariadic == nil ? nil : DictBox()
        for (key, value) in args.keywords {
            if let index = positional.firstIndex(where: { $0.name == key }), index >= parameters.positionalOnlyCount {
                if index < args.positional.count {
                    throw PythonError(.typeError, "\(qualifiedName)() got multiple values for argument '\(key)'")
                }
                locals[key] = value
            } else if parameters.keywordOnly.contains(where: { $0.name == key }) {
                locals[key] = value
            } else if let extra {
                try extra.set(.string(key), value)
            } else {
                throw PythonError(.typeError, "\(qualifiedName)() got an unexpected keyword argument '\(key)'")
            }
        }
        if let kw = parameters.keywordVariadic, let extra { locals[kw.name] = .dict(extra) }
        var missing: [String] = []
        for p in positional.dropFirst(args.positional.count) where !args.keywords.contains(where: { $0.name == p.name }) {
            if let d = defaults[p.name] { locals[p.name] = d } else { missing.append(p.name) }
        }
        if !missing.isEmpty {
            let list = Self.englishList(missing.map { "'\($0)'" })
            let noun = missing.count == 1 ? "argument" : "arguments"
            throw PythonError(.typeError, "\(qualifiedName)() missing \(missing.count) required positional \(noun): \(list)")
        }
        var missingKeywords: [String] = []
        for p in parameters.keywordOnly where !args.keywords.contains(where: { $0.name == p.name }) {
            if let d = defaults[p.name] { locals[p.name] = d } else { missingKeywords.append(p.name) }
        }
        if !missingKeywords.isEmpty {
            let noun = missingKeywords.count == 1 ? "argument" : "arguments"
            throw PythonError(
                .typeError,
                "\(qualifiedName)() missing \(missingKeywords.count) required keyword-only \(noun): \(Self.englishList(missingKeywords.map { "'\($0)'" }))"
            )
        }
    }

    static func englishList(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        case 2: "\(items[0]) and \(items[1])"
        default: items.dropLast().joined(separator: ", ") + ", and " + (items.last ?? "")
        }
    }
}

/// A function implemented in Swift.
final class BuiltinFunction: PyObject {
    let name: String
    /// The dotted name help and reprs use (`torch.ones`); set when the function joins a module.
    var qualifiedName: String?
    let body: (Arguments, Interpreter) throws -> Value

    init(_ name: String, _ body: @escaping (Arguments, Interpreter) throws -> Value) {
        self.name = name
        self.body = body
    }

    override var typeName: String { "builtin_function_or_method" }
    override var isCallable: Bool { true }

    override func repr(interpreter: Interpreter) throws -> String { "<built-in function \(name)>" }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        try body(args, interpreter)
    }
}

/// A method looked up on a value: `x.sum` before it is called.
final class BoundMethod: PyObject {
    let receiver: Value
    let name: String
    let body: (Value, Arguments, Interpreter) throws -> Value

    init(_ receiver: Value, _ name: String, _ body: @escaping (Value, Arguments, Interpreter) throws -> Value) {
        self.receiver = receiver
        self.name = name
        self.body = body
    }

    override var typeName: String { "builtin_function_or_method" }
    override var isCallable: Bool { true }

    override func repr(interpreter: Interpreter) throws -> String {
        "<built-in method \(name) of \(receiver.qualifiedTypeName) object at \(Address.of(self))>"
    }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        try body(receiver, args, interpreter)
    }
}

extension Interpreter {
    func makeLambda(_ parameters: Parameters, _ body: Expression, in frame: Frame) throws -> FunctionObject {
        try makeFunction(name: "<lambda>", parameters: parameters, body: .expression(body), in: frame)
    }

    /// A function defined in `frame`: defaults evaluated now, the variables it uses from the
    /// functions around it captured as shared cells.
    func makeFunction(name: String, parameters: Parameters, body: FunctionObject.Body, in frame: Frame) throws
        -> FunctionObject
    {
        var defaults: [String: Value] = [:]
        for p in parameters.positional + parameters.keywordOnly {
            if let d = p.defaultValue { defaults[p.name] = try evaluate(d, in: frame) }
        }
        let f = FunctionObject(
            name: name, qualifiedName: frame.qualifiedPrefix + name, parameters: parameters, body: body,
            defaults: defaults, module: frame.module, globals: frame.globals)
        f.analyseScope()
        let scope = parameters.scope
        f.freeCells = frame.captureCells(scope.mentionedNames, except: scope)
        for name in scope.declaredNonlocal where f.freeCells[name] == nil {
            throw PythonError(.syntaxError, "no binding for nonlocal '\(name)' found")
        }
        if frame.classNamespace != nil { f.classCell = frame.classCell }
        return f
    }
}

/// Writes parameters into a new frame's slots by name (every parameter has a slot).
private struct Locals {
    let frame: Frame

    subscript(name: String) -> Value? {
        get { frame.scope?.slot(of: name).flatMap { frame.load($0) } }
        nonmutating set {
            if let slot = frame.scope?.slot(of: name) { frame.store(slot, newValue) }
        }
    }
}

extension FunctionObject {
    func functionAttribute(_ attributeName: String) throws -> Value? {
        if let own = try attributes.get(.string(attributeName)) { return own }
        switch attributeName {
        case "__name__": return .string(name)
        case "__qualname__": return .string(qualifiedName)
        case "__module__": return globals["__name__"] ?? .string("__main__")
        case "__doc__": return .noneValue
        case "__dict__": return .dict(attributes)
        case "__defaults__":
            let values = parameters.positional.compactMap { defaults[$0.name] }
            return values.isEmpty ? .noneValue : .tuple(values)
        default: return nil
        }
    }

    /// `f.attr = value`: the names `__name__` and `__qualname__` rename the function.
    func setAttribute(_ attributeName: String, _ value: Value) throws {
        switch (attributeName, value) {
        case ("__name__", .string(let s)): name = s
        case ("__qualname__", .string(let s)): qualifiedName = s
        case ("__name__", _), ("__qualname__", _):
            throw PythonError(.typeError, "\(attributeName) must be set to a string object")
        default: try attributes.set(.string(attributeName), value)
        }
    }
}
