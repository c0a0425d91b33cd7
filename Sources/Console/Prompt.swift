import Glibc
import TensorLanguage

/// The interactive prompt: `>>> ` and `... `, history, completion, Ctrl-C and Ctrl-D.
public final class Prompt {
    private let session: Session
    private let reader: LineReader
    private let editor: EditLineReader?

    public init() {
        session = Session(write: Output.write, writeError: Output.error)
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

    public static let banner = """
        Wick \(WickVersion.string) — PyTorch-style autograd at a Python prompt.
        Type Python with torch; Ctrl-D exits, Ctrl-C cancels the line.
        """

    /// Runs until end of input; returns the exit status.
    public func run() -> Int32 {
        Interrupt.install()
        Output.write(Prompt.banner + "\n")
        Output.flush()
        var pending: [String] = []
        while true {
            let prompt = pending.isEmpty ? ">>> " : "... "
            Output.flush()
            switch reader.readLine(prompt: prompt) {
            case .eof:
                editor?.saveHistory()
                editor?.close()
                return 0
            case .interrupted:
                Output.error("KeyboardInterrupt\n")
                pending.removeAll()
            case .line(let line):
                if !line.trimmingCharacters().isEmpty { editor?.addHistory(line) }
                pending.append(line)
                let source = pending.joined(separator: "\n") + "\n"
                if session.needsMoreInput(source) { continue }
                pending.removeAll()
                Interrupt.clear()
                _ = session.runInteractive(source: source)
                Output.flush()
                editor?.saveHistory()
            }
        }
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
