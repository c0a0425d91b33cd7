/// `torch.set_printoptions`: PyTorch's `PRINT_OPTS`, kept per session in `EngineState`.
public struct PrintOptions: Sendable, Equatable {
    /// Digits after the point in fixed and scientific notation.
    public var precision = 4
    /// Tensors with more elements than this are summarised with `...` (`.infinity` never).
    public var threshold: Double = 1000
    /// Entries kept at each end of a summarised dimension.
    public var edgeItems = 3
    /// The width rows wrap to.
    public var lineWidth = 80
    /// `sci_mode`: nil lets the formatter choose per tensor.
    public var scientific: Bool?

    public init() {}

    /// `profile='default'`, `'short'` or `'full'`; nil for any other name.
    public static func profile(_ name: String) -> PrintOptions? {
        var options = PrintOptions()
        switch name {
        case "default": break
        case "short":
            options.precision = 2
            options.edgeItems = 2
        case "full": options.threshold = .infinity
        default: return nil
        }
        return options
    }

    /// The options of the session running on this thread.
    public static var current: PrintOptions {
        get { EngineState.current.printOptions }
        set { EngineState.current.printOptions = newValue }
    }
}
