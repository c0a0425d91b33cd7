import Autograd

extension Interpreter {
    func evaluate(_ expression: Expression, in frame: Frame) throws -> Value {
        switch expression.kind {
        case .name(let name): return try lookup(name, in: frame)
        case .integer(let literal): return try IntegerArithmetic.literal(literal)
        case .float(let v): return .float(v)
        case .string(let s): return .string(s)
        case .formattedString(let parts): return .string(try formatParts(parts, in: frame))
        case .bool(let b): return .bool(b)
        case .none: return .noneValue
        case .ellipsis: return .object(EllipsisObject.shared)
        case .list(let items): return .list(ListBox(try evaluateItems(items, in: frame)))
        case .tuple(let items): return .tuple(try evaluateItems(items, in: frame))
        case .set(let items): return try evaluateSetDisplay(items, in: frame)
        case .dictionary(let entries): return try evaluateDictionary(entries, in: frame)
        case .starred:
            throw PythonError(.syntaxError, "can't use starred expression here")
        case .listComprehension(let element, let generators):
            var out: [Value] = []
            try comprehend(generators, 0, in: frame) { try append(try evaluate(element, in: $0), to: &out) }
            return .list(ListBox(out))
        case .setComprehension(let element, let generators):
            let set = SetObject(frozen: false)
            try comprehend(generators, 0, in: frame) { try set.add(try evaluate(element, in: $0), self) }
            return .object(set)
        case .dictionaryComprehension(let key, let value, let generators):
            let dict = DictBox()
            try comprehend(generators, 0, in: frame) {
                try dict.set(try evaluate(key, in: $0), try evaluate(value, in: $0))
            }
            return .dict(dict)
        case .generator(let element, let generators):
            return try makeGeneratorExpression(element, generators, in: frame)
        case .unary(let op, let operand):
            return try unaryOperation(op, try evaluate(operand, in: frame))
        case .binary(let op, let lhs, let rhs):
            let a = try evaluate(lhs, in: frame)
            let b = try evaluate(rhs, in: frame)
            return try binaryOperation(op, a, b)
        case .booleanOperation(let op, let operands):
            return try evaluateBoolean(op, operands, in: frame)
        case .comparison(let first, let links):
            return try evaluateComparison(first, links, in: frame)
        case .conditional(let test, let body, let orElse):
            return try evaluate(try truthy(try evaluate(test, in: frame)) ? body : orElse, in: frame)
        case .lambda(let parameters, let body):
            return .object(try makeLambda(parameters, body, in: frame))
        case .yield(let value): return try evaluateYield(value, in: frame)
        case .yieldFrom(let source): return try evaluateYieldFrom(source, in: frame)
        case .namedExpression(let name, let value): return try evaluateNamedExpression(name, value, in: frame)
        case .call(let callee, let arguments):
            return try evaluateCall(callee, arguments, in: frame)
        case .attribute(let object, let name):
            return try getAttribute(try evaluate(object, in: frame), name)
        case .subscript(let object, let index):
            return try getItem(try evaluate(object, in: frame), try evaluateIndex(index, in: frame))
        case .slice:
            return try evaluateIndex(expression, in: frame)
        }
    }

