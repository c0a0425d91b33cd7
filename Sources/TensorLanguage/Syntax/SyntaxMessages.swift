/// CPython 3.11's wording for every syntax diagnostic, kept in one place.
enum SyntaxMessages {
    static let invalidSyntax = "invalid syntax"
    static let forgotComma = "invalid syntax. Perhaps you forgot a comma?"
    static let unexpectedEOF = "unexpected EOF while parsing"
    static let nullBytes = "source code cannot contain null bytes"
    static let tooManyParentheses = "too many nested parentheses"
    static let tooManyIndentationLevels = "too many levels of indentation"
    static let tooComplex = "too many nested parentheses"
    static let unexpectedIndent = "unexpected indent"
    static let unexpectedUnindent = "unexpected unindent"
    static let unindentMismatch = "unindent does not match any outer indentation level"
    static let inconsistentTabs = "inconsistent use of tabs and spaces in indentation"
    static let lineContinuation = "unexpected character after line continuation character"
    static let invalidDecimal = "invalid decimal literal"
    static let leadingZeros =
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
    static let expectedColon = "expected ':'"
    static let expectedElse = "expected 'else' after 'if' expression"
    static let expectedExceptOrFinally = "expected 'except' or 'finally' block"
    static let generatorNeedsParentheses = "Generator expression must be parenthesized"
    static let positionalAfterKeyword = "positional argument follows keyword argument"
    static let positionalAfterKeywordUnpacking =
        "positional argument follows keyword argument unpacking"
    static let nonDefaultAfterDefault = "non-default argument follows default argument"
    static let bytesUnsupported = "bytes literals are not supported"
    static let imaginaryUnsupported = "imaginary literals are not supported"
    static let fStringEmptyExpression = "f-string: empty expression not allowed"
    static let fStringExpectingBrace = "f-string: expecting '}'"
    static let fStringSingleBrace = "f-string: single '}' is not allowed"
    static let fStringBackslash = "f-string expression part cannot include a backslash"
    static let fStringHash = "f-string expression part cannot include '#'"
    static let fStringInvalidConversion =
        "f-string: invalid conversion character: expected 's', 'r', or 'a'"
    static let fStringMissingConversion = "f-string: missing conversion character"
    static let fStringUnmatchedParenthesis = "f-string: unmatched '%@'"
    static let fStringTooDeep = "f-string: expressions nested too deeply"

    static func neverClosed(_ bracket: String) -> String { "'\(bracket)' was never closed" }
    static func unmatched(_ bracket: String) -> String { "unmatched '\(bracket)'" }

    static func mismatchedBracket(closing: String, opening: String, openingLine: Int?) -> String {
        let suffix = openingLine.map { " on line \($0)" } ?? ""
        return
            "closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'\(suffix)"
    }

    static func unterminatedString(detectedAt line: Int) -> String {
        "unterminated string literal (detected at line \(line))"
    }

    static func unterminatedTripleQuotedString(detectedAt line: Int) -> String {
        "unterminated triple-quoted string literal (detected at line \(line))"
    }

    static func invalidCharacter(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return "invalid character '\(scalar)' (U+\(padded))"
    }

    static func invalidLiteral(_ base: String) -> String { "invalid \(base) literal" }

    static func invalidDigit(_ digit: Unicode.Scalar, base: String) -> String {
        "invalid digit '\(digit)' in \(base) literal"
    }

    static func expectedIndentedBlock(after construct: String, line: Int) -> String {
        "expected an indented block after \(construct) on line \(line)"
    }

    static func cannotAssign(to what: String, augmented: Bool = false) -> String {
        augmented
            ? "'\(what)' is an illegal expression for augmented assignment"
            : "cannot assign to \(what)"
    }

    static func cannotDelete(_ what: String) -> String { "cannot delete \(what)" }
}
