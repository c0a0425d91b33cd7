/// The arguments of `%graph [--dot | --svg FILE] EXPR`, shared by the prompt and the kernel.
///
/// ```swift
/// let a = GraphMagicArguments("--svg out.svg loss")  // expression "loss", svgFile "out.svg"
/// ```
public struct GraphMagicArguments: Equatable, Sendable {
    public var expression: String
    /// Print Graphviz DOT instead of the tree.
    public var dot = false
    /// Write an SVG picture to this file (empty when `--svg` came without one).
    public var svgFile: String?

    /// `--svg` without a file or without an expression.
    public var isIncomplete: Bool { expression.isEmpty || svgFile?.isEmpty == true }

    public init(expression: String, dot: Bool = false, svgFile: String? = nil) {
        self.expression = expression
        self.dot = dot
        self.svgFile = svgFile
    }

    public init(_ text: String) {
        var rest = Substring(text).drop { $0 == " " }
        if rest.hasPrefix("--dot") && (rest.count == 5 || rest.dropFirst(5).first == " ") {
            dot = true
            rest = rest.dropFirst(5).drop { $0 == " " }
        } else if rest.hasPrefix("--svg") && (rest.count == 5 || rest.dropFirst(5).first == " ") {
            let afterFlag = rest.dropFirst(5).drop { $0 == " " }
            let file = afterFlag.prefix { $0 != " " }
            svgFile = String(file)
            rest = afterFlag.dropFirst(file.count).drop { $0 == " " }
        }
        expression = String(rest)
    }

    /// What `%graph --svg` says when it has no file or no expression.
    public static let svgUsage = "UsageError: %graph --svg takes a file and an expression, e.g. %graph --svg graph.svg loss\n"

    /// What `%graph --svg` says where no picture can be written.
    public static let svgUnavailable = "UsageError: %graph --svg is not available in this front end\n"

    /// What `%graph --svg` says after writing the picture.
    public static func saved(_ expression: String, to file: String) -> String {
        "Saved the graph of \(expression) to \(file)\n"
    }
}

extension Session {
    /// `%graph`: the tree, `--dot` text, or `--svg FILE` through the front end's `saveSVG`.
    func graphMagic(_ arguments: GraphMagicArguments, context: MagicContext) {
        guard let file = arguments.svgFile else {
            interpreter.write(graph(of: arguments.expression, dot: arguments.dot, colour: context.colour))
            return
        }
        guard !arguments.isIncomplete else {
            interpreter.writeError(GraphMagicArguments.svgUsage)
            return
        }
        switch graphDrawing(of: arguments.expression) {
        case .failure(let problem): interpreter.write(problem.message)
        case .success(let drawing):
            guard let save = context.saveSVG else {
                interpreter.writeError(GraphMagicArguments.svgUnavailable)
                return
            }
            if let problem = save(drawing.dot, file) {
                interpreter.writeError(problem + "\n")
            } else {
                interpreter.write(GraphMagicArguments.saved(arguments.expression, to: file))
            }
        }
    }
}
