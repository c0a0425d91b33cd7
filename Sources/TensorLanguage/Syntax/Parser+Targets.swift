/// Where an expression is used as a target, which decides the error wording.
enum TargetContext {
    case assignment
    case augmented
    case delete
    case loop
}

extension Expression {
    /// A name, attribute or subscript: the targets augmented and annotated assignment accept.
    var isSingleTarget: Bool {
        switch kind {
        case .name, .attribute, .subscript:
            true
        case .integer, .float, .string, .formattedString, .bool, .none, .ellipsis, .list, .tuple,
            .dictionary, .set, .starred, .listComprehension, .setComprehension,
            .dictionaryComprehension, .generator, .unary, .binary, .booleanOperation,
            .comparison, .conditional, .lambda, .call, .slice:
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
                .comparison, .conditional, .lambda, .call, .slice:
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
                throw failure(SyntaxMessages.cannotDelete(invalid.pythonDescription), range: invalid.range)
            }
        case .assignment, .loop:
            if case .starred = target.kind {
                throw failure(
                    "starred assignment target must be in a list or tuple", range: target.range)
            }
            if let invalid = target.firstInvalidTarget(allowingStarred: true) {
                throw failure(
                    SyntaxMessages.cannotAssign(to: invalid.pythonDescription), range: invalid.range)
            }
        }
    }

    /// Checks one target of `a = b = value`, with CPython's "Maybe you meant '=='" hint
    /// for a lone invalid target such as `f() = 1`.
    func checkAssignmentTarget(_ target: Expression, isOnlyTarget: Bool, value: Expression)
        throws(ParseFailure)
    {
        if isOnlyTarget, target.firstInvalidTarget(allowingStarred: true) != nil,
            !target.isExcludedFromEqualityHint
        {
            throw failure(
                "cannot assign to \(target.pythonDescription) here. Maybe you meant '==' instead of '='?",
                range: target.range)
        }
        try checkTarget(target, context: .assignment)
    }
}

extension Expression {
    /// Displays and constants for which CPython gives the plain "cannot assign to" message.
    fileprivate var isExcludedFromEqualityHint: Bool {
        switch kind {
        case .list, .tuple, .generator, .none, .bool:
            true
        case .name, .attribute, .subscript, .integer, .float, .string, .formattedString,
            .ellipsis, .dictionary, .set, .starred, .listComprehension, .setComprehension,
            .dictionaryComprehension, .unary, .binary, .booleanOperation, .comparison,
            .conditional, .lambda, .call, .slice:
            false
        }
    }
}
