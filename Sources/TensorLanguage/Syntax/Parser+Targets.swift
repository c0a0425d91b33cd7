/// Where an expression is used as a target, which decides the error wording.
enum TargetContext {
    case assignment
    case augmented
    case delete
    case loop
}

extension Expression {
    /// Whether this is `*x`.
    var isStarred: Bool {
        if case .starred = kind { return true }
        return false
    }

    /// A name, attribute or subscript: the targets augmented and annotated assignment accept.
    var isSingleTarget: Bool {
        switch kind {
        case .name, .attribute, .subscript:
            true
        case .integer, .float, .string, .formattedString, .bool, .none, .ellipsis, .list, .tuple,
            .dictionary, .set, .starred, .listComprehension, .setComprehension,
            .dictionaryComprehension, .generator, .unary, .binary, .booleanOperation,
            .comparison, .conditional, .lambda, .call, .slice, .yield, .yieldFrom, .namedExpression:
            false
        }
    }

    /// How CPython names this kind of expression in "cannot assign to ..." messages.
    var pythonDescription: String {
        switch kind {
        case .name: "name"
        case .attribute: "attribute"
        case .subscript: "subscript"
        case .starred: "starred"
        case .list: "list"
        case .tuple: "tuple"
        case .integer, .float, .string: "literal"
        case .formattedString: "f-string expression"
        case .bool(let value): value ? "True" : "False"
        case .none: "None"
        case .ellipsis: "ellipsis"
        case .dictionary: "dict literal"
        case .set: "set display"
        case .listComprehension: "list comprehension"
        case .setComprehension: "set comprehension"
        case .dictionaryComprehension: "dict comprehension"
        case .generator: "generator expression"
        case .unary, .binary, .booleanOperation, .slice: "expression"
        case .comparison: "comparison"
        case .conditional: "conditional expression"
        case .lambda: "lambda"
        case .yield, .yieldFrom: "yield expression"
        case .namedExpression: "named expression"
        case .call: "function call"
        }
    }

    /// The first sub-expression that cannot be a target, found without recursion.
    func firstInvalidTarget(allowingStarred: Bool) -> Expression? {
        var pending: [(Expression, Bool)] = [(self, allowingStarred)]
        while let (expression, starredAllowed) = pending.popLast() {
            switch expression.kind {
            case .name, .attribute, .subscript:
                continue
            case .tuple(let items), .list(let items):
                pending += items.reversed().map { ($0, true) }
            case .starred(let inner):
                if !starredAllowed { return expression }
                pending.append((inner, false))
            case .integer, .float, .string, .formattedString, .bool, .none, .ellipsis,
                .dictionary, .set, .listComprehension, .setComprehension,
                .dictionaryComprehension, .generator, .unary, .binary, .booleanOperation,
                .comparison, .conditional, .lambda, .call, .slice, .yield, .yieldFrom, .namedExpression:
                return expression
            }
        }
        return nil
    }
}

extension Parser {
    /// Fails with CPython's message if `target` cannot be assigned or deleted in `context`.
    func checkTarget(_ target: Expression, context: TargetContext) throws(ParseFailure) {
        switch context {
        case .augmented:
            guard target.isSingleTarget else {
                throw failure(
                    SyntaxMessages.cannotAssign(to: target.pythonDescription, augmented: true),
                    range: target.range)
            }
        case .delete:
            if let invalid = target.firstInvalidTarget(allowingStarred: false) {
                throw failure(
                    SyntaxMessages.cannotDelete(invalid.pythonDescription), range: invalid.range)
            }
        case .assignment, .loop:
            if case .starred = target.kind {
                throw failure(
                    "starred assignment target must be in a list or tuple", range: target.range)
            }
            if let invalid = target.firstInvalidTarget(allowingStarred: true) {
                throw failure(
                    SyntaxMessages.cannotAssign(to: invalid.pythonDescription), range: invalid.range
                )
            }
        }
    }

    /// Checks one target of `a = b = value` as soon as its `=` is seen, as CPython does,
    /// with the "Maybe you meant '=='" hint for a lone invalid target such as `f() = 1`.
    mutating func checkAssignmentTarget(_ target: Expression, isFirst: Bool) throws(ParseFailure) {
        guard target.firstInvalidTarget(allowingStarred: true) != nil || target.isStarred else {
            return
        }
        // The hint looks only at the expression right before the `=`: the whole
        // target, or the last item of an unparenthesised tuple.
        var hinted = target
        if case .tuple(let items) = target.kind, let first = items.first, let last = items.last,
            first.range.start == target.range.start
        {
            hinted = last
        }
        if isFirst, hinted.firstInvalidTarget(allowingStarred: true) != nil,
            !hinted.isExcludedFromEqualityHint, singleEqualityFollows()
        {
            throw failure(
                "cannot assign to \(hinted.pythonDescription) here. Maybe you meant '==' instead of '='?",
                range: hinted.range)
        }
        try checkTarget(target, context: .assignment)
    }

    /// Whether `= bitwise_or` follows with no further `=` or `:=`, looking ahead without consuming.
    private mutating func singleEqualityFollows() -> Bool {
        let saved = index
        defer { index = saved }
        advance()
        guard
            (try? withoutHints({ (parser: inout Parser) throws(ParseFailure) in
                try parser.bitwiseOr()
            })) != nil
        else { return false }
        return !current.kind.is(.equal) && !current.kind.is(.walrus)
    }
}

extension Expression {
    /// Displays and constants for which CPython gives the plain "cannot assign to" message.
    var isExcludedFromEqualityHint: Bool {
        switch kind {
        case .list, .tuple, .generator, .none, .bool:
            true
        case .name, .attribute, .subscript, .integer, .float, .string, .formattedString,
            .ellipsis, .dictionary, .set, .starred, .listComprehension, .setComprehension,
            .dictionaryComprehension, .unary, .binary, .booleanOperation, .comparison,
            .conditional, .lambda, .call, .slice, .yield, .yieldFrom, .namedExpression:
            false
        }
    }
}
