#if canImport(Glibc)
    import Glibc
#endif

extension Session {
    /// `%timeit STATEMENT`, with IPython's auto-ranging: loops grow 1, 2, 5, 10, … until one run
    /// takes 0.2 s; then 7 runs, reported as `1.23 µs ± 45 ns per loop (mean ± std. dev. …)`.
    func timeit(_ statement: String) {
        guard !statement.isEmpty else {
            interpreter.writeError("UsageError: %timeit needs a statement, e.g. %timeit x + 2\n")
            return
        }
        var loops = 1
        outer: while true {
            for factor in [1, 2, 5] {
                let n = loops * factor
                switch time(statement, loops: n) {
                case .failure(let error):
                    for event in error.events { interpreter.sink.receive(event) }
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
            guard case .success(let seconds) = time(statement, loops: loops) else { return }
            perLoop.append(seconds / Double(loops))
        }
        interpreter.write(TimeitReport.line(perLoop: perLoop, loops: loops) + "\n")
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
