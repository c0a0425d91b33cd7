@testable import TensorLanguage

extension ASTDump {
    static func statements(_ body: [Statement]) -> String {
        body.map(statement).joined(separator: "; ")
    }

    static func block(_ body: [Statement]) -> String { "[" + statements(body) + "]" }

    static func statement(_ node: Statement) -> String {
        switch node.kind {
        case .expression(let value): return expression(value)
        case .assignment(let targets, let value):
            return "(= " + targets.map(expression).joined(separator: " ") + " \(expression(value)))"
        case .augmentedAssignment(let target, let operation, let value):
            return "(\(symbol(operation))= \(expression(target)) \(expression(value)))"
        case .annotatedAssignment(let target, let annotation, let value):
            return "(: \(expression(target)) \(expression(annotation)) \(optional(value)))"
        case .ifStatement(let test, let body, let orElse):
            return "(if \(expression(test)) \(block(body)) \(block(orElse)))"
        case .whileStatement(let test, let body, let orElse):
            return "(while \(expression(test)) \(block(body)) \(block(orElse)))"
        case .forStatement(let target, let iterable, let body, let orElse):
            return
                "(for \(expression(target)) \(expression(iterable)) \(block(body)) \(block(orElse)))"
        case .withStatement(let items, let body):
            let rendered = items.map {
                expression($0.context) + ($0.target.map { " as " + expression($0) } ?? "")
            }
            return "(with " + rendered.joined(separator: ", ") + " \(block(body)))"
        case .tryStatement(let body, let handlers, let orElse, let finalBody):
            let rendered = handlers.map { handler in
                "(except \(optional(handler.type))\(handler.name.map { " as " + $0 } ?? "") \(block(handler.body)))"
            }
            return "(try \(block(body)) " + rendered.joined(separator: " ")
                + " \(block(orElse)) \(block(finalBody)))"
        case .functionDefinition(let definition):
            let decorators = definition.decorators.map { "@" + expression($0) + " " }.joined()
            return
                "(\(decorators)def \(definition.name) \(parameters(definition.parameters)) \(block(definition.body)))"
        case .classDefinition(let definition):
            return "(class \(definition.name) ("
                + definition.bases.map(argument).joined(separator: " ")
                + ") \(block(definition.body)))"
        case .returnStatement(let value): return "(return \(optional(value)))"
        case .breakStatement: return "break"
        case .continueStatement: return "continue"
        case .pass: return "pass"
        case .delete(let targets):
            return "(del " + targets.map(expression).joined(separator: " ") + ")"
        case .assert(let test, let message):
            return "(assert \(expression(test)) \(optional(message)))"
        case .global(let names): return "(global " + names.joined(separator: " ") + ")"
        case .nonlocal(let names): return "(nonlocal " + names.joined(separator: " ") + ")"
        case .importModules(let aliases):
            return "(import " + aliases.map(alias).joined(separator: " ") + ")"
        case .importFrom(let module, let names, let level):
            return "(from \(String(repeating: ".", count: level))\(module ?? "") "
                + names.map(alias).joined(separator: " ") + ")"
        case .raise(let exception, let cause):
            return "(raise \(optional(exception)) \(optional(cause)))"
        }
    }

    static func alias(_ alias: ImportAlias) -> String {
        alias.name + (alias.asName.map { " as " + $0 } ?? "")
    }
}

/// Parses a file and dumps its statements, or returns the error message.
func dumpParse(_ source: String) -> String {
    switch parse(source: source, fileName: "t.py") {
    case .complete(let module): return ASTDump.statements(module.body)
    case .incomplete: return "<incomplete>"
    case .error(let diagnostic): return "error: " + diagnostic.message
    }
}

/// Parses `source` as one expression statement and dumps the expression.
func dumpExpression(_ source: String) -> String {
    dumpParse(source + "\n")
}
