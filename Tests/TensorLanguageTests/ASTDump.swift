@testable import TensorLanguage

/// A compact s-expression rendering of the AST, so tests can state shapes in one line.
enum ASTDump {
    static func expression(_ node: Expression) -> String {
        switch node.kind {
        case .name(let name): return name.text
        case .integer(let literal):
            return literal.intValue.map(String.init) ?? "int(\(literal.text))"
        case .float(let value): return "\(value)"
        case .string(let text): return String(reflecting: text)
        case .formattedString(let parts):
            return "(f " + parts.map(part).joined(separator: " ") + ")"
        case .bool(let value): return value ? "True" : "False"
        case .none: return "None"
        case .ellipsis: return "..."
        case .list(let items): return "[" + items.map(expression).joined(separator: " ") + "]"
        case .tuple(let items):
            return "(tuple " + items.map(expression).joined(separator: " ") + ")"
        case .dictionary(let entries): return "{" + entries.map(entry).joined(separator: " ") + "}"
        case .set(let items): return "(set " + items.map(expression).joined(separator: " ") + ")"
        case .starred(let inner): return "*" + expression(inner)
        case .listComprehension(let element, let generators):
            return "(listcomp \(expression(element)) "
                + generators.map(comprehension).joined(separator: " ") + ")"
        case .setComprehension(let element, let generators):
            return "(setcomp \(expression(element)) "
                + generators.map(comprehension).joined(separator: " ") + ")"
        case .dictionaryComprehension(let key, let value, let generators):
            return "(dictcomp \(expression(key)):\(expression(value)) "
                + generators.map(comprehension).joined(separator: " ") + ")"
        case .generator(let element, let generators):
            return "(genexp \(expression(element)) "
                + generators.map(comprehension).joined(separator: " ") + ")"
        case .unary(let operation, let operand):
            return "(\(symbol(operation)) \(expression(operand)))"
        case .binary(let operation, let left, let right):
            return "(\(symbol(operation)) \(expression(left)) \(expression(right)))"
        case .booleanOperation(let operation, let operands):
            return "(\(operation == .and ? "and" : "or") "
                + operands.map(expression).joined(separator: " ") + ")"
        case .comparison(let first, let links):
            return "(compare \(expression(first))"
                + links.map { " \(symbol($0.operator)) \(expression($0.operand))" }.joined() + ")"
        case .conditional(let test, let body, let orElse):
            return "(if \(expression(test)) \(expression(body)) \(expression(orElse)))"
        case .lambda(let parameters, let body):
            return "(lambda \(self.parameters(parameters)) \(expression(body)))"
        case .call(let callee, let arguments):
            return "(call \(expression(callee))" + arguments.map { " " + argument($0) }.joined()
                + ")"
        case .attribute(let value, let name): return "(. \(expression(value)) \(name))"
        case .subscript(let value, let index):
            return "(sub \(expression(value)) \(expression(index)))"
        case .slice(let lower, let upper, let step):
            return "(slice \(optional(lower)) \(optional(upper)) \(optional(step)))"
        case .yield(let value): return "(yield \(optional(value)))"
        case .yieldFrom(let value): return "(yield-from \(expression(value)))"
        case .namedExpression(let name, let value): return "(:= \(name.text) \(expression(value)))"
        }
    }

    static func optional(_ node: Expression?) -> String { node.map(expression) ?? "_" }

    static func part(_ part: FormattedStringPart) -> String {
        switch part {
        case .literal(let text): return String(reflecting: text)
        case .replacement(let value):
            var text = "{" + expression(value.expression)
            switch value.conversion {
            case .str: text += "!s"
            case .repr: text += "!r"
            case .ascii: text += "!a"
            case nil: break
            }
            if let spec = value.formatSpec {
                text += ":" + spec.map(self.part).joined(separator: " ")
            }
            return text + "}"
        }
    }

    static func entry(_ entry: DictionaryEntry) -> String {
        switch entry {
        case .pair(let key, let value): return "\(expression(key)):\(expression(value))"
        case .unpack(let mapping): return "**" + expression(mapping)
        }
    }

    static func comprehension(_ clause: Comprehension) -> String {
        "for \(expression(clause.target)) in \(expression(clause.iterable))"
            + clause.conditions.map { " if " + expression($0) }.joined()
    }

    static func argument(_ argument: Argument) -> String {
        switch argument {
        case .positional(let value): return expression(value)
        case .keyword(let name, let value, _): return "\(name)=\(expression(value))"
        case .unpackedSequence(let value): return "*" + expression(value)
        case .unpackedMapping(let value): return "**" + expression(value)
        }
    }

    static func parameters(_ parameters: Parameters) -> String {
        var items = parameters.positional.enumerated().map { index, parameter in
            (index < parameters.positionalOnlyCount ? "/" : "") + parameter.name
                + (parameter.defaultValue.map { "=" + expression($0) } ?? "")
        }
        if let variadic = parameters.variadic {
            items.append("*" + variadic.name)
        } else if !parameters.keywordOnly.isEmpty {
            items.append("*")
        }
        items += parameters.keywordOnly.map {
            $0.name + ($0.defaultValue.map { "=" + expression($0) } ?? "")
        }
        if let keywordVariadic = parameters.keywordVariadic {
            items.append("**" + keywordVariadic.name)
        }
        return "(" + items.joined(separator: " ") + ")"
    }

    static func symbol(_ operation: UnaryOperator) -> String {
        switch operation {
        case .plus: "+"
        case .minus: "-"
        case .invert: "~"
        case .not: "not"
        }
    }

    static func symbol(_ operation: BinaryOperator) -> String {
        switch operation {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .matrixMultiply: "@"
        case .divide: "/"
        case .floorDivide: "//"
        case .modulo: "%"
        case .power: "**"
        case .leftShift: "<<"
        case .rightShift: ">>"
        case .bitwiseOr: "|"
        case .bitwiseXor: "^"
        case .bitwiseAnd: "&"
        }
    }

    static func symbol(_ operation: ComparisonOperator) -> String {
        switch operation {
        case .equal: "=="
        case .notEqual: "!="
        case .less: "<"
        case .lessOrEqual: "<="
        case .greater: ">"
        case .greaterOrEqual: ">="
        case .is: "is"
        case .isNot: "is-not"
        case .in: "in"
        case .notIn: "not-in"
        }
    }
}
