#if canImport(Glibc)
    import Glibc
#endif

extension Session {
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

    /// Runs `source` `loops` times and returns the seconds taken, or the error text if it fails.
    public func time(_ source: String, loops: Int) -> Result<Double, TimingError> {
        guard case .complete(let module) = parse(source: source + "\n", fileName: "<timeit>") else {
            return .failure(TimingError(message: "SyntaxError: invalid syntax in %timeit statement"))
        }
        return StackThread.run(stackSize: StackThread.interpreterSize) {
            var errorText = ""
            let savedError = interpreter.writeError
            let savedWrite = interpreter.write
            interpreter.writeError = { errorText += $0 }
            interpreter.write = { _ in }
            defer {
                interpreter.writeError = savedError
                interpreter.write = savedWrite
            }
            let start = Session.now()
            for _ in 0..<max(loops, 1) {
                if case .failed = execute(module, echo: .none) { return .failure(TimingError(message: errorText)) }
            }
            return .success(Session.now() - start)
        }
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}

/// Why a timed statement could not be timed (its traceback).
public struct TimingError: Error, Equatable {
    public var message: String
}

/// IPython's `%timeit` report: `1.23 µs ± 45 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)`.
public enum TimeitReport {
    /// IPython's `_format_time` with 3 significant digits.
    public static func format(seconds: Double) -> String {
        let units = ["s", "ms", "\u{00B5}s", "ns"]
        let scaling = [1.0, 1e3, 1e6, 1e9]
        var order = 3
        if seconds > 0 && seconds.isFinite {
            let exponent = log10(seconds).rounded(.down)
            order = max(min(-Int((exponent / 3).rounded(.down)), 3), 0)
        }
        return general(seconds * scaling[order]) + " " + units[order]
    }

    /// `%.3g`.
    static func general(_ v: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([v]) { vsnprintf(&buffer, buffer.count, "%.3g", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public static func line(perLoop: [Double], loops: Int) -> String {
        let runs = perLoop.count
        let mean = perLoop.reduce(0, +) / Double(max(runs, 1))
        let variance = perLoop.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(runs, 1))
        let loopsText = grouped(loops)
        return
            "\(format(seconds: mean)) ± \(format(seconds: variance.squareRoot())) per loop (mean ± std. dev. of \(runs) run\(runs == 1 ? "" : "s"), \(loopsText) loop\(loops == 1 ? "" : "s") each)"
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }
}