    func evaluateItems(_ items: [Expression], in frame: Frame) throws -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for item in items {
            if case .starred(let inner) = item.kind {
                let iterator = try makeIterator(try evaluate(inner, in: frame))
                while let v = try iterator.next() { try append(v, to: &out) }
            } else {
                out.append(try evaluate(item, in: frame))
            }
        }
        return out
    }

    private func evaluateDictionary(_ entries: [DictionaryEntry], in frame: Frame) throws -> Value {
        let dict = DictBox()
        for entry in entries {
            switch entry {
            case .pair(let key, let value):
                try dict.set(try evaluate(key, in: frame), try evaluate(value, in: frame))
            case .unpack(let mapping):
                guard case .dict(let other) = try evaluate(mapping, in: frame) else {
                    throw PythonError(.typeError, "'\(mapping.kind)' object is not a mapping")
                }
                for (k, v) in zip(other.keys, other.values) { try dict.set(k, v) }
            }
        }
        return .dict(dict)
    }

    /// Evaluates a subscript, turning slices into `SliceObject`s.
    func evaluateIndex(_ expression: Expression, in frame: Frame) throws -> Value {
        switch expression.kind {
        case .slice(let lower, let upper, let step):
            return .object(
                SliceObject(
                    lower: try lower.map { try evaluate($0, in: frame) } ?? .noneValue,
                    upper: try upper.map { try evaluate($0, in: frame) } ?? .noneValue,
                    step: try step.map { try evaluate($0, in: frame) } ?? .noneValue))
        case .tuple(let items):
            return .tuple(try items.map { try evaluateIndex($0, in: frame) })
        default:
            return try evaluate(expression, in: frame)
        }
    }

    /// Runs `body` once per combination of the comprehension's clauses, in a scope of its own.
    private func comprehend(
        _ generators: [Comprehension], _ index: Int, in frame: Frame, _ body: (Frame) throws -> Void
    ) throws {
        let layout = generators[0].scope
        if !layout.isAnalysed {
            layout.analyse { builder in for clause in generators { builder.bind(target: clause.target) } }
        }
        let scope = Frame(
            function: "<listcomp>", module: frame.module, globals: frame.globals, scope: layout, enclosing: frame,
            qualifiedPrefix: frame.qualifiedPrefix + "<listcomp>.")
        scope.currentLine = frame.currentLine
        try comprehendLevel(generators, index, outer: frame, scope: scope, body)
    }

    private func comprehendLevel(
        _ generators: [Comprehension], _ index: Int, outer: Frame, scope: Frame, _ body: (Frame) throws -> Void
    ) throws {
        guard index < generators.count else { return try body(scope) }
        let clause = generators[index]
        let source = try evaluate(clause.iterable, in: index == 0 ? outer : scope)
        let iterator = try makeIterator(source)
        outer: while let item = try iterator.next() {
            try pollInterrupt()
            try assign(item, to: clause.target, in: scope)
            for condition in clause.conditions where try !truthy(try evaluate(condition, in: scope)) {
                continue outer
            }
            try comprehendLevel(generators, index + 1, outer: outer, scope: scope, body)
        }
    }

    private func evaluateBoolean(_ op: BooleanOperator, _ operands: [Expression], in frame: Frame) throws -> Value {
        var last: Value = .noneValue
        for operand in operands {
            last = try evaluate(operand, in: frame)
            let t = try truthy(last)
            if (op == .and && !t) || (op == .or && t) { return last }
        }
        return last
    }

    private func evaluateComparison(_ first: Expression, _ links: [ComparisonLink], in frame: Frame) throws -> Value {
        var left = try evaluate(first, in: frame)
        var result: Value = .bool(true)
        for (i, link) in links.enumerated() {
            let right = try evaluate(link.operand, in: frame)
            result = try compare(link.operator, left, right)
            if i < links.count - 1 {
                if try !truthy(result) { return result }
            }
            left = right
        }
        return result
    }

    private func evaluateCall(_ calleeExpression: Expression, _ arguments: [Argument], in frame: Frame) throws -> Value {
        if case .attribute(let objectExpression, let name) = calleeExpression.kind {
            let object = try evaluate(objectExpression, in: frame)
            // `t.method(...)`: call the tensor method directly instead of making a bound method first.
            if case .tensor(let t) = object, let method = TensorMethods.methods[name] {
                return try method(t, try evaluateArguments(arguments, in: frame), self)
            }
            if case .object(let o as InstanceObject) = object, let found = try plainMethod(o, name) {
                return try callUnbound(found, receiver: object, owner: o.cls, try evaluateArguments(arguments, in: frame))
            }
            let callee = try getAttribute(object, name)
            return try call(callee, try evaluateArguments(arguments, in: frame))
        }
        let callee = try evaluate(calleeExpression, in: frame)
        return try call(callee, try evaluateArguments(arguments, in: frame))
    }

    private func evaluateArguments(_ arguments: [Argument], in frame: Frame) throws -> Arguments {
        var args = Arguments()
        for argument in arguments {
            switch argument {
            case .positional(let e):
                args.positional.append(try evaluate(e, in: frame))
            case .keyword(let name, let e, _):
                args.keywords.append((name, try evaluate(e, in: frame)))
            case .unpackedSequence(let e):
                let iterator = try makeIterator(try evaluate(e, in: frame))
                while let v = try iterator.next() { try append(v, to: &args.positional) }
            case .unpackedMapping(let e):
                guard case .dict(let d) = try evaluate(e, in: frame) else {
                    throw PythonError(.typeError, "argument after ** must be a mapping")
                }
                for (k, v) in zip(d.keys, d.values) {
                    guard case .string(let name) = k else { throw PythonError(.typeError, "keywords must be strings") }
                    args.keywords.append((name, v))
                }
            }
        }
        return args
    }

    /// Calls any callable value.
    func call(_ callee: Value, _ args: Arguments) throws -> Value {
        guard case .object(let object) = callee else {
            throw PythonError(.typeError, "'\(callee.typeName)' object is not callable")
        }
        return try object.call(args, interpreter: self)
    }

    /// Python truthiness.
    func truthy(_ value: Value) throws -> Bool {
        switch value {
        case .noneValue: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .tuple(let items): return !items.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .dict(let d): return d.count > 0
        case .tensor(let t):
            guard t.numel == 1 else {
                if t.numel == 0 {
                    throw PythonError(.runtimeError, "Boolean value of Tensor with no values is ambiguous")
                }
                throw PythonError(.runtimeError, "Boolean value of Tensor with more than one value is ambiguous")
            }
            return t.element(at: 0).doubleValue != 0
        case .object(let o):
            if let sized = o as? SizedObject { return sized.length > 0 }
            if o.hasHeapType {
                if let truth = try userTruth(value) { return truth }
                if case .object(let instance as Instance) = value, let payload = instance.payload {
                    return try truthy(payload)
                }
            }
            return true
        }
    }
}
