import Graphviz
import TensorLanguage

/// A cell cut at its magic lines: Python runs between them, in order.
enum CellPiece: Equatable {
    /// Python source, padded with blank lines so line numbers are the cell's.
    case python(String)
    case magic(String)

    static func pieces(of cell: String) -> [CellPiece] {
        var pieces: [CellPiece] = []
        var python: [Substring] = []
        var pythonStart = 0
        let lines = cell.split(separator: "\n", omittingEmptySubsequences: false)
        func flush() {
            if python.contains(where: { !isBlankOrComment($0) }) {
                pieces.append(.python(String(repeating: "\n", count: pythonStart) + python.joined(separator: "\n") + "\n"))
            }
            python = []
        }
        for (index, line) in lines.enumerated() {
            if isMagic(line) {
                flush()
                pieces.append(.magic(line.trimmingSuffixWhitespace().description))
                pythonStart = index + 1
            } else {
                if python.isEmpty { pythonStart = index }
                python.append(line)
            }
        }
        flush()
        return pieces
    }

    /// `%name …` at the start of a line, or `name?` / `?name` alone on it.
    static func isMagic(_ line: Substring) -> Bool {
        if line.hasPrefix("%") { return true }
        let text = line.trimmingSuffixWhitespace()
        guard !text.hasPrefix(" "), !text.hasPrefix("#"), text.count > 1, !text.contains(" ") else { return false }
        let name = text.hasSuffix("?") ? text.dropLast() : (text.hasPrefix("?") ? text.dropFirst() : "")
        return !name.isEmpty && name.unicodeScalars.allSatisfy(CodeWords.isNamePart)
    }

    private static func isBlankOrComment(_ line: Substring) -> Bool {
        let text = line.drop { $0 == " " || $0 == "\t" }
        return text.isEmpty || text.hasPrefix("#")
    }
}

extension KernelServer {
    /// Runs a cell's Python and magic pieces in order; the last piece's result is the cell's.
    func runCell(_ code: String, fileName: String, output: CellOutput) -> CellEnd {
        var end = CellEnd.completed(result: nil)
        for piece in CellPiece.pieces(of: code) {
            switch piece {
            case .python(let source): end = runner.run(source, fileName: fileName, cell: code, output: output)
            case .magic(let line): end = runMagic(line, output: output)
            }
            if case .failed = end { return end }
        }
        return end
    }

    /// The shared magics (`%timeit`, `%who`, `%reset`, `%history`, `name?`, …), with `%graph` and
    /// `%backprop` drawn as a picture and a table.
    func runMagic(_ line: String, output: CellOutput) -> CellEnd {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? Substring(parts[1]).trimmingSuffixWhitespace().drop { $0 == " " }.description : ""
        switch parts.first ?? "" {
        case "%graph": return graph(argument, output: output)
        case "%backprop":
            runner.withOutput(output) { session in
                switch session.backpropReport(of: argument) {
                case .success(let report): output.display(["text/plain": report.text, "text/html": report.html])
                case .failure(let problem): output.stream("stdout", problem.message)
                }
            }
        default:
            let context = MagicContext(ask: { _ in nil }, history: { [history] in history }, saveSVG: Self.saveSVG)
            _ = runner.withOutput(output) { session in session.runMagic(line, context: context) }
        }
        return .completed(result: nil)
    }

    static func saveSVG(dot: String, file: String) -> String? {
        switch Graphviz.svg(fromDOT: dot).flatMap({ Graphviz.save($0, to: file) }) {
        case .success: return nil
        case .failure(let problem): return "\(problem)"
        }
    }

    /// `%graph EXPR` as an SVG picture beside the text tree; `--dot` prints DOT; `--svg FILE` saves it.
    private func graph(_ argument: String, output: CellOutput) -> CellEnd {
        let options = GraphMagicArguments(argument)
        guard !options.isIncomplete || options.svgFile == nil else {
            output.stream("stderr", GraphMagicArguments.svgUsage)
            return .completed(result: nil)
        }
        runner.withOutput(output) { session in
            switch session.graphDrawing(of: options.expression) {
            case .failure(let problem): output.stream("stdout", problem.message)
            case .success(let drawing) where options.dot: output.stream("stdout", drawing.dot)
            case .success(let drawing):
                switch Graphviz.svg(fromDOT: drawing.dot) {
                case .success(let svg):
                    if let file = options.svgFile {
                        switch Graphviz.save(svg, to: file) {
                        case .success: output.stream("stdout", GraphMagicArguments.saved(options.expression, to: file))
                        case .failure(let problem): output.stream("stderr", "\(problem)\n")
                        }
                    } else {
                        output.display(["image/svg+xml": svg, "text/plain": drawing.tree])
                    }
                case .failure(.notInstalled):
                    output.stream("stdout", drawing.tree)
                    output.stream("stderr", KernelMessages.graphvizMissing)
                case .failure(let problem):
                    output.stream("stdout", drawing.tree)
                    output.stream("stderr", "\(problem)\n")
                }
            }
        }
        return .completed(result: nil)
    }
}
