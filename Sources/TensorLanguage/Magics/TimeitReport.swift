#if canImport(Glibc)
    import Glibc
#endif

/// IPython's `%timeit` report: `1.23 µs ± 45 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)`.
enum TimeitReport {
    /// IPython's `_format_time` with 3 significant digits.
    static func format(seconds: Double, precision: Int = 3) -> String {
        let units = ["s", "ms", "\u{00B5}s", "ns"]
        let scaling = [1.0, 1e3, 1e6, 1e9]
        var order = 3
        if seconds > 0 && seconds.isFinite {
            let exponent = log10(seconds).rounded(.down)
            order = max(min(-Int((exponent / 3).rounded(.down)), 3), 0)
        }
        return general(seconds * scaling[order], precision: precision) + " " + units[order]
    }

    /// `%.3g` (or another precision).
    /// `%.Nf`.
    static func fixed(_ v: Double, digits: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([v]) { vsnprintf(&buffer, buffer.count, "%.\(digits)f", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func general(_ v: Double, precision: Int = 3) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([v]) { vsnprintf(&buffer, buffer.count, "%.\(precision)g", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func line(perLoop: [Double], loops: Int, precision: Int = 3) -> String {
        let runs = perLoop.count
        let mean = perLoop.reduce(0, +) / Double(max(runs, 1))
        let variance = perLoop.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(runs, 1))
        let loopsText = grouped(loops)
        let spread =
            "\(format(seconds: mean, precision: precision)) ± \(format(seconds: variance.squareRoot(), precision: precision))"
        return
            "\(spread) per loop (mean ± std. dev. of \(runs) run\(runs == 1 ? "" : "s"), \(loopsText) loop\(loops == 1 ? "" : "s") each)"
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
