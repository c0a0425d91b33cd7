extension Interpreter {
    /// `{a, b, c}`. CPython compiles a display of three or more constants to a frozenset constant
    /// (which the compiler's constant merging rebuilds once from its own order) merged into a new
    /// set, and anything else to one add per item; the orders can differ.
    func evaluateSetDisplay(_ items: [Expression], in frame: Frame) throws -> Value {
        let set = SetObject(frozen: false)
        if items.count > 2 && items.allSatisfy(\.isFoldedConstant) {
            let constant = SetObject(frozen: true)
            for item in try evaluateItems(items, in: frame) { try constant.add(item, self) }
            let rebuilt = SetObject(frozen: true)
            for entry in constant.entries { rebuilt.add(entry) }
            set.merge(rebuilt)
            return .object(set)
        }
        for item in items {
            if case .starred(let inner) = item.kind {
                try set.update(with: try evaluate(inner, in: frame), self)
            } else {
                try set.add(try evaluate(item, in: frame), self)
            }
        }
        return .object(set)
    }
}

extension Expression {
    /// Whether CPython's AST optimiser turns this into a constant: literals, and operators and
    /// tuples over them.
    var isFoldedConstant: Bool {
        var pending = [self]
        while let e = pending.popLast() {
            switch e.kind {
            case .integer, .float, .string, .bool, .none, .ellipsis: continue
            case .unary(_, let operand): pending.append(operand)
            case .binary(_, let lhs, let rhs): pending += [lhs, rhs]
            case .tuple(let items): pending += items
            default: return false
            }
        }
        return true
    }
}
