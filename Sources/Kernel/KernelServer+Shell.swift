import JSON
import TensorLanguage

extension KernelServer {
    /// One shell request, bracketed by `busy` and `idle` on iopub.
    /// After a failed cell with `stop_on_error`, the cells already queued behind it are aborted.
    func handleShell(_ request: Message) {
        publish("status", content: ["execution_state": "busy"], parent: request)
        var abortQueue = false
        switch request.type {
        case "execute_request": abortQueue = execute(request)
        case "kernel_info_request": reply(to: request, on: shell, content: info.content)
        case "complete_request": reply(to: request, on: shell, content: complete(request.content))
        case "inspect_request": reply(to: request, on: shell, content: inspect(request.content))
        case "is_complete_request": reply(to: request, on: shell, content: isComplete(request.content))
        case "history_request": reply(to: request, on: shell, content: historyReply(request.content))
        case "comm_info_request": reply(to: request, on: shell, content: ["status": "ok", "comms": [:]])
        case "shutdown_request": shutdown(request, on: shell)
        default: Self.log("wick kernel: unknown message type \(request.type) on shell")
        }
        // As ipykernel does, before going idle: a client that waits for idle has sent nothing since.
        if abortQueue { abortQueuedCells() }
        publish("status", content: ["execution_state": "idle"], parent: request)
    }

    /// Completions for the name before the cursor, from the same completer as the prompt.
    func complete(_ content: JSONValue) -> JSONValue {
        let code = Array((content["code"]?.stringValue ?? "").unicodeScalars)
        let cursor = min(max(content["cursor_pos"]?.intValue ?? code.count, 0), code.count)
        let word = CodeWords.word(endingAt: cursor, in: code)
        let matches = word.isEmpty ? [] : runner.session.completions(for: word)
        return [
            "status": "ok", "matches": .array(matches.map { .string($0) }),
            "cursor_start": .integer(cursor - word.unicodeScalars.count), "cursor_end": .integer(cursor),
            "metadata": [:],
        ]
    }

    /// `help(name)` for the name under the cursor, as `name?` prints it at the prompt.
    func inspect(_ content: JSONValue) -> JSONValue {
        let code = Array((content["code"]?.stringValue ?? "").unicodeScalars)
        let cursor = min(max(content["cursor_pos"]?.intValue ?? code.count, 0), code.count)
        let name = CodeWords.word(around: cursor, in: code)
        guard !name.isEmpty, !name.hasSuffix(".") else { return ["status": "ok", "found": false, "data": [:], "metadata": [:]] }
        let result = runner.session.runCell("help(\(name))\n", fileName: "<inspect>")
        guard case .completed = result.outcome, !result.stdout.isEmpty else {
            return ["status": "ok", "found": false, "data": [:], "metadata": [:]]
        }
        return ["status": "ok", "found": true, "data": ["text/plain": .string(result.stdout)], "metadata": [:]]
    }

    /// The parser's verdict, with IPython's suggested indent for the next line.
    func isComplete(_ content: JSONValue) -> JSONValue {
        let code = content["code"]?.stringValue ?? ""
        switch runner.session.inputStatus(code) {
        case .complete: return ["status": "complete"]
        case .invalid: return ["status": "invalid"]
        case .incomplete: return ["status": "incomplete", "indent": .string(CodeWords.nextIndent(after: code))]
        }
    }

    /// `tail`, `range` and `search` over this session's stored inputs (session number 1).
    func historyReply(_ content: JSONValue) -> JSONValue {
        let numbered = history.enumerated().map { (line: $0.offset + 1, input: $0.element) }
        let chosen: [(line: Int, input: String)]
        switch content["hist_access_type"]?.stringValue ?? "tail" {
        case "range":
            let start = content["start"]?.intValue ?? 1
            let stop = content["stop"]?.intValue ?? Int.max
            chosen = numbered.filter { $0.line >= start && $0.line < stop }
        case "search":
            let pattern = content["pattern"]?.stringValue ?? "*"
            let found = numbered.filter { GlobPattern.matches(pattern, $0.input) }
            chosen = Array(found.suffix(content["n"]?.intValue ?? found.count))
        default:
            chosen = Array(numbered.suffix(max(content["n"]?.intValue ?? 10, 0)))
        }
        let entries: [JSONValue] = chosen.map { [1, .integer($0.line), .string($0.input)] }
        return ["status": "ok", "history": .array(entries)]
    }
}

/// Finding names in a cell's code by code point offset (the protocol's `cursor_pos`).
enum CodeWords {
    static func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "." || scalar.properties.isXIDContinue
    }

    /// The identifier or dotted name that ends at `cursor` (`torch.on` in `x = torch.on|`).
    static func word(endingAt cursor: Int, in code: [Unicode.Scalar]) -> String {
        var start = cursor
        while start > 0, isNamePart(code[start - 1]) { start -= 1 }
        while start < cursor, !(code[start] == "_" || code[start].properties.isXIDStart) { start += 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: code[start..<cursor])
        return String(text)
    }

    /// The whole dotted name the cursor is in or just after (`torch.ones` in `torch.on|es(2)`).
    static func word(around cursor: Int, in code: [Unicode.Scalar]) -> String {
        var end = cursor
        while end < code.count, isNamePart(code[end]), code[end] != "." { end += 1 }
        return word(endingAt: end, in: code)
    }

    /// IPython's indent for the next line: the last line's, four more after a colon.
    static func nextIndent(after code: String) -> String {
        let last = code.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.allSatisfy(\.isWhitespace) }
        guard let last else { return "" }
        let indent = String(last.prefix { $0 == " " || $0 == "\t" })
        return last.trimmingSuffixWhitespace().hasSuffix(":") ? indent + "    " : indent
    }
}

extension Substring {
    func trimmingSuffixWhitespace() -> Substring {
        var s = self
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return s
    }
}

/// fnmatch's `*` and `?` (what IPython's history search takes).
enum GlobPattern {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern)
        let t = Array(text)
        var pi = 0
        var ti = 0
        var star = -1
        var mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
                pi += 1
                ti += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi
                mark = ti
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
