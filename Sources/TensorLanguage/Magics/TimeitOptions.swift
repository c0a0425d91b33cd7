/// `%timeit`'s options, read as IPython reads them (`getopt` with `n:r:qop:tc`): `-n 10` or `-n10`.
struct TimeitOptions: Equatable {
    /// Loops per run; nil picks it automatically (1, 2, 5, 10, … until a run takes 0.2 s).
    var loops: Int?
    var repeats = 7
    /// `-q`: print nothing.
    var quiet = false
    /// `-o`: return the `TimeitResult`.
    var returnResult = false
    /// `-p`: significant digits shown.
    var precision = 3
    /// The statement after the options.
    var statement = ""

    /// Parses the text after `%timeit`; the error is IPython's `UsageError` message.
    static func parse(_ text: String) -> Result<TimeitOptions, MagicUsageError> {
        var options = TimeitOptions()
        var rest = Substring(text)
        // The statement keeps its own spacing: options are taken off the front one word at a time.
        func nextWord() -> Substring? {
            rest = rest.drop { $0 == " " }
            guard !rest.isEmpty else { return nil }
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            defer { rest = rest[end...] }
            return rest[..<end]
        }
        while rest.drop(while: { $0 == " " }).hasPrefix("-"), let word = nextWord() {
            var flags = word.dropFirst()
            while let flag = flags.first {
                flags = flags.dropFirst()
                switch flag {
                case "q": options.quiet = true
                case "o": options.returnResult = true
                case "t", "c": continue
                case "n", "r", "p":
                    var value = String(flags)
                    flags = ""
                    if value.isEmpty {
                        guard let next = nextWord() else { return .failure(.init("option -\(flag) requires argument")) }
                        value = String(next)
                    }
                    guard let number = Int(value), number > 0 else {
                        return .failure(.init("option -\(flag) needs a positive whole number, not '\(value)'"))
                    }
                    if flag == "n" {
                        options.loops = number
                    } else if flag == "r" {
                        options.repeats = number
                    } else {
                        options.precision = min(number, 17)
                    }
                default:
                    return .failure(.init("option -\(flag) not recognized"))
                }
            }
        }
        options.statement = String(rest.drop { $0 == " " })
        return .success(options)
    }
}

/// A magic used wrongly; printed as IPython prints it: `UsageError: …`.
struct MagicUsageError: Error, Equatable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
