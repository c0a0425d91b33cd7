/// `str.split(sep=None, maxsplit=-1)`, over code points as CPython splits.
enum StringSplit {
    static func split(_ s: String, _ args: Arguments, fromRight: Bool = false) throws -> Value {
        let r = try ArgumentReader(fromRight ? "rsplit" : "split", args, ["sep", "maxsplit"])
        let limit = try maxSplit(r)
        let scalars = Array(s.unicodeScalars)
        switch r.value("sep") {
        case nil, .noneValue?:
            return list(fromRight ? rsplitWhitespace(scalars, limit: limit) : splitWhitespace(scalars, limit: limit))
        case .string(let sep)?:
            let separator = Array(sep.unicodeScalars)
            guard !separator.isEmpty else { throw PythonError(.valueError, "empty separator") }
            return list(fromRight ? rsplit(scalars, on: separator, limit: limit) : split(scalars, on: separator, limit: limit))
        case let other?: throw PythonError(.typeError, "must be str or None, not \(other.typeName)")
        }
    }

    /// A negative maxsplit means no limit; one beyond 64 bits is CPython's `OverflowError`.
    private static func maxSplit(_ r: ArgumentReader) throws -> Int {
        switch r.value("maxsplit") {
        case nil: return .max
        case .bigInt?: throw IntegerMessages.tooLargeForSize()
        case let v?:
            let n = try Library.integer(v, function: "split", argument: "maxsplit")
            return n < 0 ? .max : n
        }
    }

    private static func list(_ parts: [ArraySlice<Unicode.Scalar>]) -> Value {
        .list(ListBox(parts.map { .string(String(String.UnicodeScalarView($0))) }))
    }

    private static func split(_ s: [Unicode.Scalar], on sep: [Unicode.Scalar], limit: Int)
        -> [ArraySlice<Unicode.Scalar>]
    {
        var parts: [ArraySlice<Unicode.Scalar>] = []
        var start = 0
        var i = 0
        while i + sep.count <= s.count && parts.count < limit {
            if s[i] == sep[0] && s[i..<(i + sep.count)].elementsEqual(sep) {
                parts.append(s[start..<i])
                i += sep.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(s[start...])
        return parts
    }

    /// `rsplit`: the same parts as `split` when nothing limits it; the limit counts from the right.
    private static func rsplit(_ s: [Unicode.Scalar], on sep: [Unicode.Scalar], limit: Int)
        -> [ArraySlice<Unicode.Scalar>]
    {
        var parts: [ArraySlice<Unicode.Scalar>] = []
        var end = s.count
        var i = s.count - sep.count
        while i >= 0 && parts.count < limit {
            if s[i] == sep[0] && s[i..<(i + sep.count)].elementsEqual(sep) {
                parts.append(s[(i + sep.count)..<end])
                end = i
                i -= sep.count
            } else {
                i -= 1
            }
        }
        parts.append(s[..<end])
        return parts.reversed()
    }

    private static func rsplitWhitespace(_ s: [Unicode.Scalar], limit: Int) -> [ArraySlice<Unicode.Scalar>] {
        var parts: [ArraySlice<Unicode.Scalar>] = []
        var i = s.count
        while i > 0 {
            while i > 0 && isSpace(s[i - 1]) { i -= 1 }
            if i == 0 { break }
            if parts.count == limit {
                parts.append(s[..<i])
                break
            }
            let end = i
            while i > 0 && !isSpace(s[i - 1]) { i -= 1 }
            parts.append(s[i..<end])
        }
        return parts.reversed()
    }

    private static func splitWhitespace(_ s: [Unicode.Scalar], limit: Int) -> [ArraySlice<Unicode.Scalar>] {
        var parts: [ArraySlice<Unicode.Scalar>] = []
        var i = 0
        while i < s.count {
            while i < s.count && isSpace(s[i]) { i += 1 }
            if i == s.count { break }
            if parts.count == limit {
                // The rest keeps its inner and trailing whitespace, as CPython's does.
                parts.append(s[i...])
                break
            }
            let start = i
            while i < s.count && !isSpace(s[i]) { i += 1 }
            parts.append(s[start..<i])
        }
        return parts
    }

    /// `str.isspace` for one code point (Unicode White_Space plus the ASCII separators 0x1C–0x1F).
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        (0x1C...0x1F).contains(c.value) || c.properties.isWhitespace
    }
}
