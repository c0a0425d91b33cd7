/// Set algebra in CPython's algorithms, so results come out in CPython's iteration order.
extension SetObject {
    /// `set(iterable)` / `frozenset(iterable)`.
    static func make(from value: Value?, frozen: Bool, _ interpreter: Interpreter) throws -> SetObject {
        guard let value else { return SetObject(frozen: frozen) }
        if case .object(let other as SetObject) = value { return other.copy(frozen: frozen) }
        let out = SetObject(frozen: frozen)
        try out.update(with: value, interpreter)
        return out
    }

    /// Adds every element of an iterable.
    /// `set_update_internal`: sets merge, dicts reserve room first, other iterables add one by one.
    func update(with value: Value, _ interpreter: Interpreter) throws {
        if case .object(let other as SetObject) = value { return merge(other) }
        if case .dict(let dict) = value {
            reserve(adding: dict.count)
            for key in dict.keys { try add(key, interpreter) }
            return
        }
        let iterator = try interpreter.makeIterator(value)
        var count = 0
        while let v = try iterator.next() {
            count &+= 1
            if count & 0xFFFF == 0 { try interpreter.pollInterrupt() }
            try add(v, interpreter)
        }
    }

    /// The argument as a set (itself when it is one).
    static func coerce(_ value: Value, _ interpreter: Interpreter) throws -> SetObject {
        if case .object(let set as SetObject) = value { return set }
        return try make(from: value, frozen: true, interpreter)
    }

    func union(_ other: SetObject, frozen: Bool) -> SetObject {
        let out = copy(frozen: frozen)
        out.merge(other)
        return out
    }

    /// `set_intersection`: walks the smaller set.
    func intersection(_ other: SetObject, frozen: Bool) -> SetObject {
        let (walked, probed) = other.length > length ? (self, other) : (other, self)
        let out = SetObject(frozen: frozen)
        for e in walked.entries where probed.contains(e) { out.add(e) }
        return out
    }

    /// `set_difference`.
    func difference(_ other: SetObject, frozen: Bool) -> SetObject {
        if length >> 2 > other.length {
            let out = copy(frozen: frozen)
            for e in other.entries { out.remove(e) }
            return out
        }
        let out = SetObject(frozen: frozen)
        for e in entries where !other.contains(e) { out.add(e) }
        return out
    }

    /// `set_symmetric_difference`: a copy of the other set, updated with this one.
    func symmetricDifference(_ other: SetObject, frozen: Bool) -> SetObject {
        let out = other.copy(frozen: frozen)
        out.symmetricUpdate(self)
        return out
    }

    func symmetricUpdate(_ other: SetObject) {
        for e in other.entries where !remove(e) { add(e) }
    }

    func isSubset(of other: SetObject) -> Bool {
        length <= other.length && entries.allSatisfy { other.contains($0) }
    }

    func sameElements(_ other: SetObject) -> Bool { length == other.length && isSubset(of: other) }
}

extension Interpreter {
    /// `|`, `&`, `-`, `^` on sets (the result has the left operand's type); nil when not sets.
    func setOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard case .object(let x as SetObject) = a, case .object(let y as SetObject) = b else { return nil }
        let frozen = x.isFrozen
        switch op {
        case .bitwiseOr: return .object(x.union(y, frozen: frozen))
        case .bitwiseAnd: return .object(x.intersection(y, frozen: frozen))
        case .subtract: return .object(x.difference(y, frozen: frozen))
        case .bitwiseXor: return .object(x.symmetricDifference(y, frozen: frozen))
        default: return nil
        }
    }

    /// `s |= t` and friends change a mutable set in place.
    func setInPlace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard case .object(let x as SetObject) = a, !x.isFrozen, case .object(let y as SetObject) = b else { return nil }
        switch op {
        case .bitwiseOr: x.merge(y)
        case .bitwiseAnd: x.replaceContents(with: x.intersection(y, frozen: false))
        case .subtract: for e in y.entries { x.remove(e) }
        case .bitwiseXor: x.symmetricUpdate(y)
        default: return nil
        }
        return a
    }

    /// Set comparisons: equality and the subset order; nil when not both sets.
    func setComparison(_ op: ComparisonOperator, _ a: Value, _ b: Value) -> Bool? {
        guard case .object(let x as SetObject) = a, case .object(let y as SetObject) = b else { return nil }
        switch op {
        case .equal: return x.sameElements(y)
        case .notEqual: return !x.sameElements(y)
        case .lessOrEqual: return x.isSubset(of: y)
        case .less: return x.length < y.length && x.isSubset(of: y)
        case .greaterOrEqual: return y.isSubset(of: x)
        case .greater: return y.length < x.length && y.isSubset(of: x)
        case .is, .isNot, .in, .notIn: return nil
        }
    }
}
