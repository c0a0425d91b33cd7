#if canImport(Glibc)
    import Glibc
#endif

/// `%history`, `%whos` and `%time`.
extension Session {
    /// `%history [-n] [RANGE…]`: entries by number (`4`, `2-5`, `3:6` as a slice), with `-n` their numbers.
    func history(_ argument: String, entries: [String]) {
        var numbered = false
        var wanted: [Int] = []
        for word in argument.split(separator: " ") {
            if word == "-n" {
                numbered = true
            } else if let range = HistoryRange.parse(String(word), count: entries.count) {
                wanted += range
            } else {
                interpreter.writeError(
                    "UsageError: %history: cannot read '\(word)' as a line number or range (e.g. 4, 2-5, 3:6)\n")
                return
            }
        }
        if argument.split(separator: " ").allSatisfy({ $0 == "-n" }) { wanted = Array(1...max(entries.count, 1)) }
        var text = ""
        for number in wanted where number >= 1 && number <= entries.count {
            let entry = entries[number - 1]
            if numbered {
                text += String(number).leftPadded(to: 4) + ":" + (entry.contains("\n") ? "\n" : " ")
            }
            text += entry + "\n"
        }
        interpreter.write(text)
    }

    /// `%whos`: IPython's table of the user's variables — name, type and data (for a tensor its
    /// shape, dtype and whether it requires grad; for a list, dict or tuple its length).
    func whos() {
        let names = userVariables()
        guard !names.isEmpty else {
            interpreter.write("Interactive namespace is empty.\n")
            return
        }
        let rows = names.compactMap { name -> (String, String, String)? in
            guard let value = interpreter.globals[name] else { return nil }
            return (name, Inspection.typeName(of: value), whosData(value))
        }
        let nameWidth = max(rows.map(\.0.count).max() ?? 0, "Variable".count) + 3
        let typeWidth = max(rows.map(\.1.count).max() ?? 0, "Type".count) + 3
        var text = "Variable".padding(to: nameWidth) + "Type".padding(to: typeWidth) + " Data/Info\n"
        text += String(repeating: "-", count: nameWidth + typeWidth + "Data/Info".count + 1) + "\n"
        for (name, type, data) in rows {
            text += name.padding(to: nameWidth) + type.padding(to: typeWidth) + " " + data + "\n"
        }
        interpreter.write(text)
    }

    private func whosData(_ value: Value) -> String {
        switch value {
        case .tensor(let tensor):
            let shape = "[" + tensor.shape.map(String.init).joined(separator: ", ") + "]"
            return "shape \(shape), torch.\(tensor.dtype.name)" + (tensor.requiresGrad ? ", requires_grad=True" : "")
        case .list, .tuple, .dict:
            return "n=" + String(Inspection.length(of: value) ?? 0)
        default:
            let text = ((try? interpreter.str(value)) ?? "").replacingNewlines()
            return text.count < 50 ? text : String(text.prefix(25)) + "<...>" + String(text.suffix(25))
        }
    }

    /// `%time STATEMENT`: runs it once and reports CPU and wall time as IPython does; an expression's
    /// value is shown after the times.
    func timeStatement(_ statement: String) {
        guard !statement.isEmpty else {
            interpreter.writeError("UsageError: %time needs a statement, e.g. %time x @ x\n")
            return
        }
        let recorder = EventRecorder()
        let startCPU = Session.cpuTimes()
        let start = Session.now()
        _ = recording(into: recorder) { runInteractive(source: statement + "\n") }
        let wall = Session.now() - start
        let endCPU = Session.cpuTimes()
        for event in recorder.events {
            if case .result = event { continue }
            interpreter.sink.receive(event)
        }
        let user = endCPU.user - startCPU.user
        let system = endCPU.system - startCPU.system
        interpreter.write(
            "CPU times: user \(TimeitReport.format(seconds: user)), sys: \(TimeitReport.format(seconds: system)), "
                + "total: \(TimeitReport.format(seconds: user + system))\nWall time: \(TimeitReport.format(seconds: wall))\n")
        for event in recorder.events {
            if case .result = event { interpreter.sink.receive(event) }
        }
    }

    /// Seconds of CPU time this process has used, in user and system mode.
    static func cpuTimes() -> (user: Double, system: Double) {
        var usage = rusage()
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return (0, 0) }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
        return (seconds(usage.ru_utime), seconds(usage.ru_stime))
    }
}

/// `%history` ranges: `4`, `2-5` (inclusive) and `3:6` (a slice, 6 excluded), as IPython reads them.
enum HistoryRange {
    static func parse(_ text: String, count: Int) -> [Int]? {
        if let single = Int(text) { return [single] }
        for (separator, inclusive) in [("-", true), (":", false)] {
            let parts = text.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            guard let first = parts[0].isEmpty ? 1 : Int(parts[0]) else { return nil }
            let last: Int
            if parts[1].isEmpty {
                last = count
            } else if let end = Int(parts[1]) {
                last = inclusive ? end : end - 1
            } else {
                return nil
            }
            return first <= last ? Array(first...last) : []
        }
        return nil
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n")
    }
}
