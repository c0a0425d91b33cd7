#if canImport(Glibc)
    import Glibc
#endif

extension Session {
    /// `%timeit [-n N] [-r R] [-p P] [-q] [-o] STATEMENT`, as IPython times: without `-n` the loops
    /// grow 1, 2, 5, 10, … until one run takes 0.2 s; then R runs (default 7), reported as
    /// `1.23 µs ± 45 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)`.
    /// Returns the `TimeitResult` when `-o` is given.
    func timeit(_ text: String) -> Value? {
        let options: TimeitOptions
        switch TimeitOptions.parse(text) {
        case .failure(let error):
            interpreter.writeError("UsageError: \(error.message)\n")
            return nil
        case .success(let parsed): options = parsed
        }
        guard !options.statement.isEmpty else {
            interpreter.writeError("UsageError: %timeit needs a statement, e.g. %timeit -n 10 x + 2\n")
            return nil
        }
        guard let loops = options.loops ?? autorange(options.statement) else { return nil }
        var runs: [Double] = []
        for _ in 0..<options.repeats {
            switch time(options.statement, loops: loops) {
            case .failure(let error):
                for event in error.events { interpreter.sink.receive(event) }
                return nil
            case .success(let seconds): runs.append(seconds)
            }
        }
        let result = TimeitResult(loops: loops, runs: runs, precision: options.precision)
        if !options.quiet {
            if let warning = result.cachingWarning { interpreter.write(warning + "\n") }
            interpreter.write(result.summary + "\n")
        }
        return options.returnResult ? .object(TimeitResultObject(result)) : nil
    }

    /// IPython's choice of loops per run: 1, 2, 5, 10, 20, 50, … until a run takes 0.2 s.
    private func autorange(_ statement: String) -> Int? {
        var loops = 1
        while true {
            for factor in [1, 2, 5] {
                let n = loops * factor
                switch time(statement, loops: n) {
                case .failure(let error):
                    for event in error.events { interpreter.sink.receive(event) }
                    return nil
                case .success(let seconds) where seconds >= 0.2 || n >= 10_000_000:
                    return n
                case .success: continue
                }
            }
            loops *= 10
        }
    }

    /// Runs `source` `loops` times and returns the seconds taken, or what it reported on stderr if it
    /// fails; what it prints to stdout is dropped.
    func time(_ source: String, loops: Int) -> Result<Double, TimingError> {
        guard case .complete(let module) = parse(source: source + "\n", fileName: "<timeit>") else {
            return .failure(TimingError(events: [.stream(.stderr, "SyntaxError: invalid syntax in %timeit statement\n")]))
        }
        let recorder = EventRecorder()
        return recording(into: recorder) {
            onInterpreterThread {
                let start = Session.now()
                for _ in 0..<max(loops, 1) {
                    if case .failed = execute(module, echo: .none) {
                        return .failure(TimingError(events: recorder.events.filter { $0.terminalText.stream == .stderr }))
                    }
                }
                return .success(Session.now() - start)
            }
        }
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}

/// Why a timed statement could not be timed: the warnings and traceback it reported.
struct TimingError: Error, Equatable {
    var events: [SessionEvent]

    /// The events as stderr shows them.
    var message: String { events.map(\.terminalText.text).joined() }
}
