/// What the printer needs to know about a tensor; the tensor type lives elsewhere.
public struct TensorPrintInput {
    /// Sizes of the dimensions; `[]` is a 0-d tensor.
    public var shape: [Int]
    public var dtype: DType
    /// The element at a row-major (logical) flat index; only displayed elements are asked for.
    public var element: (Int) -> Scalar
    /// Extra suffixes after `dtype=`, in order, e.g. `requires_grad=True` or `grad_fn=<MulBackward0>`.
    public var suffixes: [String]
    /// `torch.set_printoptions`; the running session's unless given.
    public var options: PrintOptions

    /// Creates the description of one tensor to print.
    public init(
        shape: [Int], dtype: DType, element: @escaping (Int) -> Scalar, suffixes: [String] = [],
        options: PrintOptions = .current
    ) {
        self.shape = shape
        self.dtype = dtype
        self.element = element
        self.suffixes = suffixes
        self.options = options
    }
}

/// PyTorch's tensor repr (`torch/_tensor_str.py`) with the input's print options.
public enum TensorFormat {
    /// Column of the first `[`: the length of `tensor(`.
    static let baseIndent = 7

    /// The full `tensor(...)` text, exactly as `repr(t)` prints it.
    public static func repr(_ input: TensorPrintInput) -> String {
        let numel = input.shape.reduce(1) { DisplayedElements.saturatingMultiply($0, max($1, 0)) }
        var suffixes: [String] = []
        let body: String
        if numel == 0 {
            body = "[]"
            // Nothing to infer the dtype from, so only the default float dtype goes unnamed.
            if input.shape.count != 1 { suffixes.append("size=" + shapeTuple(input.shape)) }
            if input.dtype != DType.defaultFloat { suffixes.append(dtypeSuffix(input.dtype)) }
        } else {
            body = nonEmptyBody(input, summarise: Double(numel) > input.options.threshold)
            if !isImpliedByValues(input.dtype) { suffixes.append(dtypeSuffix(input.dtype)) }
        }
        return attach(suffixes + input.suffixes, to: "tensor(" + body, lineWidth: input.options.lineWidth)
    }

    /// `torch.Size([2, 3])`, the repr of `t.shape`.
    public static func sizeRepr(_ shape: [Int]) -> String {
        "torch.Size([" + shape.map(String.init).joined(separator: ", ") + "])"
    }

    /// Python tuple syntax for a shape: `(0, 3)`, `(5,)`, `()`.
    static func shapeTuple(_ shape: [Int]) -> String {
        let inner = shape.map(String.init).joined(separator: ", ")
        return "(" + inner + (shape.count == 1 ? ",)" : ")")
    }

    /// Whether a non-empty tensor's values already imply its dtype (float32, int64, bool).
    static func isImpliedByValues(_ dtype: DType) -> Bool {
        dtype == DType.defaultFloat || dtype == .int64 || dtype == .bool
    }

    /// `dtype=torch.float64` and the like.
    static func dtypeSuffix(_ dtype: DType) -> String {
        "dtype=torch." + dtype.name
    }

    /// The number (0-d) or bracketed nest of a tensor with at least one element.
    private static func nonEmptyBody(_ input: TensorPrintInput, summarise: Bool) -> String {
        let displayed = DisplayedElements(
            shape: input.shape, summarise: summarise, edgeItems: input.options.edgeItems, element: input.element)
        let formatter = ElementFormatter(dtype: input.dtype, values: displayed.values, options: input.options)
        let texts = displayed.values.map(formatter.text)
        guard !input.shape.isEmpty else { return texts.first ?? "" }
        let layout = BodyLayout(displayed: displayed, texts: texts, width: formatter.width, lineWidth: input.options.lineWidth)
        return layout.block(dim: 0, offset: 0, indent: baseIndent)
    }

    /// Appends the suffixes to `text` and closes the parenthesis, wrapping at `lineWidth` columns.
    ///
    /// The running length starts 2 above the last line's real length; PyTorch
    /// counts it that way, so a suffix that would end exactly at column 80 wraps.
    static func attach(_ suffixes: [String], to text: String, lineWidth: Int = 80) -> String {
        var result = text
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last
        var running = (lastLine?.unicodeScalars.count ?? 0) + 2
        for suffix in suffixes {
            let length = suffix.unicodeScalars.count
            if running + length + 2 > lineWidth {
                result += ",\n" + String(repeating: " ", count: baseIndent) + suffix
                running = baseIndent + length
            } else {
                result += ", " + suffix
                running += length + 2
            }
        }
        return result + ")"
    }
}
