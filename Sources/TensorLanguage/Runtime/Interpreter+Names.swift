import Autograd

extension Interpreter {
    /// Where `name` lives as seen from `frame`: a local slot `depth` frames out, or nowhere local.
    @inline(__always)
    private func localSlot(of name: Name, from scope: Scope, in frame: Frame) -> (depth: Int, slot: Int) {
        if name.cachedScopeID == scope.id { return (name.cachedDepth, name.cachedSlot) }
        var depth = 0
        var slot = -1
        var current: Frame? = frame
        while let f = current, let s = f.scope {
            if let found = s.slot(of: name.text) {
                slot = found
                break
            }
            if s.declaredGlobal.contains(name.text) { break }
            current = f.enclosing
            depth += 1
        }
        if slot < 0 { depth = 0 }
        name.cachedScopeID = scope.id
        name.cachedDepth = depth
        name.cachedSlot = slot
        return (depth, slot)
    }

    /// The global cell of `name` in `frame`'s module and the builtin one behind it.
    @inline(__always)
    private func cells(of name: Name, in frame: Frame) -> (global: Cell, builtin: Cell) {
        if name.cachedNamespaceID == frame.globals.id, let global = name.globalCell, let builtin = name.builtinCell {
            return (global, builtin)
        }
        let global = frame.globals.cell(name.text)
        let builtin = builtins.cell(name.text)
        name.cachedNamespaceID = frame.globals.id
        name.globalCell = global
        name.builtinCell = builtin
        return (global, builtin)
    }

    func lookup(_ name: Name, in frame: Frame) throws -> Value {
        if let scope = frame.scope {
            let (depth, slot) = localSlot(of: name, from: scope, in: frame)
            if slot >= 0 {
                var owner = frame
                for _ in 0..<depth { owner = owner.enclosing ?? owner }
                if let v = owner.load(slot) { return v }
                if depth == 0 {
                    throw PythonError(
                        .unboundLocalError,
                        "cannot access local variable '\(name.text)' where it is not associated with a value")
                }
                throw freeVariableError(name.text)
            }
            var current: Frame? = frame
            while let f = current {
                if !f.freeCells.isEmpty, let cell = f.freeCells[name.text] {
                    guard let v = cell.value else { throw freeVariableError(name.text) }
                    return v
                }
                current = f.enclosing
            }
        } else if let namespace = frame.classNamespace {
            if let v = try namespace.get(.string(name.text)) { return v }
            if let cell = frame.freeCells[name.text], let v = cell.value { return v }
        }
        let (global, builtin) = cells(of: name, in: frame)
        if let v = global.value { return v }
        if let v = builtin.value { return v }
        throw nameError(name.text, in: frame)
    }

    private func freeVariableError(_ name: String) -> PythonError {
        PythonError(
            .nameError,
            "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    /// CPython's `NameError`, with its "Did you mean" suggestion.
    func nameError(_ name: String, in frame: Frame) -> PythonError {
        var candidates = frame.globals.keys + builtins.keys
        candidates += frame.visibleNonGlobals
        let error = PythonError(.nameError, "name '\(name)' is not defined")
        error.exception.suggestion = Suggestions.closest(to: name, among: candidates)
        return error
    }

    func assignName(_ name: Name, _ value: Value, in frame: Frame) throws {
        if let scope = frame.scope {
            let (depth, slot) = localSlot(of: name, from: scope, in: frame)
            if slot >= 0 && depth == 0 {
                frame.store(slot, value)
                return
            }
            if !frame.freeCells.isEmpty, let cell = frame.freeCells[name.text] {
                cell.value = value
                return
            }
        } else if let namespace = frame.classNamespace {
            try namespace.set(.string(name.text), value)
            return
        }
        cells(of: name, in: frame).global.value = value
    }

    /// Binds a name given as text (imports, `except … as name`, `def`): the slow path of `assignName`.
    func assignName(_ name: String, _ value: Value, in frame: Frame) throws {
        if let slot = frame.scope?.slot(of: name) {
            frame.store(slot, value)
        } else if let cell = frame.freeCells[name], frame.scope != nil {
            cell.value = value
        } else if let namespace = frame.classNamespace {
            try namespace.set(.string(name), value)
        } else {
            frame.globals[name] = value
        }
    }

    func deleteName(_ name: String, in frame: Frame) throws {
        if let slot = frame.scope?.slot(of: name) {
            guard frame.load(slot) != nil else {
                throw PythonError(
                    .unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
            }
            frame.store(slot, nil)
        } else if let namespace = frame.classNamespace {
            guard try namespace.remove(.string(name)) else { throw nameError(name, in: frame) }
        } else {
            guard frame.globals.removeValue(forKey: name) != nil else { throw nameError(name, in: frame) }
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
            if let star = targets.firstIndex(where: \.isStarred) {
                return try assignStarred(value, to: targets, star: star, in: frame)
            }
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
        case .name(let name): try deleteName(name.text, in: frame)
        case .subscript(let object, let index):
            try deleteItem(try evaluate(object, in: frame), try evaluateIndex(index, in: frame))
        case .attribute(let object, let name):
            try deleteAttribute(try evaluate(object, in: frame), name)
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
