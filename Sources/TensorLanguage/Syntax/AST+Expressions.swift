/// A syntax node — an expression or a statement — and the source span it was parsed from.
///
/// For an expression `range.start` is where CPython puts the node's `lineno`/`col_offset`: for a
/// binary operation the start of the left operand, for a call the start of the callee. For a
/// statement `range.start.line` is the line CPython reports; `range.end.line` is the last line of
/// its header or simple statement (a compound statement's range covers the whole body).
struct SyntaxNode<Kind: Sendable>: Sendable {
    var kind: Kind
    var range: SourceRange

    init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// Where the node starts.
    var location: SourceLocation { range.start }
}

typealias Expression = SyntaxNode<ExpressionKind>

/// Every expression form of the supported subset.
///
/// Mirrors CPython's `ast` module where it can, so semantics can be checked
/// against `ast.dump` output.
indirect enum ExpressionKind: Sendable {
    /// A bare identifier: `x`.
    case name(Name)
    /// An integer literal of any size: `42`, `0xFF`, `10**100` spelled out.
    case integer(IntegerLiteral)
    /// A float literal: `1.5`, `1e-5`, `.5`, `5.`.
    case float(Double)
    /// A string literal, adjacent literals already concatenated and escapes decoded.
    case string(String)
    /// An f-string (possibly concatenated with plain literals): `f"{v:.4f}|"`.
    case formattedString([FormattedStringPart])
    /// `True` or `False`.
    case bool(Bool)
    /// `None`.
    case none
    /// `...`.
    case ellipsis

    /// `[a, b]`.
    case list([Expression])
    /// `(a, b)`, `a, b`, `(a,)`, `()`.
    case tuple([Expression])
    /// `{k: v, **other}`.
    case dictionary([DictionaryEntry])
    /// `{a, b}`.
    case set([Expression])
    /// `*xs` inside a list, tuple or set display, or a starred assignment target.
    case starred(Expression)

    /// `[element for x in xs if c]`.
    case listComprehension(element: Expression, generators: [Comprehension])
    /// `{element for x in xs}`.
    case setComprehension(element: Expression, generators: [Comprehension])
    /// `{key: value for x in xs}`.
    case dictionaryComprehension(key: Expression, value: Expression, generators: [Comprehension])
    /// `(element for x in xs)`, also the bare form in `sum(x * x for x in xs)`.
    case generator(element: Expression, generators: [Comprehension])

    /// `-x`, `+x`, `~x`, `not x`.
    case unary(UnaryOperator, Expression)
    /// `a + b`, `a ** b`, `a @ b`, ...
    case binary(BinaryOperator, Expression, Expression)
    /// `a and b and c` / `a or b` with all operands of one operator flattened.
    case booleanOperation(BooleanOperator, [Expression])
    /// `a < b <= c`: the first operand then each (operator, operand) link.
    case comparison(Expression, [ComparisonLink])
    /// `body if test else orElse`.
    case conditional(test: Expression, body: Expression, orElse: Expression)
    /// `lambda a, b=1: body`.
    case lambda(Parameters, body: Expression)
    /// `yield value`, or a bare `yield` (nil).
    case yield(Expression?)
    /// `yield from iterable`.
    case yieldFrom(Expression)
    /// `name := value`.
    case namedExpression(Name, Expression)

    /// `callee(arguments...)`.
    case call(callee: Expression, arguments: [Argument])
    /// `value.name`.
    case attribute(Expression, name: String)
    /// `value[index]`; a multi-dimensional index is a `.tuple` whose items may be `.slice`.
    case `subscript`(Expression, index: Expression)
    /// `lower:upper:step` inside a subscript; each part optional.
    case slice(lower: Expression?, upper: Expression?, step: Expression?)
}

/// An integer literal kept exactly, however large.
struct IntegerLiteral: Sendable, Hashable {
    /// Magnitude in base 2^32, least significant limb first; `[]` for zero.
    var limbs: [UInt32]
    /// The literal as written, underscores included (for messages and repr checks).
    var text: String

