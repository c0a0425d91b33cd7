/// PyTorch's `c10::checked_convert`: the check `Scalar::to<T>()` makes when a Python number is
/// stored into a tensor of a dtype (`fill_`, `full`, `masked_fill`, `clamp`'s bounds, `where`'s
/// scalar, `linspace`'s ends on float32, `alpha=`, `value=`, `weight`).
///
/// Binary arithmetic with a number (`t + 1e308`) does not check: PyTorch casts the wrapped number
/// inside the kernel, so Wick does not call this there.
extension Scalar {
    /// This number, after PyTorch's overflow check for `dtype`: a finite double beyond float32's
    /// range, NaN or an infinity into an integer type, or an int outside the integer type's range is
    /// `RuntimeError: value cannot be converted to type float without overflow`. Infinities and NaN
    /// go into floating types unchecked; nothing is checked for bool.
    public func checkedConvert(to dtype: DType) throws -> Scalar {
        guard overflows(dtype) else { return self }
        throw TorchError.runtime("value cannot be converted to type \(dtype.checkedConvertName) without overflow")
    }

    private func overflows(_ dtype: DType) -> Bool {
        switch (self, dtype) {
        case (.bool, _), (_, .bool), (_, .float64), (.int, .float32), (.int, .int64): return false
        case (.float(let d), .float32): return d.isFinite && Swift.abs(d) > Double(Float.greatestFiniteMagnitude)
        case (.float(let d), .int32): return !(d >= -0x1p31 && d <= Double(Int32.max))
        case (.float(let d), .int64): return !(d >= -0x1p63 && d < 0x1p63)
        case (.int(let i), .int32): return Int32(exactly: i) == nil
        }
    }
}

extension Tensor {
    /// The dtype an operation on these tensors computes in (`torch.result_type`), for checking a
    /// Python number against it (`add(other, alpha=)`).
    public static func resultType(_ operands: [Tensor]) -> DType { TypePromotion.resultType(operands) }
}

extension DType {
    /// The C++ type `Scalar::to<T>()` names in its overflow message (`float`, `int`, `int64_t`).
    public var checkedConvertName: String {
        switch self {
        case .float32: "float"
        case .float64: "double"
        case .int32: "int"
        case .int64: "int64_t"
        case .bool: "bool"
        }
    }
}
