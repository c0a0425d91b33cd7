/// One lexical token with the span it covers.
struct Token: Sendable {
    var kind: TokenKind
    var range: SourceRange
    /// How many brackets are open after this token, CPython's `tok->level`.
    var bracketDepth = 0

    var location: SourceLocation { range.start }
}

/// The kinds of token the lexer produces.
enum TokenKind: Sendable, Equatable {
    case name(String)
    case keyword(Keyword)
    indirect case integer(IntegerLiteral)
    case float(Double)
    indirect case string(StringToken)
    case punctuation(Punctuation)
    /// An ASCII character Python has no token for (`$`, `?`, `!`); the parser rejects it.
    case unknown(Unicode.Scalar)
    /// The end of a logical line.
    case newline
    case indent
    case dedent
    case endOfInput
    /// Lexing stopped here; the failure is in `LexResult.failure`.
    case failure
}

/// A string literal as scanned, before f-string parsing.
struct StringToken: Sendable, Equatable {
    var isRaw: Bool
    var isFormatted: Bool
    var isBytes: Bool
    /// The text between the quotes exactly as written.
    var body: String
    /// Where `body` starts, so f-string fields can be given real locations.
    var bodyStart: SourceLocation
    /// The quote character, `'` or `"`, and whether it was tripled.
    var quote: Character
    var isTriple: Bool
}

/// Python's reserved words of the supported grammar.
enum Keyword: String, Sendable, CaseIterable {
    case `false` = "False"
    case `none` = "None"
    case `true` = "True"
    case and, `as`, assert, async, await, `break`, `class`, `continue`
    case def, del, elif, `else`, except, finally, `for`, from, global
    case `if`, `import`, `in`, `is`, lambda, nonlocal, not, or, pass
    case raise, `return`, `try`, `while`, with, yield
}

/// Operators and delimiters, spelled as in Python.
enum Punctuation: String, Sendable, CaseIterable {
    case leftParenthesis = "("
    case rightParenthesis = ")"
    case leftBracket = "["
    case rightBracket = "]"
    case leftBrace = "{"
    case rightBrace = "}"
    case comma = ","
    case colon = ":"
    case semicolon = ";"
    case dot = "."
    case ellipsis = "..."
    case arrow = "->"
    case at = "@"
    case equal = "="
    case walrus = ":="

    case plus = "+"
    case minus = "-"
    case star = "*"
    case doubleStar = "**"
    case slash = "/"
    case doubleSlash = "//"
    case percent = "%"
    case tilde = "~"
    case leftShift = "<<"
    case rightShift = ">>"
    case ampersand = "&"
    case pipe = "|"
    case caret = "^"

    case equalEqual = "=="
    case notEqual = "!="
    case less = "<"
    case greater = ">"
    case lessEqual = "<="
    case greaterEqual = ">="

    case plusEqual = "+="
    case minusEqual = "-="
    case starEqual = "*="
    case doubleStarEqual = "**="
    case slashEqual = "/="
    case doubleSlashEqual = "//="
    case percentEqual = "%="
    case atEqual = "@="
    case ampersandEqual = "&="
    case pipeEqual = "|="
    case caretEqual = "^="
    case leftShiftEqual = "<<="
    case rightShiftEqual = ">>="

    /// Spellings grouped by first character, longest first, so the lexer can take the longest match.
    static let byFirstScalar: [Unicode.Scalar: [(Punctuation, [Unicode.Scalar])]] = {
        var table: [Unicode.Scalar: [(Punctuation, [Unicode.Scalar])]] = [:]
        for punctuation in allCases {
            let scalars = Array(punctuation.rawValue.unicodeScalars)
            guard let first = scalars.first else { continue }
            table[first, default: []].append((punctuation, scalars))
        }
        return table.mapValues { candidates in candidates.sorted { $0.1.count > $1.1.count } }
    }()

    /// The binary operator an augmented assignment applies, if this is one.
    var augmentedOperator: BinaryOperator? {
        switch self {
        case .plusEqual: .add
        case .minusEqual: .subtract
        case .starEqual: .multiply
        case .doubleStarEqual: .power
        case .slashEqual: .divide
        case .doubleSlashEqual: .floorDivide
        case .percentEqual: .modulo
        case .atEqual: .matrixMultiply
        case .ampersandEqual: .bitwiseAnd
        case .pipeEqual: .bitwiseOr
        case .caretEqual: .bitwiseXor
        case .leftShiftEqual: .leftShift
        case .rightShiftEqual: .rightShift
        case .leftParenthesis, .rightParenthesis, .leftBracket, .rightBracket, .leftBrace,
            .rightBrace, .comma, .colon, .semicolon, .dot, .ellipsis, .arrow, .at, .equal,
            .walrus, .plus, .minus, .star, .doubleStar, .slash, .doubleSlash, .percent, .tilde,
            .leftShift, .rightShift, .ampersand, .pipe, .caret, .equalEqual, .notEqual, .less,
            .greater, .lessEqual, .greaterEqual:
            nil
        }
    }
}

extension TokenKind {
    /// Whether this token is the given punctuation.
    func `is`(_ punctuation: Punctuation) -> Bool {
        if case .punctuation(let own) = self { return own == punctuation }
        return false
    }

    /// Whether this token is the given keyword.
    func `is`(_ keyword: Keyword) -> Bool {
        if case .keyword(let own) = self { return own == keyword }
        return false
    }
}
