extension Parser {
    /// `strings: STRING+`, concatenating adjacent literals; any f-string makes the whole an f-string.
    mutating func strings() throws(ParseFailure) -> Expression {
        let start = current.location
        var parts: [FormattedStringPart] = []
        var isFormatted = false
        while case .string(let token) = current.kind {
            if token.isBytes {
                throw failure(SyntaxMessages.bytesUnsupported, range: current.range)
            }
            if token.isFormatted {
                isFormatted = true
                var formatted = FormattedStringParser(
                    parser: self, token: token, tokenRange: current.range)
                do throws(ParseFailure) {
                    parts += try formatted.parse()
                } catch {
                    throw ParseFailure(diagnostic: error.diagnostic, tokenIndex: index)
                }
            } else {
                parts.append(.literal(try decodedBody(token, range: current.range)))
            }
            advance()
        }
        let merged = Parser.mergingLiterals(parts)
        if !isFormatted {
            var text = ""
            for case .literal(let literal) in merged { text += literal }
            return Expression(.string(text), range: range(from: start))
        }
        return Expression(.formattedString(merged), range: range(from: start))
    }

    /// The value of a plain literal; a bad escape is reported just past the token, as CPython does.
    func decodedBody(_ token: StringToken, range: SourceRange) throws(ParseFailure) -> String {
        if token.isRaw { return token.body }
        switch StringEscapes.decode(Array(token.body.unicodeScalars)) {
        case .success(let text):
            return text
        case .failure(let failure):
            throw self.failure(failure.message, at: range.end)
        }
    }

    /// Joins neighbouring literal parts and drops empty ones.
    static func mergingLiterals(_ parts: [FormattedStringPart]) -> [FormattedStringPart] {
        var merged: [FormattedStringPart] = []
        for part in parts {
            switch part {
            case .literal(let text):
                if text.isEmpty { continue }
                if case .literal(let previous) = merged.last {
                    merged[merged.count - 1] = .literal(previous + text)
                } else {
                    merged.append(part)
                }
            case .replacement:
                merged.append(part)
            }
        }
        return merged
    }
}
