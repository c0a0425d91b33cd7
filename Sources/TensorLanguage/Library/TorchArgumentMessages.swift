/// PyTorch's argument-parser wording (`torch/csrc/utils/python_arg_parser.cpp`) for arguments
/// that are missing, of the wrong kind or beyond 64 bits, in one place.
enum TorchArgumentMessages {
    /// `zeros()`: a required argument left out.
    static func missing(_ function: String, _ argument: String) -> PythonError {
        PythonError(.typeError, "\(function)() missing 1 required positional arguments: \"\(argument)\"")
    }

    /// No signature of an overloaded function takes what was given (`got ()` when nothing was).
    static func invalidCombination(_ function: String, signatures: [String]) -> PythonError {
        PythonError(
            .typeError,
            "\(function)() received an invalid combination of arguments - got (), but expected one of:\n"
                + signatures.map { " * (\($0))\n" }.joined())
    }

    /// The signatures of `torch.rand` and `torch.randn`.
    static let randomFactorySignatures = [
        "tuple of ints size, *, torch.Generator generator, Tensor out = None, torch.dtype dtype = None, torch.layout layout = None, torch.device device = None, bool pin_memory = False, bool requires_grad = False",
        "tuple of ints size, *, Tensor out = None, torch.dtype dtype = None, torch.layout layout = None, torch.device device = None, bool pin_memory = False, bool requires_grad = False",
    ]

    /// The signatures of `Tensor.view`.
    static let viewSignatures = ["torch.dtype dtype", "tuple of ints size"]

    /// `full((2), 1.0)`: a size that must be a sequence was a single int.
    static func notTupleOfInts(_ function: String, _ argument: String, position: Int, got: String) -> PythonError {
        PythonError(
            .typeError, "\(function)(): argument '\(argument)' (position \(position)) must be tuple of ints, not \(got)")
    }

    /// An `int64_t` argument (a dimension, an index, a bound) given an int beyond 64 bits.
    static func overflowUnpackingLongLong() -> PythonError {
        PythonError(.valueError, "Overflow when unpacking long long")
    }

    /// A size in a list of sizes beyond 64 bits. PyTorch appends the C++ backtrace of the error it
    /// caught to this message; Wick has none to show.
    static func sizeOverflow(_ function: String, _ argument: String, position: Int) -> PythonError {
        PythonError(
            .typeError,
            "\(function)(): argument '\(argument)' failed to unpack the object at pos \(position) with error \"Overflow when unpacking long long\""
        )
    }

    /// A Python int beyond int64 given where PyTorch takes a `Scalar`: below -2^63 and from 2^64
    /// up it cannot be read at all; in between it is an unsigned 64-bit scalar, which the
    /// operations Wick has cannot take as int64.
    static func scalarOverflow(negative: Bool, fitsUnsigned: Bool) -> PythonError {
        if negative { return PythonError(.overflowError, "can't convert negative int to unsigned") }
        if !fitsUnsigned { return PythonError(.overflowError, "int too big to convert") }
        return PythonError(.runtimeError, "value cannot be converted to type int64_t without overflow")
    }
}
