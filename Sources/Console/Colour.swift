import Glibc

/// Terminal colour for the prompt and tracebacks: on only for a terminal, off when `NO_COLOR` is set.
enum Colour {
    /// CPython 3.13's prompt colour, bold magenta.
    static let prompt = (start: "\u{1B}[1;35m", end: "\u{1B}[0m")
    static let reset = "\u{1B}[0m"
    static let magenta = "\u{1B}[35m"
    static let boldMagenta = "\u{1B}[1;35m"

    /// Whether to colour what goes to `fd`: it is a terminal, `NO_COLOR` is unset or empty, and `TERM` is not `dumb`.
    static func isWanted(for fd: Int32) -> Bool {
        guard isatty(fd) == 1 else { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }

    /// A traceback coloured as CPython 3.13 colours it: file, line and function in magenta,
    /// the exception's name in bold magenta and its message in magenta.
    static func traceback(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.contains(where: isFrameLine) || text.hasPrefix("Traceback") else { return text }
        for index in lines.indices {
            if isFrameLine(lines[index]) {
                lines[index] = frame(lines[index])
            }
        }
        if let last = lines.lastIndex(where: { !$0.isEmpty }), !lines[last].hasPrefix(" ") {
            lines[last] = summary(lines[last])
        }
        return lines.joined(separator: "\n")
    }

    private static func isFrameLine(_ line: String) -> Bool {
        line.hasPrefix("  File \"")
    }

    private static func frame(_ line: String) -> String {
        guard let match = line.firstMatch(of: /^  File ("[^"]*"), line (\d+)(, in (.*))?$/) else { return line }
        var result = "  File \(magenta)\(match.output.1)\(reset), line \(magenta)\(match.output.2)\(reset)"
        if let function = match.output.4 { result += ", in \(magenta)\(function)\(reset)" }
        return result
    }

    private static func summary(_ line: String) -> String {
        guard let colon = line.firstIndex(of: ":") else { return boldMagenta + line + reset }
        let name = line[..<colon]
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else { return line }
        let message = line[line.index(after: colon)...]
        return boldMagenta + name + reset + ":" + (message.isEmpty ? "" : magenta + message + reset)
    }
}
