/// What a front end lends the magics: a way to ask the user a question (`%reset`), the entries
/// typed so far (`%history`), the next input to edit (`%load`) and the code of a notebook
/// (`%run NB.ipynb`). The prompt asks on the terminal; a kernel may ask through Jupyter's stdin
/// channel, or answer nil.
public struct MagicContext {
    /// Asks a question and returns the answer; nil when there is no one to ask (input ended).
    public var ask: (String) -> String?
    /// The entries so far, oldest first (a multi-line statement is one entry).
    public var history: () -> [String]
    /// Puts text in the next input for editing (`%load`); nil when the front end cannot.
    public var setNextInput: ((String) -> Void)?
    /// The code cells of a notebook file, joined, or nil if it cannot be read as one.
    public var notebookCode: (String) -> String?
    /// Whether output may be coloured for a terminal (`%graph` colours nodes by kind).
    public var colour = false
    /// Renders Graphviz DOT to an SVG file (`%graph --svg FILE`); returns the problem, or nil when
    /// written. Nil where the front end cannot (the language itself writes no files).
    public var saveSVG: ((_ dot: String, _ file: String) -> String?)?

    public init(
        ask: @escaping (String) -> String? = { _ in nil }, history: @escaping () -> [String] = { [] },
        setNextInput: ((String) -> Void)? = nil, notebookCode: @escaping (String) -> String? = { _ in nil },
        saveSVG: ((_ dot: String, _ file: String) -> String?)? = nil
    ) {
        self.ask = ask
        self.history = history
        self.setNextInput = setNextInput
        self.notebookCode = notebookCode
        self.saveSVG = saveSVG
    }
}

extension Session {
    /// Every magic with the options it takes, for Tab completion and `%lsmagic`.
    public static let magicOptions: [String: [String]] = [
        "backprop": [], "graph": ["--dot"], "hist": ["-n"], "history": ["-n"], "load": [], "lsmagic": [], "pwd": [],
        "reset": ["-f"], "run": [], "time": [], "timeit": ["-n", "-r", "-p", "-q", "-o"], "who": [], "whos": [],
    ]

    /// Whether `line` is a magic or an inspection (`x?`) rather than Python.
    public static func isMagic(_ line: String) -> Bool {
        let text = line.trimmingWhitespace()
        return text.hasPrefix("%") || inspectionTarget(text) != nil
    }

    /// Handles an IPython-style magic (see `magicOptions`), or `name?`, `?name`, `name??` for the
    /// inspector, and returns true; returns false for ordinary Python. Everything a magic prints goes
    /// to the session's sink as events; a magic's value (`%pwd`, `%timeit -o`) is shown as a result.
    ///
    /// ```swift
    /// if !session.runMagic(line, context: MagicContext()) { _ = session.runInteractive(source: line + "\n") }
    /// ```
    public func runMagic(_ line: String, context: MagicContext) -> Bool {
        engineState.installed { dispatchMagic(line, context: context) }
    }

    private func dispatchMagic(_ line: String, context: MagicContext) -> Bool {
        let text = line.trimmingWhitespace()
        if let target = Session.inspectionTarget(text) {
            inspect(target.name, detail: target.detail)
            return true
        }
        guard text.hasPrefix("%") else { return false }
        let parts = text.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingWhitespace() : ""
        switch parts.first ?? "" {
        case "timeit": if let value = timeit(argument) { show(value) }
        case "time": timeStatement(argument)
        case "who": who()
        case "whos": whos()
        case "reset": reset(force: argument == "-f", ask: context.ask)
        case "history", "hist": history(argument, entries: context.history())
        case "graph": graphMagic(GraphMagicArguments(argument), context: context)
        case "backprop": interpreter.write(backpropTrace(of: argument))
        case "lsmagic": lsmagic()
        case "pwd": show(.string(MagicFiles.currentDirectory()))
        case "run": runFile(argument, context: context)
        case "load": load(argument, context: context)
        case let name: interpreter.writeError("UsageError: Line magic function `%\(name)` not found.\n")
        }
        return true
    }

    /// Shows a magic's value as the prompt shows an expression's, and keeps it in `_`.
    func show(_ value: Value) {
        recordResult(value)
        if let repr = try? interpreter.repr(value) { interpreter.sink.receive(.result(ResultValue(repr: repr))) }
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

    private func lsmagic() {
        let names = Session.magicOptions.keys.sorted().map { "%" + $0 }.joined(separator: "  ")
        interpreter.write(
            "Available line magics:\n\(names)\n\nAutomagic is OFF, % prefix IS needed for line magics.\n")
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
