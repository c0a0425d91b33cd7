import Autograd

/// A function defined in Python (`def` or `lambda`).
final class FunctionObject: PyObject {
    enum Body {
        case statements([Statement])
        case expression(Expression)
    }

    let name: String
    let parameters: Parameters
    let body: Body
    let defaults: [String: Value]
    let module: Module
    let globals: Namespace
    /// Locals of the enclosing function, captured by value for nested defs and lambdas.
    var closure: [String: Value] = [:]

    init(name: String, parameters: Parameters, body: Body, defaults: [String: Value], module: Module, globals: Namespace) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.defaults = defaults
        self.module = module
        self.globals = globals
    }

    override var typeName: String { "function" }
    override var isCallable: Bool { true }

    override func repr(interpreter: Interpreter) throws -> String {
        "<function \(name) at \(Address.of(self))>"
    }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        guard interpreter.frames.count < interpreter.recursionLimit else {
            throw PythonError(.recursionError, "maximum recursion depth exceeded")
        }
        try interpreter.pollInterrupt()
        let scope = parameters.scope
        if !scope.isAnalysed {
            scope.analyse { builder in
                builder.bind(parameters)
                if case .statements(let statements) = body { builder.bind(body: statements) }
                for name in parameters.expressionTargets { builder.bind(name) }
            }
        }
        let frame = Frame(function: name, module: module, globals: globals, scope: scope, closure: closure)
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
                .typeError, "\(name)() takes \(takes) positional \(noun) but \(given) \(given == 1 ? "was" : "were") given")
        }
        // Positional parameters own the first slots, in order (see `Scope.analyse`).
        for (slot, v) in args.positional.prefix(positional.count).enumerated() { frame.slots[slot] = v }
        if let variadic = parameters.variadic {
            locals[variadic.name] = .tuple(Array(args.positional.dropFirst(positional.count)))
        }
        let extra = DictBox()
        for (key, value) in args.keywords {
            if let index = positional.firstIndex(where: { $0.name == key }), index >= parameters.positionalOnlyCount {
                if index < args.positional.count {
                    throw PythonError(.typeError, "\(name)() got multiple values for argument '\(key)'")
                }
                locals[key] = value
            } else if parameters.keywordOnly.contains(where: { $0.name == key }) {
                locals[key] = value
            } else if parameters.keywordVariadic != nil {
                try extra.set(.string(key), value)
            } else {
                throw PythonError(.typeError, "\(name)() got an unexpected keyword argument '\(key)'")
            }
        }
        if let kw = parameters.keywordVariadic { locals[kw.name] = .dict(extra) }
        var missing: [String] = []
        for p in positional.dropFirst(args.positional.count) where !args.keywords.contains(where: { $0.name == p.name }) {
            if let d = defaults[p.name] { locals[p.name] = d } else { missing.append(p.name) }
        }
        if !missing.isEmpty {
            let list = Self.englishList(missing.map { "'\($0)'" })
            let noun = missing.count == 1 ? "argument" : "arguments"
            throw PythonError(.typeError, "\(name)() missing \(missing.count) required positional \(noun): \(list)")
        }
        var missingKeywords: [String] = []
        for p in parameters.keywordOnly where !args.keywords.contains(where: { $0.name == p.name }) {
            if let d = defaults[p.name] { locals[p.name] = d } else { missingKeywords.append(p.name) }
        }
        if !missingKeywords.isEmpty {
            let noun = missingKeywords.count == 1 ? "argument" : "arguments"
            throw PythonError(
                .typeError,
                "\(name)() missing \(missingKeywords.count) required keyword-only \(noun): \(Self.englishList(missingKeywords.map { "'\($0)'" }))"
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
        var defaults: [String: Value] = [:]
        for p in parameters.positional + parameters.keywordOnly {
            if let d = p.defaultValue { defaults[p.name] = try evaluate(d, in: frame) }
        }
        let f = FunctionObject(
            name: "<lambda>", parameters: parameters, body: .expression(body), defaults: defaults,
            module: frame.module, globals: frame.globals)
        f.closure = frame.capturedVariables()
        return f
    }
}

/// Writes parameters into a new frame's slots by name (every parameter has a slot).
private struct Locals {
    let frame: Frame

    subscript(name: String) -> Value? {
        get { frame.scope?.slot(of: name).flatMap { frame.slots[$0] } }
        nonmutating set {
            if let slot = frame.scope?.slot(of: name) { frame.slots[slot] = newValue }
        }
    }
}
