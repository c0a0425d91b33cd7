import TensorLanguage

/// IPython-style magics at the prompt: `%timeit`, `%who`, `%reset`, `%history`, `%graph`, `%backprop`,
/// and `name?` for help.
struct Magics {
    let session: Session
    /// Asks a yes/no question (for `%reset`); nil when input ended.
    let ask: (String) -> String?
    let history: () -> [String]

    /// Every magic with the options it takes, for Tab completion.
    static let options: [String: [String]] = [
        "timeit": [], "who": [], "reset": ["-f"], "history": [], "hist": [], "graph": ["--dot"], "backprop": [],
    ]

    /// Handles `line` if it is a magic; returns false for ordinary Python.
    func handle(_ line: String) -> Bool {
        let text = line.trimmingCharacters()
        if text.hasSuffix("?") && !text.hasPrefix("%") && !text.contains(" ") && text.count > 1 {
            _ = session.runInteractive(source: "help(\(text.dropLast()))\n")
            return true
        }
        guard text.hasPrefix("%") else { return false }
        let parts = text.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters() : ""
        switch parts.first ?? "" {
        case "timeit": timeit(argument)
        case "who": who()
        case "reset": reset(force: argument == "-f")
        case "history", "hist": Output.write(history().joined(separator: "\n") + (history().isEmpty ? "" : "\n"))
        case "graph":
            let dot = argument.hasPrefix("--dot")
            let expression = dot ? String(argument.dropFirst(5)).trimmingCharacters() : argument
            Output.write(session.graph(of: expression, dot: dot))
        case "backprop": Output.write(session.backpropTrace(of: argument))
        case let name:
            Output.error("UsageError: Line magic function `%\(name)` not found.\n")
        }
        return true
    }

    /// IPython's auto-ranging: loops grow 1, 2, 5, 10, … until one run takes 0.2 s; then 7 runs.
    private func timeit(_ statement: String) {
        guard !statement.isEmpty else {
            Output.error("UsageError: %timeit needs a statement, e.g. %timeit x + 2\n")
            return
        }
        var loops = 1
        outer: while true {
            for factor in [1, 2, 5] {
                let n = loops * factor
                switch session.time(statement, loops: n) {
                case .failure(let error):
                    Output.error(error.message)
                    return
                case .success(let seconds) where seconds >= 0.2 || n >= 10_000_000:
                    loops = n
                    break outer
                case .success: continue
                }
            }
            loops *= 10
        }
        var perLoop: [Double] = []
        for _ in 0..<7 {
            guard case .success(let seconds) = session.time(statement, loops: loops) else { return }
            perLoop.append(seconds / Double(loops))
        }
        Output.write(TimeitReport.line(perLoop: perLoop, loops: loops) + "\n")
    }

    private func who() {
        let names = session.userVariables()
        Output.write(names.isEmpty ? "Interactive namespace is empty.\n" : names.joined(separator: "\t") + "\t\n")
    }

    private func reset(force: Bool) {
        if !force {
            let answer = ask("Once deleted, variables cannot be recovered. Proceed (y/[n])? ")
            guard let answer, answer.trimmingCharacters().lowercased().hasPrefix("y") else {
                Output.write("Nothing done.\n")
                return
            }
        }
        session.resetUserVariables()
    }
}
