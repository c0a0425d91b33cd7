import Glibc
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
    /// Lines typed this session, for `%history`.
    private var entries: [String] = []
    /// Set when an entry raised `SystemExit`: the prompt ends with this status, as CPython's REPL does.
    private var exitStatus: Int32?

    public init() {
        session = Session(sink: TerminalSink())
        let path = Prompt.historyPath()
        let session = session
        if let editor = EditLineReader(historyPath: path, completer: { session.completions(for: $0) }) {
            self.editor = editor
            self.reader = editor
        } else {
            self.editor = nil
            self.reader = PlainLineReader()
        }
        session.interruptCheck = { Interrupt.poll() }
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

    /// Runs until end of input; returns the exit status.
    public func run() -> Int32 {
        Interrupt.install()
        _ = session.run(source: Prompt.startupSource, fileName: "<startup>")
        session.hideCurrentNames()
        let magics = MagicContext(
            ask: { [reader] question in
                if case .line(let answer) = reader.readLine(prompt: question) { return answer }
                return nil
            },
            history: { [unowned self] in self.entries })
        Output.write(Prompt.banner + "\n")
        while true {
            Output.flush()
            switch reader.readLine(prompt: pending.isEmpty ? ">>> " : "... ") {
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
            case .line(let line):
                if !line.trimmingCharacters().isEmpty {
                    editor?.addHistory(line)
                    entries.append(line)
                }
                if pending.isEmpty && session.runMagic(line, context: magics) {
                    Output.flush()
                    continue
                }
                pending.append(line)
                if session.needsMoreInput(source(of: pending)) { continue }
                runPending()
                editor?.saveHistory()
            }
            if let exitStatus {
                editor?.close()
                return exitStatus
            }
        }
    }

    /// Runs the statement typed so far and starts a new one.
    ///
    /// At end of input the statement runs as if a blank line had ended it, and
    /// input still unfinished is reported as CPython does ("'(' was never closed").
    private func runPending(atEndOfInput: Bool = false) {
        if atEndOfInput { pending.append("") }
        let source = source(of: pending)
        pending.removeAll()
        // A Ctrl-C pressed before the statement started belongs to the previous one.
        Interrupt.clear()
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

extension String {
    func trimmingCharacters() -> String {
        String(
            unicodeScalars.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed().map(
                Character.init))
    }
}

/// The version shown in the banner and `--version`.
public enum WickVersion {
    public static let string = "0.1.0"
}

/// What the banner's parenthesis says about the build: configuration, compiler and platform.
enum BuildInfo {
    static var description: String {
        "\(configuration), Swift \(compiler), \(platform)"
    }

    private static var configuration: String {
        #if DEBUG
            "debug"
        #else
            "release"
        #endif
    }

    private static var compiler: String {
        #if compiler(>=6.3)
            "6.3"
        #elseif compiler(>=6.2)
            "6.2"
        #elseif compiler(>=6.1)
            "6.1"
        #else
            "6.0"
        #endif
    }

    private static var platform: String {
        #if arch(x86_64)
            let arch = "x86_64"
        #elseif arch(arm64)
            let arch = "arm64"
        #else
            let arch = "unknown"
        #endif
        #if os(Linux)
            return "linux " + arch
        #else
            return arch
        #endif
    }
}
