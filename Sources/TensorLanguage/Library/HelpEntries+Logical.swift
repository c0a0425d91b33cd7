/// Help for element tests, logical and bitwise ops, `narrow`/`select`/`repeat`/`tile`, `square`,
/// `nan_to_num_`, the division aliases and `torch.logspace`.
extension HelpEntries {
    private static let logicalMethods: [(String, String, String)] = [
        ("isnan", "()", "A bool tensor: True where the element is NaN (never for integers)."),
        ("isinf", "()", "A bool tensor: True where the element is +inf or -inf."),
        ("isfinite", "()", "A bool tensor: True where the element is neither NaN nor infinite."),
        ("isposinf", "()", "A bool tensor: True where the element is +inf."),
        ("isneginf", "()", "A bool tensor: True where the element is -inf."),
        ("signbit", "()", "A bool tensor: True where the sign bit is set (negative numbers and -0.0)."),
        ("logical_not", "()", "A bool tensor: True where the element is zero."),
        ("logical_and", "(other)", "A bool tensor: both self and other (a tensor) are non-zero, broadcasting."),
        ("logical_or", "(other)", "A bool tensor: self or other (a tensor) is non-zero, broadcasting."),
        ("logical_xor", "(other)", "A bool tensor: exactly one of self and other (a tensor) is non-zero."),
        ("bitwise_not", "()", "~self: the bitwise complement of integers, the negation of bools."),
        ("bitwise_and", "(other)", "self & other on integer or bool tensors (floats raise NotImplementedError)."),
        ("bitwise_or", "(other)", "self | other on integer or bool tensors (floats raise NotImplementedError)."),
        ("bitwise_xor", "(other)", "self ^ other on integer or bool tensors (floats raise NotImplementedError)."),
        (
            "bitwise_left_shift", "(other)",
            "self << other on integers; a shift below zero or past the width gives 0, as in ATen."
        ),
        (
            "bitwise_right_shift", "(other)",
            "self >> other on integers, keeping the sign; a shift below zero or past the width fills\nwith the sign bit."
        ),
        (
            "narrow", "(dim, start, length)",
            "A view of length elements along dim from start (start may be negative); SliceBackward0."
        ),
        ("select", "(dim, index)", "A view of index along dim, without that dimension; SelectBackward0."),
        ("tile", "(dims)", "The tensor repeated dims[i] times along each dimension; dims is padded with ones on the left."),
        ("square", "()", "self ** 2 (PowBackward0); integers stay integers."),
        ("true_divide", "(other)", "The same as div(other): true division, ints give floats."),
    ]

    private static let logicalInPlace = [
        "logical_not", "logical_and", "logical_or", "logical_xor", "bitwise_not", "bitwise_and", "bitwise_or",
        "bitwise_xor", "bitwise_left_shift", "bitwise_right_shift", "nan_to_num",
    ]

    static let logical: [String: String] = {
        var methods: [String: String] = [:]
        for (name, arguments, summary) in logicalMethods {
            methods["Tensor." + name] = "Tensor.\(name)\(arguments) -> Tensor\n\n\(summary)"
        }
        for name in logicalInPlace {
            methods["Tensor.\(name)_"] =
                "Tensor.\(name)_(...) -> Tensor\n\nIn-place \(name): writes the result into self, whose dtype must be able to hold it."
        }
        var table = methods
        table.merge(functions(mirroring: logicalMethods.map(\.0), in: methods)) { a, _ in a }
        table["torch.floor_divide"] =
            "torch.floor_divide(input, other) -> Tensor\n\ninput // other: the quotient rounded toward negative infinity (no gradient)."
        table["torch.remainder"] =
            "torch.remainder(input, other) -> Tensor\n\ninput % other with Python's sign rule (the sign of other)."
        table["torch.divide"] = "torch.divide(input, other, *, rounding_mode=None) -> Tensor\n\nThe same as torch.div."
        table["torch.true_divide"] = "torch.true_divide(input, other) -> Tensor\n\nThe same as torch.div without rounding_mode."
        table["torch.logspace"] = """
            torch.logspace(start, end, steps, base=10.0, dtype=None, device=None, requires_grad=False) -> Tensor

            base ** e for steps exponents e evenly spaced from start to end (computed as ATen does).
            """
        return table
    }()
}
