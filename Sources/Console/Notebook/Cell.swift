/// One cell of a notebook or cell script.
struct Cell: Equatable {
    enum Kind: Equatable {
        case code
        case markdown
        case raw
    }

    var kind: Kind
    var source: String
    /// The 1-based line where the source starts in the file (scripts), so tracebacks point at the file.
    var firstLine = 1
    /// What a stored notebook says this cell printed; `nil` when it has no outputs stored.
    var storedOutputs: [StoredOutput]?
}

/// One stored output of a notebook code cell, as far as checking needs it.
enum StoredOutput: Equatable {
    case stream(name: String, text: String)
    case result(text: String)
    case error(name: String, message: String)
    case other
}

/// Splits scripts into cells: jupytext percent cells (`# %%`) and sphinx-gallery blocks
/// (a comment line of 20 or more `#` starts a text block; code follows it).
enum CellScript {
    /// The cells of a script, or nil when it has no cell markers (then it runs as a plain script).
    static func cells(in text: String) -> [Cell]? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.contains(where: isPercentMarker) { return percentCells(lines) }
        if lines.contains(where: isGallerySeparator) { return galleryCells(lines) }
        return nil
    }

    static func isPercentMarker(_ line: String) -> Bool {
        line.hasPrefix("# %%") || line == "#%%" || line.hasPrefix("#%% ")
    }

    static func isGallerySeparator(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters()
        return trimmed.count >= 20 && trimmed.allSatisfy { $0 == "#" }
    }

    private static func percentCells(_ lines: [String]) -> [Cell] {
        var cells: [Cell] = []
        var kind = Cell.Kind.code
        var body: [String] = []
        var start = 1
        func flush() {
            let text = trimmed(body)
            if !text.isEmpty {
                cells.append(Cell(kind: kind, source: kind == .markdown ? uncomment(text) : text, firstLine: start))
            }
        }
        for (i, line) in lines.enumerated() {
            if isPercentMarker(line) {
                flush()
                body = []
                start = i + 2
                kind = line.contains("[markdown]") || line.contains("[md]") ? .markdown : (line.contains("[raw]") ? .raw : .code)
            } else {
                if body.isEmpty && line.trimmingCharacters().isEmpty {
                    start = i + 2
                    continue
                }
                body.append(line)
            }
        }
        flush()
        return cells
    }

    private static func galleryCells(_ lines: [String]) -> [Cell] {
        var cells: [Cell] = []
        var code: [String] = []
        var codeStart = 1
        var i = 0
        func flushCode() {
            let text = trimmed(code)
            if !text.isEmpty { cells.append(Cell(kind: .code, source: text, firstLine: codeStart)) }
            code = []
        }
        while i < lines.count {
            if isGallerySeparator(lines[i]) {
                flushCode()
                var prose: [String] = []
                i += 1
                while i < lines.count, lines[i].hasPrefix("#") {
                    prose.append(lines[i])
                    i += 1
                }
                let text = uncomment(prose.joined(separator: "\n"))
                if !text.isEmpty { cells.append(Cell(kind: .markdown, source: text)) }
                codeStart = i + 1
                continue
            }
            if code.isEmpty && lines[i].trimmingCharacters().isEmpty { codeStart = i + 2 } else { code.append(lines[i]) }
            i += 1
        }
        flushCode()
        return cells
    }

    /// Drops trailing blank lines.
    private static func trimmed(_ lines: [String]) -> String {
        var body = lines
        while let last = body.last, last.trimmingCharacters().isEmpty { body.removeLast() }
        return body.joined(separator: "\n")
    }

    /// Markdown written as comments: `# text` → `text`.
    private static func uncomment(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("# ") { return String(line.dropFirst(2)) }
            if line.hasPrefix("#") { return String(line.dropFirst()) }
            return String(line)
        }.joined(separator: "\n").trimmingCharacters()
    }
}
