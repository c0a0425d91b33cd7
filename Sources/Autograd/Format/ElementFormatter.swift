/// One formatter shared by every displayed element of a tensor (PyTorch's `_Formatter`).
///
/// All elements share one column width, decided from the displayed elements
/// only, so a summarised tensor's hidden values never widen the column.
struct ElementFormatter {
    /// How a floating tensor's numbers are written; integer and bool tensors use `.plain`.
    enum Mode: Equatable {
        case plain
        case integral
        case fixed
        case scientific
    }

    let dtype: DType
    let mode: Mode
    /// Column width; texts shorter than this are right-aligned, longer ones stick out.
    let width: Int
    /// Digits after the point in fixed and scientific notation (`precision`).
    let precision: Int

    /// Builds the formatter from the displayed elements of the whole tensor.
    init(dtype: DType, values: [Scalar], options: PrintOptions = PrintOptions()) {
        self.dtype = dtype
        precision = max(options.precision, 0)
        if dtype.isFloatingPoint {
            let (mode, width) = Self.floatingLayout(values.map(\.doubleValue), precision: precision, forced: options.scientific)
            self.mode = mode
            self.width = width
        } else {
            mode = .plain
            let longest = values.map { Self.plainText($0, dtype: dtype).unicodeScalars.count }.max()
            width = max(1, longest ?? 1)
        }
    }

    /// The element's text, right-aligned to the shared width.
    func text(_ value: Scalar) -> String {
        NumberFormat.padLeft(unpaddedText(value), toWidth: width)
    }

    /// The element's text before padding.
    private func unpaddedText(_ value: Scalar) -> String {
        let number = value.doubleValue
        switch mode {
        case .plain:
            return Self.plainText(value, dtype: dtype)
        case .scientific:
            return NumberFormat.scientific(number, digits: precision)
        case .integral:
            let text = NumberFormat.fixed(number, digits: 0)
            // The dot marks a float tensor; non-finite values have none.
            return number.isFinite ? text + "." : text
        case .fixed:
            return NumberFormat.fixed(number, digits: precision)
        }
    }

    /// Chooses the mode and width from the finite non-zero values, as PyTorch does.
    ///
    /// Zeros, NaN and infinities never influence either; they may stick out.
    private static func floatingLayout(_ values: [Double], precision: Int, forced: Bool?) -> (Mode, Int) {
        let finite = values.filter { $0.isFinite && $0 != 0 }
        guard !finite.isEmpty else { return (.integral, 1) }
        let magnitudes = finite.map(\.magnitude)
        let smallest = magnitudes.min() ?? 1
        let largest = magnitudes.max() ?? 1
        let isIntegral = finite.allSatisfy { $0 == $0.rounded(.up) }
        // Strict comparisons: a ratio of exactly 1000 or a maximum of exactly 1e8 stays fixed.
        var scientific = largest / smallest > 1000.0 || largest > 1.0e8
        if !isIntegral { scientific = scientific || smallest < 1.0e-4 }
        // `sci_mode=True/False` replaces the choice before the width is measured.
        if let forced { scientific = forced }
        let mode: Mode = scientific ? .scientific : (isIntegral ? .integral : .fixed)
        let widths = finite.map { value -> Int in
            switch mode {
            case .scientific: NumberFormat.scientific(value, digits: precision).count
            case .integral: NumberFormat.fixed(value, digits: 0).count + 1
            default: NumberFormat.fixed(value, digits: precision).count
            }
        }
        return (mode, max(1, widths.max() ?? 1))
    }

    /// Decimal text of an integer or bool element: `-20`, `True`, `False`.
    static func plainText(_ value: Scalar, dtype: DType) -> String {
        if dtype == .bool { return value.isTruthy ? "True" : "False" }
        switch value {
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "1" : "0"
        case .float(let number): return PythonFloat.repr(number)
        }
    }
}

extension Scalar {
    /// Python truthiness of the value, for bool tensors handed a non-bool scalar.
    fileprivate var isTruthy: Bool {
        switch self {
        case .bool(let flag): flag
        case .int(let number): number != 0
        case .float(let number): number != 0
        }
    }
}
