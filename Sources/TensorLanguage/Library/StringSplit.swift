/// `str.split(sep=None, maxsplit=-1)`, over code points as CPython splits.
enum StringSplit {
    static func split(_ s: String, _ args: Arguments) throws -> Value {
        let r = try ArgumentReader("split", args, ["sep", "maxsplit"])
        let limit = try maxSplit(r)
        switch r.value("sep") {
        case nil, .noneValue?: return list(splitWhitespace(Array(s.unicodeScalars), limit: limit))
        case .string(let sep)?:
            let separator = Array(sep.unicodeScalars)
            guard !separator.isEmpty else { throw PythonError(.valueError, "empty separator") }
            return list(split(Array(s.unicodeScalars), on: separator, limit: limit))
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
