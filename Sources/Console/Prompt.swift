import Glibc
import Graphviz
import TensorLanguage

/// The interactive prompt: `>>> ` and `... `, history, completion, Ctrl-C and Ctrl-D.
///
/// It starts with `torch`, `math` and `torch.nn.functional as F` imported, as its banner says.
///
/// ```swift
/// let status = Prompt().run()  // returns 0 after Ctrl-D
/// ```
public final class Prompt {
    private let session: Session
    private let reader: LineReader
    private let editor: EditLineReader?
    /// Lines of a statement typed so far, shown with the `... ` prompt.
    private var pending: [String] = []
    /// Statements entered this session, for `%history` (a block is one entry).
    private var entries: [String] = []
    /// Set when an entry raised `SystemExit`: the prompt ends with this status, as CPython's REPL does.
    private var exitStatus: Int32?
    /// Text `%load` put in the next input, for editing.
    private var nextInput: String?

    public init() {
        let sink = TerminalSink()
        sink.colourErrors = Colour.isWanted(for: STDERR_FILENO)
        session = Session(sink: sink)
        let path = Prompt.historyPath()
        let session = session
        let completion = CompletionSource(
            names: { session.completions(for: $0) },
            keywordArguments: { session.keywordArguments(ofCallable: $0) },
            dictionaryKeys: { session.dictionaryKeys(of: $0) },
            magics: Session.magicOptions)
        let promptColour = Colour.isWanted(for: STDOUT_FILENO) ? Colour.prompt : ("", "")
        if let editor = EditLineReader(historyPath: path, completion: completion, promptColour: promptColour) {
            self.editor = editor
            self.reader = editor
        } else {
            self.editor = nil
            self.reader = PlainLineReader()
        }
        session.interruptCheck = { Interrupt.poll() }
        // `input()` at the prompt reads through the same line reader, showing its prompt there.
        session.inputReader = { [reader] prompt in
            switch reader.readLine(prompt: prompt) {
            case .line(let line): .line(line)
            case .eof: .endOfInput
            case .interrupted: .interrupted
            }
        }
    }

    /// `~/.wick_history`, or `$WICK_HISTORY`.
    static func historyPath() -> String? {
        if let override = getenv("WICK_HISTORY") { return String(cString: override) }
        guard let home = getenv("HOME") else { return nil }
        return String(cString: home) + "/.wick_history"
    }

    /// Modules every interactive session starts with, as the banner says.
    static let startupSource = """
        import torch
        import math
        import torch.nn.functional as F

        """

    /// Two lines in the manner of CPython's banner: version and build, then a hint.
    public static let banner = """
        Wick \(WickVersion.string) (\(BuildInfo.description)) — PyTorch-style autograd
        torch, math and F (torch.nn.functional) are imported. Ctrl-D exits, Ctrl-C interrupts.
        """

    /// `%graph --svg FILE`: Graphviz's `dot` renders the picture; the problem, or nil when written.
    static func saveSVG(dot: String, file: String) -> String? {
        switch Graphviz.svg(fromDOT: dot).flatMap({ Graphviz.save($0, to: file) }) {
        case .success: return nil
        case .failure(let problem): return "\(problem)"
        }
    }

    /// Runs until end of input; returns the exit status.
    public func run() -> Int32 {
        Interrupt.install()
        _ = session.run(source: Prompt.startupSource, fileName: "<startup>")
        session.hideCurrentNames()
        session.keepOutputHistory()
        var magics = MagicContext(
            ask: { [reader] question in
                if case .line(let answer) = reader.readLine(prompt: question) { return answer }
                return nil
            },
            history: { [unowned self] in self.entries },
            setNextInput: editor == nil ? nil : { [unowned self] in self.nextInput = $0 },
            notebookCode: { NotebookRunner.code(of: $0) },
            saveSVG: Prompt.saveSVG)
        magics.colour = Colour.isWanted(for: STDOUT_FILENO)
        Output.write(Prompt.banner + "\n")
        while true {
            Output.flush()
            // exit() or quit() ran: leave as Ctrl-D does, with the status asked for.
            if let status = session.exitStatus {
                editor?.saveHistory()
                editor?.close()
                return status
            }
            switch read() {
            case .eof:
                // As in CPython, end of input inside a block ends the block, not the session.
                if !pending.isEmpty {
                    runPending(atEndOfInput: true)
                    continue
                }
                editor?.saveHistory()
                editor?.close()
                return 0
            case .interrupted:
                // EditLineReader has already ended the screen line after `^C`;
                // the plain reader has not, and CPython prints "\nKeyboardInterrupt\n".
                Output.error(editor == nil ? "\nKeyboardInterrupt\n" : "KeyboardInterrupt\n")
                pending.removeAll()
            case .line(let typed):
                // Enter on a line of only spaces ends a block, as a blank line does.
                let line = !pending.isEmpty && typed.trimmingCharacters().isEmpty ? "" : typed
                if pending.isEmpty && line.contains("\n") {
                    runBlock(line)
                    continue
                }
                if pending.isEmpty && Session.isMagic(line) {
                    // Remembered first, so `%history` lists itself as IPython's does.
                    remember(line)
                    session.beginEntry()
                    _ = session.runMagic(line, context: magics)
                    Output.flush()
                    continue
                }
                pending.append(line)
                if session.needsMoreInput(source(of: pending)) { continue }
                runPending()
            }
            if let exitStatus {
                editor?.close()
                return exitStatus
            }
        }
    }

    /// Reads the next line; a continuation line starts indented as the block needs.
    private func read() -> LineReadResult {
        let prompt = pending.isEmpty ? ">>> " : "... "
        guard let editor else { return reader.readLine(prompt: prompt) }
        let initial = nextInput ?? (pending.isEmpty ? "" : AutoIndent.indent(after: pending))
        nextInput = nil
        return editor.readLine(prompt: prompt, initialText: initial)
    }

    /// Adds a whole statement to the history (one entry, newlines inside) and saves the file.
    private func remember(_ statement: String) {
        var lines = statement.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, last.trimmingCharacters().isEmpty { lines.removeLast() }
        guard !lines.isEmpty else { return }
        let entry = lines.joined(separator: "\n")
        editor?.addHistory(entry)
        entries.append(entry)
        editor?.saveHistory()
    }

    /// Runs a pasted or recalled multi-line block as one piece; unfinished brackets continue with `... `.
    private func runBlock(_ text: String) {
        Interrupt.clear()
        session.beginEntry()
        if session.runBlock(source: text + "\n") == .incomplete {
            pending = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            return
        }
        remember(text)
        Output.flush()
    }

    /// Runs the statement typed so far and starts a new one.
    ///
    /// At end of input the statement runs as if a blank line had ended it, and
    /// input still unfinished is reported as CPython does ("'(' was never closed").
    private func runPending(atEndOfInput: Bool = false) {
        if atEndOfInput { pending.append("") }
        let source = source(of: pending)
        remember(source)
        pending.removeAll()
        // A Ctrl-C pressed before the statement started belongs to the previous one.
        Interrupt.clear()
        session.beginEntry()
        var outcome = session.runInteractive(source: source)
        if outcome == .incomplete && atEndOfInput {
            // Parsed as a file, unfinished input is a syntax error rather than "incomplete".
            outcome = session.run(source: source, fileName: "<stdin>")
        }
        if case .exited(let status) = outcome { exitStatus = status }
        Output.flush()
    }

    private func source(of lines: [String]) -> String {
        lines.joined(separator: "\n") + "\n"
    }
}
