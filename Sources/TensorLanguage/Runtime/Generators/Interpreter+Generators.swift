import Autograd

extension Interpreter {
    /// Calling a generator function: the frame is bound, and its body waits for the first `next`.
    func makeGenerator(_ function: FunctionObject, frame: Frame) -> Value {
        let coroutine = Coroutine(frame: frame, interpreter: self) { [unowned self] in
            try self.runGeneratorBody(function, frame)
        }
        frame.coroutine = coroutine
        return .object(GeneratorObject(name: function.name, source: .coroutine(coroutine)))
    }

    private func runGeneratorBody(_ function: FunctionObject, _ frame: Frame) throws -> Value {
        do {
            switch function.body {
            case .expression(let e):
                frame.currentLine = e.range.start.line
                return try evaluate(e, in: frame)
            case .statements(let statements):
                if case .returnValue(let v) = try execute(statements, in: frame) { return v }
                return .noneValue
            }
        } catch var error as PythonError {
            error.frames.insert(traceback(frame, function), at: 0)
            throw error
        } catch let error as TorchError {
            var wrapped = PythonError(error)
            wrapped.frames.insert(traceback(frame, function), at: 0)
            throw wrapped
        }
    }

    private func traceback(_ frame: Frame, _ function: FunctionObject) -> TracebackFrame {
        TracebackFrame(
            fileName: function.module.fileName, line: frame.currentLine, function: function.name,
            sourceLine: frame.sourceLine)
    }

    /// The coroutine whose body `frame` belongs to (a comprehension looks through to its function).
    private func coroutine(of frame: Frame) throws -> Coroutine {
        var current: Frame? = frame
        while let f = current {
            if let coroutine = f.coroutine { return coroutine }
            current = f.enclosing
        }
        throw PythonError(.syntaxError, "'yield' outside function")
    }

    /// `yield value`: hands the value out and evaluates to what `send` passes back in.
    func evaluateYield(_ value: Expression?, in frame: Frame) throws -> Value {
        let yielded = try value.map { try evaluate($0, in: frame) } ?? .noneValue
        return try coroutine(of: frame).suspend(yielding: yielded)
    }

    /// `yield from iterable`: yields each of its values; with a generator, forwards `send`,
    /// `throw` and `close`, and evaluates to the generator's return value.
    func evaluateYieldFrom(_ source: Expression, in frame: Frame) throws -> Value {
        let coroutine = try coroutine(of: frame)
        let iterable = try evaluate(source, in: frame)
        guard case .object(let inner as GeneratorObject) = iterable else {
            let iterator = try makeIterator(iterable)
            while let v = try iterator.next() { _ = try coroutine.suspend(yielding: v) }
            return .noneValue
        }
        var message = Coroutine.Resume.send(.noneValue)
        while true {
            switch try inner.step(message) {
            case .yielded(let v):
                do {
                    message = .send(try coroutine.suspend(yielding: v))
                } catch let error as PythonError {
                    if error.exception.exceptionClass === ExceptionClass.generatorExit {
                        try inner.close()
                        throw error
                    }
                    message = .raise(error)
                }
            case .returned(let v): return v
            case .failed(let error): throw error
            }
        }
    }

    /// `(element for x in xs if c)`: the first iterable now, everything else lazily.
    func makeGeneratorExpression(_ element: Expression, _ generators: [Comprehension], in frame: Frame) throws -> Value {
        let layout = generators[0].scope
        if !layout.isAnalysed {
            layout.analyse { builder in for clause in generators { builder.bind(target: clause.target) } }
        }
        let scope = Frame(
            function: "<genexpr>", module: frame.module, globals: frame.globals, scope: layout, enclosing: frame)
        scope.currentLine = frame.currentLine
        let first = try makeIterator(try evaluate(generators[0].iterable, in: frame))
        let iterator = ComprehensionIterator(
            element: element, generators: generators, scope: scope, first: first, interpreter: self)
        return .object(GeneratorObject(name: "<genexpr>", source: .expression(iterator)))
    }

    /// `name := value`: binds in the enclosing function (never in a comprehension's own scope).
    func evaluateNamedExpression(_ name: Name, _ value: Expression, in frame: Frame) throws -> Value {
        let v = try evaluate(value, in: frame)
        var owner = frame
        while let outer = owner.enclosing { owner = outer }
        if owner === frame {
            try assignName(name, v, in: frame)
        } else {
            try assignName(name.text, v, in: owner)
        }
        return v
    }
}

/// The clauses of a generator expression, advanced one value at a time.
final class ComprehensionIterator: ValueIterator {
    private let element: Expression
    private let generators: [Comprehension]
    private let scope: Frame
    private var iterators: [ValueIterator]
    private unowned let interpreter: Interpreter

    init(element: Expression, generators: [Comprehension], scope: Frame, first: ValueIterator, interpreter: Interpreter) {
        self.element = element
        self.generators = generators
        self.scope = scope
        self.iterators = [first]
        self.interpreter = interpreter
    }

    func next() throws -> Value? {
        outer: while let iterator = iterators.last {
            let level = iterators.count - 1
            guard let item = try iterator.next() else {
                iterators.removeLast()
                continue
            }
            try interpreter.pollInterrupt()
            let clause = generators[level]
            try interpreter.assign(item, to: clause.target, in: scope)
            for condition in clause.conditions where try !interpreter.truthy(try interpreter.evaluate(condition, in: scope)) {
                continue outer
            }
            if level + 1 == generators.count { return try interpreter.evaluate(element, in: scope) }
            iterators.append(try interpreter.makeIterator(try interpreter.evaluate(generators[level + 1].iterable, in: scope)))
        }
        return nil
    }
}