    /// The value when it fits in `Int`, else `nil` (the interpreter then needs a big integer).
    var intValue: Int? {
        var value: UInt64 = 0
        guard limbs.count <= 2 else { return nil }
        for (index, limb) in limbs.enumerated() {
            value |= UInt64(limb) << (32 * UInt64(index))
        }
        return value <= UInt64(Int.max) ? Int(value) : nil
    }
}

/// One piece of an f-string.
enum FormattedStringPart: Sendable {
    /// Text outside replacement fields, with `{{`/`}}` already collapsed and escapes decoded.
    case literal(String)
    /// A `{expression!conversion:spec}` replacement field.
    case replacement(FormattedValue)
}

/// A replacement field of an f-string.
///
/// `{x=}` is desugared the way CPython does it: a literal `"x="` part followed
/// by a replacement whose conversion defaults to `!r` when no spec is given.
struct FormattedValue: Sendable {
    var expression: Expression
    var conversion: FormatConversion?
    /// The format spec, itself an f-string so `{v:.{p}f}` nests; `nil` when absent.
    var formatSpec: [FormattedStringPart]?
}

/// The `!s`, `!r`, `!a` conversion of a replacement field.
enum FormatConversion: Sendable, Hashable {
    case str
    case repr
    case ascii
}

/// An item of a dictionary display.
enum DictionaryEntry: Sendable {
    /// `key: value`.
    case pair(key: Expression, value: Expression)
    /// `**mapping`.
    case unpack(Expression)
}

/// One `for target in iterable if condition...` clause of a comprehension.
struct Comprehension: Sendable {
    var target: Expression
    var iterable: Expression
    var conditions: [Expression]
    /// The comprehension's own locals (the first clause's scope serves the whole comprehension).
    var scope = Scope()
}

/// One `operator operand` step of a chained comparison.
struct ComparisonLink: Sendable {
    var `operator`: ComparisonOperator
    var operand: Expression
}

/// An argument in a call.
enum Argument: Sendable {
    /// `f(x)`.
    case positional(Expression)
    /// `f(name=x)`; the location is that of `name`.
    case keyword(name: String, value: Expression, location: SourceLocation)
    /// `f(*xs)`.
    case unpackedSequence(Expression)
    /// `f(**kw)`.
    case unpackedMapping(Expression)
}

/// The parameter list of a `def` or `lambda`.
struct Parameters: Sendable {
    /// Parameters before any `*`, positional-only ones (before `/`) first.
    var positional: [Parameter] = []
    /// How many of `positional` came before a `/`.
    var positionalOnlyCount: Int = 0
    /// `*args`.
    var variadic: Parameter?
    /// Parameters after `*` or `*args`.
    var keywordOnly: [Parameter] = []
    /// `**kwargs`.
    var keywordVariadic: Parameter?
    /// The locals of the function or lambda these parameters belong to.
    var scope = Scope()
    /// The body contains `yield`: calling the function makes a generator.
    var isGenerator = false
    /// Names the body binds with `:=` (also inside its comprehensions), which are locals.
    var expressionTargets: [String] = []
}

/// One named parameter with its optional default.
struct Parameter: Sendable {
    var name: String
    var defaultValue: Expression?
    var location: SourceLocation
}

/// `+`, `-`, `~`, `not`.
enum UnaryOperator: Sendable, Hashable {
    case plus
    case minus
    case invert
    case not
}

/// The arithmetic and bitwise binary operators, also used by augmented assignment.
enum BinaryOperator: Sendable, Hashable {
    case add
    case subtract
    case multiply
    case matrixMultiply
    case divide
    case floorDivide
    case modulo
    case power
    case leftShift
    case rightShift
    case bitwiseOr
    case bitwiseXor
    case bitwiseAnd
}

/// `and`, `or`.
enum BooleanOperator: Sendable, Hashable {
    case and
    case or
}

/// The comparison operators that may chain.
enum ComparisonOperator: Sendable, Hashable {
    case equal
    case notEqual
    case less
    case lessOrEqual
    case greater
    case greaterOrEqual
    case `is`
    case isNot
    case `in`
    case notIn
}
