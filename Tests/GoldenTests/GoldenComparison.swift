import Foundation

/// The comparison rules of `Tests/Fixtures/golden/check.py`, in Swift.
enum GoldenComparison {
    private static let hex = try? NSRegularExpression(pattern: "0x[0-9a-fA-F]+")
    private static let number = try? NSRegularExpression(
        pattern: #"(?<![\w.])[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?(?![\w.])"#)

    static func normaliseAddresses(_ text: String) -> String {
        guard let hex else { return text }
        return hex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "0xADDR")
    }

    /// Lines with addresses normalised and trailing whitespace removed.
    static func normalise(_ text: String) -> [String] {
        let lines = normaliseAddresses(text.replacingOccurrences(of: "\r\n", with: "\n"))
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingTrailingWhitespace() }
        var trimmed = lines
        while let last = trimmed.last, last.isEmpty { trimmed.removeLast() }
        return trimmed
    }

    /// Splits a line into alternating text and number tokens.
    static func tokenise(_ line: String) -> [String] {
        guard let number else { return [line] }
        var parts: [String] = []
        var position = line.startIndex
        for m in number.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
            guard let r = Range(m.range, in: line) else { continue }
            parts.append(String(line[position..<r.lowerBound]))
            parts.append(String(line[r]))
            position = r.upperBound
        }
        parts.append(String(line[position...]))
        return parts
    }

    static func linesEqual(_ expected: String, _ got: String, strict: Bool) -> Bool {
        if expected == got { return true }
        let e = tokenise(expected)
        let g = tokenise(got)
        guard e.count == g.count else { return false }
        for (i, (a, b)) in zip(e, g).enumerated() {
            if i % 2 == 0 {
                if a != b { return false }
            } else if a != b {
                if strict { return false }
                guard let x = Double(a), let y = Double(b) else { return false }
                if abs(x - y) > max(1e-5 * max(abs(x), abs(y)), 1e-6) { return false }
            }
        }
        return true
    }

    /// The first differing line, or nil when the outputs match.
    static func firstDifference(expected: String, got: String, strict: Bool) -> String? {
        let e = normalise(expected)
        let g = normalise(got)
        for i in 0..<max(e.count, g.count) {
            let a = i < e.count ? e[i] : nil
            let b = i < g.count ? g[i] : nil
            guard let a, let b, linesEqual(a, b, strict: strict) else {
                return
                    "stdout line \(i + 1): expected \(a.map { "'\($0)'" } ?? "end of output") got \(b.map { "'\($0)'" } ?? "end of output")"
            }
        }
        return nil
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = self
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}
