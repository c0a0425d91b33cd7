/// What `%timeit` measured, as IPython's `TimeitResult` holds it.
struct TimeitResult {
    /// Loops per run.
    var loops: Int
    /// Seconds each run took in total.
    var runs: [Double]
    var precision: Int

    /// Seconds per loop of each run.
    var timings: [Double] { runs.map { $0 / Double(max(loops, 1)) } }
    var best: Double { timings.min() ?? 0 }
    var worst: Double { timings.max() ?? 0 }
    var average: Double { timings.reduce(0, +) / Double(max(timings.count, 1)) }
    var standardDeviation: Double {
        let mean = average
        return (timings.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(timings.count, 1))).squareRoot()
    }

    /// `1.23 µs ± 45 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)`.
    var summary: String {
        TimeitReport.line(perLoop: timings, loops: loops, precision: precision)
    }

    /// IPython's note when the slowest run took more than four times the fastest.
    var cachingWarning: String? {
        guard worst > 4 * best, best > 0, worst > 1e-6 else { return nil }
        let ratio = TimeitReport.fixed(worst / best, digits: 2)
        return
            "The slowest run took \(ratio) times longer than the fastest. This could mean that an intermediate result is being cached."
    }
}

/// The `TimeitResult` object `%timeit -o` returns: `best`, `worst`, `average`, `stdev`, `loops`, `repeat`,
/// `all_runs`, `timings`.
final class TimeitResultObject: PyObject {
    let result: TimeitResult

    init(_ result: TimeitResult) {
        self.result = result
    }

    override var typeName: String { "TimeitResult" }

    override func repr(interpreter: Interpreter) throws -> String {
        "<TimeitResult : \(result.summary)>"
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "best": return .float(result.best)
        case "worst": return .float(result.worst)
        case "average": return .float(result.average)
        case "stdev": return .float(result.standardDeviation)
        case "loops": return .int(result.loops)
        case "repeat": return .int(result.runs.count)
        case "compile_time": return .float(0)
        case "all_runs": return .list(ListBox(result.runs.map(Value.float)))
        case "timings": return .list(ListBox(result.timings.map(Value.float)))
        default: return nil
        }
    }
}
