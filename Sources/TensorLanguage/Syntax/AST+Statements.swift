/// A parsed source file or interactive input.
struct Module: Sendable {
    var body: [Statement]
    /// The name shown in tracebacks: `File "<fileName>", line N`.
    var fileName: String
    /// The physical source lines without line terminators, index 0 being line 1,
    /// so a traceback can echo `sourceLine(statement.range.start.line)`.
    var sourceLines: [String]
    /// The number of `sourceLines[0]`: a cell of a script starts at its line in the file.
    var firstLine = 1

    /// The text of a line, or `nil` outside the module.
    func sourceLine(_ line: Int) -> String? {
        let index = line - firstLine
        return index >= 0 && index < sourceLines.count ? sourceLines[index] : nil
    }
}

typealias Statement = SyntaxNode<StatementKind>

/// Every statement form of the supported subset.
indirect enum StatementKind: Sendable {
    /// An expression evaluated for its effect (its value is echoed interactively).
    case expression(Expression)
    /// `a = b = value`: targets in source order, assigned left to right.
    case assignment(targets: [Expression], value: Expression)
    /// `target op= value`; the target is a name, attribute or subscript.
    case augmentedAssignment(target: Expression, operator: BinaryOperator, value: Expression)
    /// `target: annotation [= value]`.
    case annotatedAssignment(target: Expression, annotation: Expression, value: Expression?)

    /// `if test: body else: orElse`; `elif` is a nested `.ifStatement` alone in `orElse`.
    case ifStatement(test: Expression, body: [Statement], orElse: [Statement])
    /// `while test: body else: orElse`.
    case whileStatement(test: Expression, body: [Statement], orElse: [Statement])
    /// `for target in iterable: body else: orElse`.
    case forStatement(
        target: Expression, iterable: Expression, body: [Statement], orElse: [Statement])
    /// `with a as x, b: body`.
    case withStatement(items: [WithItem], body: [Statement])
    /// `try: body except ...: ... else: orElse finally: finalBody`.
    case tryStatement(
        body: [Statement], handlers: [ExceptHandler], orElse: [Statement], finalBody: [Statement])

    /// `def name(parameters): body`.
    case functionDefinition(FunctionDefinition)
    /// `class name(bases): body`.
    case classDefinition(ClassDefinition)
    /// `return [value]`.
    case returnStatement(Expression?)

    /// `break`.
    case breakStatement
    /// `continue`.
    case continueStatement
    /// `pass`.
    case pass
    /// `del a, b[0], c.d`.
    case delete([Expression])
    /// `assert test[, message]`.
    case assert(test: Expression, message: Expression?)
    /// `global a, b`.
    case global([String])
    /// `nonlocal a, b`.
    case nonlocal([String])
    /// `import a.b.c as x, d`.
    case importModules([ImportAlias])
    /// `from ..a.b import c as d, e`; `level` counts leading dots; `*` is an alias named `*`.
    case importFrom(module: String?, names: [ImportAlias], level: Int)
    /// `raise [exception [from cause]]`.
    case raise(exception: Expression?, cause: Expression?)
}

/// A `def` statement.
struct FunctionDefinition: Sendable {
    var name: String
    var parameters: Parameters
    var body: [Statement]
    /// `@decorator` expressions, outermost first.
    var decorators: [Expression]
    /// The `-> annotation`, kept only so it can be evaluated like CPython does.
    var returnAnnotation: Expression?
}

/// A `class` statement.
struct ClassDefinition: Sendable {
    var name: String
    /// The bases and keywords between the parentheses, as call arguments.
    var bases: [Argument]
    var body: [Statement]
    var decorators: [Expression]
    /// Every name mentioned in the body, nested scopes included: what it may capture from a function around it.
    var mentionedNames: Set<String> = []
}

/// One `expression [as target]` item of a `with` statement.
struct WithItem: Sendable {
    var context: Expression
    var target: Expression?
}

/// One `except [type [as name]]: body` clause.
struct ExceptHandler: Sendable {
    /// The exception type or tuple of types; `nil` for a bare `except:`.
    var type: Expression?
    var name: String?
    var body: [Statement]
    /// Where the `except` keyword is.
    var location: SourceLocation
}

/// `name [as asName]` in an import; `name` may be dotted (`a.b.c`).
struct ImportAlias: Sendable {
    var name: String
    var asName: String?
    var location: SourceLocation
}
