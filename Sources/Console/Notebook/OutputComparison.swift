/// The golden corpus's comparison rules: hex addresses normalised, trailing whitespace ignored,
/// numbers equal within 1e-5 relative (1e-6 absolute).
enum OutputComparison {
    static func normaliseAddresses(_ text: String) -> String {
        var out = ""
        var chars = Array(text)[...]
        while let c = chars.first {
            if c == "0", chars.dropFirst().first == "x", let third = chars.dropFirst(2).first, third.isHexDigit {
                out += "0xADDR"
                chars = chars.dropFirst(2).drop { $0.isHexDigit }
            } else {
                out.append(c)
                chars = chars.dropFirst()
            }
        }
        return out
    }

    static func lines(_ text: String) -> [String] {
        var lines = normaliseAddresses(text).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = String(line)
            while let last = s.last, last.isWhitespace { s.removeLast() }
            return s
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines
    }

    /// Text and number tokens, alternating, starting and ending with text.
    static func tokens(_ line: String) -> [String] {
        let chars = Array(line)
        var parts: [String] = []
        var text = ""
        var i = 0
        while i < chars.count {
            let previous: Character? = i > 0 ? chars[i - 1] : nil
            let glued = previous.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." } ?? false
            if !glued, let end = numberEnd(chars, from: i) {
                let after: Character? = end < chars.count ? chars[end] : nil
                if !(after.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." } ?? false) {
                    parts.append(text)
                    parts.append(String(chars[i..<end]))
                    text = ""
                    i = end
                    continue
                }
            }
            text.append(chars[i])
            i += 1
        }
        parts.append(text)
        return parts
    }

    private static func numberEnd(_ c: [Character], from start: Int) -> Int? {
        var i = start
        if i < c.count, c[i] == "-" || c[i] == "+" { i += 1 }
        let digitsStart = i
        while i < c.count, c[i].isASCII, c[i].isNumber { i += 1 }
        var sawDigits = i > digitsStart
        if i < c.count, c[i] == "." {
            i += 1
            let fractionStart = i
            while i < c.count, c[i].isASCII, c[i].isNumber { i += 1 }
            sawDigits = sawDigits || i > fractionStart
        }
        guard sawDigits else { return nil }
        if i < c.count, c[i] == "e" || c[i] == "E" {
            var j = i + 1
            if j < c.count, c[j] == "-" || c[j] == "+" { j += 1 }
            let expStart = j
            while j < c.count, c[j].isASCII, c[j].isNumber { j += 1 }
            if j > expStart { i = j }
        }
        return i
    }

    static func linesEqual(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = tokens(a)
        let y = tokens(b)
        guard x.count == y.count else { return false }
        for (i, (p, q)) in zip(x, y).enumerated() where p != q {
            guard i % 2 == 1, let u = Double(p), let v = Double(q) else { return false }
            if abs(u - v) > max(1e-5 * max(abs(u), abs(v)), 1e-6) { return false }
        }
        return true
    }

    /// The first differing line as (expected, got), or nil when the texts match.
    static func difference(expected: String, got: String) -> (expected: String, got: String)? {
        let e = lines(expected)
        let g = lines(got)
        for i in 0..<max(e.count, g.count) {
            let a = i < e.count ? e[i] : "<end of output>"
            let b = i < g.count ? g[i] : "<end of output>"
            if i >= e.count || i >= g.count || !linesEqual(a, b) { return (a, b) }
        }
        return nil
    }
}
