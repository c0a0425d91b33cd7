/// The arguments of `%graph [--dot | --svg FILE] EXPR`, shared by the prompt and the kernel.
///
/// ```swift
/// let a = GraphMagicArguments("--svg out.svg loss")  // expression "loss", svgFile "out.svg"
/// ```
public struct GraphMagicArguments: Equatable, Sendable {
    public var expression: String
    /// Print Graphviz DOT instead of the tree.
    public var dot = false
    /// Write an SVG picture to this file.
    public var svgFile: String?

    public init(_ text: String) {
        var rest = Substring(text).drop { $0 == " " }
        if rest.hasPrefix("--dot") && (rest.count == 5 || rest.dropFirst(5).first == " ") {
            dot = true
            rest = rest.dropFirst(5).drop { $0 == " " }
        } else if rest.hasPrefix("--svg ") {
            let afterFlag = rest.dropFirst(6).drop { $0 == " " }
            let file = afterFlag.prefix { $0 != " " }
            svgFile = file.isEmpty ? nil : String(file)
            rest = afterFlag.dropFirst(file.count).drop { $0 == " " }
        }
        expression = String(rest)
    }

    /// What `%graph --svg` says when it has no file or no expression.
    public static let svgUsage = "UsageError: %graph --svg takes a file and an expression, e.g. %graph --svg graph.svg loss\n"

    /// What `%graph --svg` says after writing the picture.
    public static func saved(_ expression: String, to file: String) -> String {
        "Saved the graph of \(expression) to \(file)\n"
    }
}
