extension Lexer {
    /// CPython's default `sys.get_int_max_str_digits()`, enforced on decimal literals.
    static let maximumDecimalDigits = 4300

    /// Lexes an integer or float literal with CPython's error positions.
    mutating func number() -> Step {
        let start = location
        if peek() == "0", let marker = peek(1), let radix = Lexer.radix(for: marker) {
            position += 2
            return radixInteger(radix: radix, start: start)
        }
        var digits: [Unicode.Scalar] = []
        var isFloat = false
        if peek() != "." {
            if let failure = decimalDigits(into: &digits) { return .failed(failure) }
        }
        if peek() == "." {
            isFloat = true
            position += 1
            digits.append(".")
            if let next = peek(), isDigit(next) {
                if let failure = decimalDigits(into: &digits) { return .failed(failure) }
            }
        }
        if let marker = peek(), marker == "e" || marker == "E" {
            let exponentStart = position
            var exponent: [Unicode.Scalar] = ["e"]
            position += 1
            if let sign = peek(), sign == "+" || sign == "-" {
                exponent.append(sign)
                position += 1
            }
            if let next = peek(), isDigit(next) {
                if let failure = decimalDigits(into: &exponent) { return .failed(failure) }
                digits += exponent
                isFloat = true
            } else if exponent.count == 1 {
                // `1e` followed by a non-digit: CPython blames the character before `e`.
                position = exponentStart
                return .failed(badEnd(column: exponentStart - lineStart - 1))
            } else {
                return .failed(badEnd(column: position - lineStart - 1))
            }
        }
        if let marker = peek(), marker == "j" || marker == "J" {
            return .failed(
                failure(
                    .syntaxError, SyntaxMessages.imaginaryUnsupported, line: start.line,
                    column: start.column, endColumn: position - lineStart + 1, overrides: true))
        }
        if let next = peek(),
            (isIdentifierStart(next) && !followedByKeyword())
                || (next == "." && !isFloat)
        {
            return .failed(badEnd(column: position - lineStart - 1))
        }
        if isFloat { return floatToken(digits, start: start) }
        return decimalInteger(digits, start: start)
    }

    /// CPython still accepts `1if x else y` (with a warning) when a keyword that may
    /// follow a number comes next: whole words, except that `i` needs only `f`, `n` or `s`.
    private func followedByKeyword() -> Bool {
        if peek() == "i", let next = peek(1) { return next == "f" || next == "n" || next == "s" }
        return ["and", "else", "for", "or", "not"].contains { keyword in
            let count = keyword.unicodeScalars.count
            let spelled = keyword.unicodeScalars.enumerated().allSatisfy {
                peek($0.offset) == $0.element
            }
            return spelled && !(peek(count).map(isIdentifierContinue) ?? false)
        }
    }

    static func radix(for marker: Unicode.Scalar) -> Int? {
        switch marker {
        case "x", "X": 16
        case "o", "O": 8
        case "b", "B": 2
        default: nil
        }
    }

    /// Reads `digit (_? digit)*`; an underscore must be followed by a digit.
    private mutating func decimalDigits(into digits: inout [Unicode.Scalar]) -> LexFailure? {
        while let scalar = peek() {
            if isDigit(scalar) {
                digits.append(scalar)
                position += 1
            } else if scalar == "_" {
                position += 1
                guard let next = peek(), isDigit(next) else {
                    return badEnd(column: position - lineStart - 1)
                }
            } else {
                break
            }
        }
        return nil
    }

    private func badEnd(column: Int) -> LexFailure {
        failure(
            .syntaxError, SyntaxMessages.invalidDecimal, line: line, column: max(0, column),
            overrides: true)
    }

    private mutating func radixInteger(radix: Int, start: SourceLocation) -> Step {
        let baseName = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
        var values: [UInt32] = []
        while true {
            if peek() == "_" { position += 1 }
            guard let scalar = peek(), let value = Lexer.digitValue(scalar), value < 16 else {
                break
            }
            if value >= radix {
                if radix == 16 { break }
                return .failed(
                    failure(
                        .syntaxError, SyntaxMessages.invalidDigit(scalar, base: baseName),
                        line: line, column: position - lineStart, overrides: true))
            }
            values.append(UInt32(value))
            position += 1
        }
        let trailing = peek()
        if values.isEmpty || source.scalars[max(0, position - 1)] == "_"
            || trailing.map({ isIdentifierContinue($0) }) == true
        {
            return .failed(
                failure(
                    .syntaxError, SyntaxMessages.invalidLiteral(baseName), line: line,
                    column: max(0, position - lineStart - 1), overrides: true))
        }
        let text = spelled(from: start)
        emit(
            .integer(IntegerLiteral(digitValues: values, radix: UInt32(radix), text: text)),
            from: start)
        return .proceed
    }

    private mutating func decimalInteger(_ digits: [Unicode.Scalar], start: SourceLocation) -> Step {
        let firstNonZero = digits.firstIndex { $0 != "0" }
        if digits.first == "0", firstNonZero != nil {
            return .failed(
                failure(
                    .syntaxError, SyntaxMessages.leadingZeros, line: start.line,
                    column: start.column,
                    overrides: true))
        }
        if digits.count > Lexer.maximumDecimalDigits {
            let message =
                "Exceeds the limit (\(Lexer.maximumDecimalDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
            return .failed(
                failure(
                    .syntaxError, message, line: start.line, column: -1, overrides: true))
        }
        let values = digits.compactMap { Lexer.digitValue($0) }.map { UInt32($0) }
        let text = spelled(from: start)
        emit(.integer(IntegerLiteral(digitValues: values, radix: 10, text: text)), from: start)
        return .proceed
    }

    private mutating func floatToken(_ digits: [Unicode.Scalar], start: SourceLocation) -> Step {
        var text = String(String.UnicodeScalarView(digits))
        if text.hasPrefix(".") { text = "0" + text }
        text = text.replacingDotBeforeExponent()
        if text.hasSuffix(".") { text += "0" }
        emit(.float(Double(text) ?? Double.infinity), from: start)
        return .proceed
    }

    private func spelled(from start: SourceLocation) -> String {
        let from = lineStart + start.column
        guard from >= 0, from <= position else { return "" }
        return String(scalars: source.scalars[from..<position])
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "0"..."9": Int(scalar.value - 48)
        case "a"..."f": Int(scalar.value - 87)
        case "A"..."F": Int(scalar.value - 55)
        default: nil
        }
    }
}

extension String {
    /// `1.e5` is valid Python but not a Swift `Double` spelling: insert the zero.
    fileprivate func replacingDotBeforeExponent() -> String {
        var result = ""
        var previous: Character?
        for character in self {
            if character == "e" && previous == "." { result.append("0") }
            result.append(character)
            previous = character
        }
        return result
    }
}

extension IntegerLiteral {
    /// Builds the limbs from digit values in the given radix, most significant first.
    init(digitValues: [UInt32], radix: UInt32, text: String) {
        var limbs: [UInt32] = []
        for digit in digitValues {
            var carry = UInt64(digit)
            for index in limbs.indices {
                let product = UInt64(limbs[index]) * UInt64(radix) + carry
                limbs[index] = UInt32(truncatingIfNeeded: product)
                carry = product >> 32
            }
            if carry != 0 { limbs.append(UInt32(truncatingIfNeeded: carry)) }
        }
        self.init(limbs: limbs, text: text)
    }
}
