import Autograd

extension Interpreter {
    func lookup(_ name: String, in frame: Frame) throws -> Value {
        if let locals = frame.locals, !frame.declaredGlobal.contains(name) {
            if let v = locals[name] { return v }
        }
        if let v = frame.globals.values[name] { return v }
        if let v = builtins[name] { return v }
        throw nameError(name, in: frame)
    }

    /// CPython's `NameError`, with its "Did you mean" suggestion.
    func nameError(_ name: String, in frame: Frame) -> PythonError {
        var candidates = Array(frame.globals.values.keys) + Array(builtins.keys)
        if let locals = frame.locals { candidates += locals.keys }
        var message = "name '\(name)' is not defined"
        if let suggestion = Suggestions.closest(to: name, among: candidates) {
            message += ". Did you mean: '\(suggestion)'?"
        }
        return PythonError(.nameError, message)
    }

    func assignName(_ name: String, _ value: Value, in frame: Frame) throws {
        if frame.locals != nil && !frame.declaredGlobal.contains(name) {
            frame.locals?[name] = value
        } else {
            frame.globals.values[name] = value
        }
    }

    func deleteName(_ name: String, in frame: Frame) throws {
        if frame.locals != nil && !frame.declaredGlobal.contains(name) {
            guard frame.locals?.removeValue(forKey: name) != nil else { throw nameError(name, in: frame) }
        } else {
            guard frame.globals.values.removeValue(forKey: name) != nil else { throw nameError(name, in: frame) }
        }
    }

    /// Binds `value` to an assignment target: a name, attribute, subscript, or tuple/list of targets.
    func assign(_ value: Value, to target: Expression, in frame: Frame) throws {
        switch target.kind {
        case .name(let name):
            try assignName(name, value, in: frame)
        case .attribute(let object, let name):
            try setAttribute(try evaluate(object, in: frame), name, value)
        case .subscript(let object, let index):
            try setItem(try evaluate(object, in: frame), try evaluateIndex(index, in: frame), value)
        case .tuple(let targets), .list(let targets):
            let items = try unpack(value, count: targets.count)
            for (item, t) in zip(items, targets) { try assign(item, to: t, in: frame) }
        default:
            throw PythonError(.syntaxError, "cannot assign to expression")
        }
    }

    private func unpack(_ value: Value, count: Int) throws -> [Value] {
        let iterator = try makeIterator(value)
        var items: [Value] = []
        while let item = try iterator.next() {
            items.append(item)
            if items.count > count {
                throw PythonError(.valueError, "too many values to unpack (expected \(count))")
            }
        }
        if items.count < count {
            throw PythonError(.valueError, "not enough values to unpack (expected \(count), got \(items.count))")
        }
        return items
    }

    func delete(_ target: Expression, in frame: Frame) throws {
        switch target.kind {
        case .name(let name): try deleteName(name, in: frame)
        case .subscript(let object, let index):
            try deleteItem(try evaluate(object, in: frame), try evaluateIndex(index, in: frame))
        case .attribute(let object, let name):
            try setAttribute(try evaluate(object, in: frame), name, .noneValue)
        case .tuple(let targets), .list(let targets):
            for t in targets { try delete(t, in: frame) }
        default:
            throw PythonError(.syntaxError, "cannot delete expression")
        }
    }

    /// `target op= value`: in place on tensors and lists, rebinding otherwise.
    func augmentedAssign(_ target: Expression, _ op: BinaryOperator, _ valueExpression: Expression, in frame: Frame) throws {
        switch target.kind {
        case .name(let name):
            let current = try lookup(name, in: frame)
            let value = try evaluate(valueExpression, in: frame)
            try assignName(name, try inPlaceOperation(op, current, value), in: frame)
        case .attribute(let objectExpression, let name):
            let object = try evaluate(objectExpression, in: frame)
            let current = try getAttribute(object, name)
            let value = try evaluate(valueExpression, in: frame)
            try setAttribute(object, name, try inPlaceOperation(op, current, value))
        case .subscript(let objectExpression, let indexExpression):
            let object = try evaluate(objectExpression, in: frame)
            let index = try evaluateIndex(indexExpression, in: frame)
            let current = try getItem(object, index)
            let value = try evaluate(valueExpression, in: frame)
            try setItem(object, index, try inPlaceOperation(op, current, value))
        default:
            throw PythonError(.syntaxError, "'\(target.kind)' is an illegal expression for augmented assignment")
        }
    }
}

/// CPython's "Did you mean" search: the closest name by a weighted Levenshtein distance.
enum Suggestions {
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.utf8)
        var best: String?
        var bestDistance = Int.max
        for candidate in Set(candidates) where candidate != name {
            let c = Array(candidate.utf8)
            let maxDistance = (target.count + c.count + 3) * 2 / 6
            let d = distance(target, c, limit: maxDistance)
            if d <= maxDistance && d < bestDistance {
                best = candidate
                bestDistance = d
            }
        }
        return best
    }

    /// Levenshtein with CPython's costs: 2 per edit, 1 for a case-only substitution.
    private static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if a.isEmpty { return b.count * 2 }
        if b.isEmpty { return a.count * 2 }
        if abs(a.count - b.count) * 2 > limit { return limit + 1 }
        var previous = Array(stride(from: 0, through: b.count * 2, by: 2))
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i * 2
            for j in 1...b.count {
                let substitution: Int
                if a[i - 1] == b[j - 1] {
                    substitution = 0
                } else if a[i - 1] | 0x20 == b[j - 1] | 0x20 && (a[i - 1] | 0x20) >= 97 && (a[i - 1] | 0x20) <= 122 {
                    substitution = 1
                } else {
                    substitution = 2
                }
                current[j] = min(previous[j] + 2, current[j - 1] + 2, previous[j - 1] + substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
