/// What a front end lends the magics: a way to ask the user a question (`%reset`) and the lines
/// typed so far (`%history`). The prompt asks on the terminal; a kernel may ask through Jupyter's
/// stdin channel, or answer nil.
public struct MagicContext {
    /// Asks a question and returns the answer; nil when there is no one to ask (input ended).
    public var ask: (String) -> String?
    /// The lines entered so far, oldest first.
    public var history: () -> [String]

    public init(ask: @escaping (String) -> String? = { _ in nil }, history: @escaping () -> [String] = { [] }) {
        self.ask = ask
        self.history = history
    }
}

extension Session {
    /// Handles an IPython-style magic — `%timeit`, `%who`, `%reset`, `%history`, `%graph`,
    /// `%backprop`, or `name?` for help — and returns true; returns false for ordinary Python.
    /// Everything a magic prints goes to the session's sink as events.
    ///
    /// ```swift
    /// if !session.runMagic(line, context: MagicContext()) { _ = session.runInteractive(source: line + "\n") }
    /// ```
    public func runMagic(_ line: String, context: MagicContext) -> Bool {
        let text = line.trimmingWhitespace()
        if text.hasSuffix("?") && !text.hasPrefix("%") && !text.contains(" ") && text.count > 1 {
            _ = runInteractive(source: "help(\(text.dropLast()))\n")
            return true
        }
        guard text.hasPrefix("%") else { return false }
        let parts = text.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingWhitespace() : ""
        switch parts.first ?? "" {
        case "timeit": timeit(argument)
        case "who": who()
        case "reset": reset(force: argument == "-f", ask: context.ask)
        case "history", "hist":
            let lines = context.history()
            interpreter.write(lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"))
        case "graph":
            let dot = argument.hasPrefix("--dot")
            let expression = dot ? String(argument.dropFirst(5)).trimmingWhitespace() : argument
            interpreter.write(graph(of: expression, dot: dot))
        case "backprop": interpreter.write(backpropTrace(of: argument))
        case let name: interpreter.writeError("UsageError: Line magic function `%\(name)` not found.\n")
        }
        return true
    }

    private func who() {
        let names = userVariables()
        interpreter.write(names.isEmpty ? "Interactive namespace is empty.\n" : names.joined(separator: "\t") + "\t\n")
    }

    private func reset(force: Bool, ask: (String) -> String?) {
        if !force {
            let answer = ask("Once deleted, variables cannot be recovered. Proceed (y/[n])? ")
            guard let answer, answer.trimmingWhitespace().lowercased().hasPrefix("y") else {
                interpreter.write("Nothing done.\n")
                return
            }
        }
        resetUserVariables()
    }

    /// Names the user defined, sorted (what `%who` lists); names bound at start-up are hidden.
    public func userVariables() -> [String] {
        interpreter.globals.keys.filter { !$0.hasPrefix("_") && !hiddenNames.contains($0) }.sorted()
    }

    /// Marks the names defined so far as the session's own (pre-imports), hidden from `%who` and kept by `%reset`.
    public func hideCurrentNames() {
        hiddenNames = Set(interpreter.globals.keys)
    }

    /// `%reset`: forgets every user variable, keeping the pre-imports.
    public func resetUserVariables() {
        for name in userVariables() { interpreter.globals.removeValue(forKey: name) }
        interpreter.globals.removeValue(forKey: "_")
    }
}
