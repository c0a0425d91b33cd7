import Glibc
import TensorLanguage

/// Runs notebooks and cell scripts like Jupyter's "Run All": `wick FILE`, `--echo`, `--check`, `--execute`.
public enum NotebookRunner {
    /// Exit status for a file that is not a readable notebook.
    static let badInput: Int32 = 2

    /// Cells of a notebook (`.ipynb`) or cell script; nil for a plain script.
    static func load(_ path: String) -> Result<(cells: [Cell], notebook: Notebook?)?, Notebook.LoadError> {
        guard let bytes = SourceFile.bytes(path) else {
            return .failure(.init(message: String(cString: strerror(errno))))
        }
        if path.hasSuffix(".ipynb") {
            do {
                let notebook = try Notebook(data: bytes)
                return .success((notebook.cells, notebook))
            } catch let error as Notebook.LoadError {
                return .failure(error)
            } catch {
                return .failure(.init(message: "unreadable notebook"))
            }
        }
        guard let cells = CellScript.cells(in: SourceFile.text(bytes)) else { return .success(nil) }
        return .success((cells, nil))
    }

    /// `wick FILE`: a notebook runs cell by cell, Jupyter-style (each cell's last expression shown);
    /// a `.py` file runs exactly as `python FILE` runs it, whatever comments it holds, unless `cells`
    /// (`--cells`) or `echo` (`--echo`) asks for cell-by-cell echo of its `# %%` cells.
    public static func run(path: String, echo: Bool, cells: Bool, continueOnError: Bool) -> Int32 {
        let isNotebook = path.hasSuffix(".ipynb")
        if !isNotebook && !echo && !cells { return Runner.runFile(path) }
        let loaded: [Cell]
        switch load(path) {
        case .failure(let error):
            if !isNotebook { return Runner.runFile(path) }
            Output.error("wick: \(path): \(error.message)\n")
            return badInput
        case .success(nil):
            if echo { return echoPlainScript(path) }
            guard let source = SourceFile.read(path) else { return Runner.runFile(path) }
            loaded = [Cell(kind: .code, source: source)]
        case .success(let found?): loaded = found.cells
        }
        let terminal = TerminalSink()
        let session = Session(sink: terminal)
        Interrupt.install()
        session.interruptCheck = { Interrupt.poll() }
        return session.runningCells {
            runCells(
                loaded, in: session, terminal: terminal, path: path, echo: echo, continueOnError: continueOnError)
        }
    }

    /// Runs cells one after another as Jupyter's "Run All" does; returns the exit status.
    private static func runCells(
        _ loaded: [Cell], in session: Session, terminal: TerminalSink, path: String, echo: Bool,
        continueOnError: Bool
    ) -> Int32 {
        let isNotebook = path.hasSuffix(".ipynb")
        var count = 0
        var failed: Int32 = 0
        for cell in loaded {
            guard cell.kind == .code else {
                if echo { Output.write(cell.source + "\n\n") }
                continue
            }
            count += 1
            if echo { Output.write("In [\(count)]:\n\(cell.source)\n\n") }
            terminal.resultPrefix = echo ? "Out[\(count)]: " : ""
            // A notebook's tracebacks name the cell as IPython does; a script's name the file and its lines.
            let result =
                isNotebook
                ? session.runCell(cell.source, fileName: "Cell In[\(count)]")
                : session.runCell(cell.source, fileName: path, firstLine: cell.firstLine)
            if echo { Output.write("\n") }
            Output.flush()
            if case .exited = result.outcome { return Runner.status(of: result.outcome) }
            if case .failed = result.outcome {
                failed = Runner.status(of: result.outcome)
                if !continueOnError || failed == Runner.interruptedStatus { break }
            }
        }
        return failed
    }

    /// A plain script echoed as one cell.
    private static func echoPlainScript(_ path: String) -> Int32 {
        guard let source = SourceFile.read(path) else { return Runner.runFile(path) }
        Output.write("In [1]:\n\(source.trimmingCharacters())\n\n")
        return Runner.runScript(source, fileName: path)
    }

    /// The code cells of a notebook joined into one script (for `%run NB.ipynb`), or nil.
    public static func code(of path: String) -> String? {
        guard case .success(let found?) = load(path) else { return nil }
        return found.cells.filter { $0.kind == .code }.map(\.source).joined(separator: "\n\n") + "\n"
    }

    /// `wick --check NOTEBOOK`: runs every cell and compares with the stored outputs.
    public static func check(path: String) -> Int32 {
        guard case .success(let found?) = load(path), let notebook = found.notebook else {
            if case .failure(let error) = load(path) {
                Output.error("wick: \(path): \(error.message)\n")
            } else {
                Output.error("wick: \(path): --check needs a Jupyter notebook (.ipynb)\n")
            }
            return badInput
        }
        let session = Session(sink: DiscardingSink())
        Interrupt.install()
        session.interruptCheck = { Interrupt.poll() }
        let (matching, differing, interrupted) = session.runningCells { compareCells(of: notebook, in: session) }
        if interrupted { return Runner.interruptedStatus }
        Output.write("\(matching) cells match, \(differing) differ\n")
        return differing == 0 ? 0 : 1
    }

    /// Runs a notebook's code cells and compares each with its stored outputs, printing each difference.
    private static func compareCells(of notebook: Notebook, in session: Session) -> (Int, Int, Bool) {
        var matching = 0
        var differing = 0
        var count = 0
        for (index, cell) in notebook.cells.enumerated() where cell.kind == .code {
            count += 1
            let result = session.runCell(cell.source, fileName: "Cell In[\(count)]")
            if case .failed("KeyboardInterrupt") = result.outcome {
                Output.error(traceback(of: result))
                return (matching, differing, true)
            }
            guard let stored = cell.storedOutputs else { continue }
            if let problem = NotebookCheck.compare(stored: stored, fresh: result) {
                differing += 1
                Output.write("cell \(index + 1): expected \(problem.expected) / got \(problem.got)\n")
            } else {
                matching += 1
            }
        }
        return (matching, differing, false)
    }
}
