import Glibc
import JSON
import TensorLanguage

extension NotebookRunner {
    /// `wick --execute NOTEBOOK -o OUT`: runs the notebook and writes it with fresh outputs and
    /// execution counts; markdown cells and metadata stay as they were. The file is written to a
    /// temporary file and renamed, so it is never half-written.
    public static func execute(path: String, output: String?, inPlace: Bool, continueOnError: Bool) -> Int32 {
        guard path.hasSuffix(".ipynb") else {
            Output.error("wick: \(path): --execute needs a Jupyter notebook (.ipynb)\n")
            return badInput
        }
        let target = output ?? (inPlace ? path : "")
        guard !target.isEmpty else {
            Output.error("wick: --execute needs -o OUT.ipynb (or --in-place to overwrite \(path))\n")
            return badInput
        }
        if Self.sameFile(target, path) && !inPlace {
            Output.error("wick: refusing to overwrite the input \(path); pass --in-place to do that\n")
            return badInput
        }
        if let problem = AtomicFile.refusal(toReplace: target) {
            Output.error("wick: \(problem)\n")
            return badInput
        }
        let notebook: Notebook
        switch load(path) {
        case .success(let found?) where found.notebook != nil:
            guard let nb = found.notebook else { return badInput }
            notebook = nb
        case .failure(let error):
            Output.error("wick: \(path): \(error.message)\n")
            return badInput
        default:
            Output.error("wick: \(path): not a notebook\n")
            return badInput
        }
        Interrupt.install()
        let (results, failed) = runAll(notebook, continueOnError: continueOnError)
        // Ctrl-C stops the run and nothing is written, as if the command had not been given.
        if failed == Runner.interruptedStatus { return failed }
        if Interrupt.poll() {
            Output.error("KeyboardInterrupt\n")
            return Runner.interruptedStatus
        }
        do {
            try AtomicFile.write(Notebook.encode(notebook.withOutputs(results)), to: target)
        } catch let error as Notebook.LoadError {
            Output.error("wick: \(error.message)\n")
            return badInput
        } catch {
            Output.error("wick: cannot write \(target)\n")
            return badInput
        }
        return failed
    }

    /// Runs every code cell; returns their outputs and the exit status so far (0, 1 when a cell
    /// failed, 130 when Ctrl-C stopped the run).
    private static func runAll(_ notebook: Notebook, continueOnError: Bool) -> ([Int: (count: Int, outputs: [JSONValue])], Int32)
    {
        let session = Session(sink: DiscardingSink())
        session.interruptCheck = { Interrupt.poll() }
        return session.runningCells { runCells(of: notebook, in: session, continueOnError: continueOnError) }
    }

    private static func runCells(
        of notebook: Notebook, in session: Session, continueOnError: Bool
    ) -> ([Int: (count: Int, outputs: [JSONValue])], Int32) {
        let codeCells = notebook.cells.enumerated().filter { $0.element.kind == .code }
        let showProgress = isatty(STDERR_FILENO) == 1
        var results: [Int: (count: Int, outputs: [JSONValue])] = [:]
        var count = 0
        var status: Int32 = 0
        defer { if showProgress { Output.error("\r\u{1B}[K") } }
        for (index, cell) in codeCells {
            count += 1
            if showProgress { Output.error("\r[\(count)/\(codeCells.count)] running cell \(index + 1)…\u{1B}[K") }
            let r = session.runCell(cell.source, fileName: "Cell In[\(count)]")
            results[index] = (count, Notebook.outputs(of: r.events, count: count))
            if case .exited = r.outcome { return (results, Runner.failureStatus) }
            if case .failed(let name) = r.outcome {
                if showProgress { Output.error("\r\u{1B}[K") }
                if name == "KeyboardInterrupt" {
                    Output.error(traceback(of: r))
                    return (results, Runner.interruptedStatus)
                }
                reportFailure(of: cell, number: index + 1, result: r, exceptionName: name, stopping: !continueOnError)
                status = Runner.failureStatus
                if !continueOnError { return (results, status) }
            }
        }
        return (results, status)
    }

    /// The traceback text of a cell's uncaught exception.
    static func traceback(of result: CellResult) -> String {
        result.events.compactMap { event -> String? in
            if case .error(let report) = event { return report.traceback }
            return nil
        }.joined()
    }

    /// Tells stderr which cell failed and how, as `jupyter nbconvert --execute` does; with
    /// `--continue-on-error` one line per failing cell, the traceback staying in the notebook.
    private static func reportFailure(
        of cell: Cell, number: Int, result: CellResult, exceptionName: String, stopping: Bool
    ) {
        let traceback = traceback(of: result)
        guard stopping else {
            Output.error("wick: cell \(number) raised \(exceptionName); its traceback is in the output notebook\n")
            return
        }
        let rule = "------------------"
        Output.error(
            "An error occurred while executing the following cell (cell \(number)):\n\(rule)\n\(cell.source)\n\(rule)\n\n\(traceback)\n"
        )
    }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat()
        var sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return a == b }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}
