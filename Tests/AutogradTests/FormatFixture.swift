@testable import Autograd

/// Builders for `TensorPrintInput` from literal values, so tests read like `torch.tensor(...)`.
enum FormatFixture {
    /// `repr` of a float32 tensor; each value is rounded through `Float` as PyTorch stores it.
    static func f32(_ values: [Double], shape: [Int]? = nil, suffixes: [String] = []) -> String {
        let stored = values.map { Double(Float($0)) }
        return floating(stored, dtype: .float32, shape: shape, suffixes: suffixes)
    }

    /// `repr` of a float64 tensor.
    static func f64(_ values: [Double], shape: [Int]? = nil, suffixes: [String] = []) -> String {
        floating(values, dtype: .float64, shape: shape, suffixes: suffixes)
    }

    /// `repr` of a 0-d float32 tensor.
    static func f32Scalar(_ value: Double, suffixes: [String] = []) -> String {
        f32([value], shape: [], suffixes: suffixes)
    }

    /// `repr` of an integer tensor (int64 unless told otherwise).
    static func ints(
        _ values: [Int64], shape: [Int]? = nil, dtype: DType = .int64, suffixes: [String] = []
    ) -> String {
        let input = TensorPrintInput(
            shape: shape ?? [values.count], dtype: dtype,
            element: { values.indices.contains($0) ? .int(values[$0]) : .int(0) },
            suffixes: suffixes)
        return TensorFormat.repr(input)
    }

    /// `repr` of a bool tensor.
    static func bools(_ values: [Bool], shape: [Int]? = nil) -> String {
        let input = TensorPrintInput(
            shape: shape ?? [values.count], dtype: .bool,
            element: { values.indices.contains($0) ? .bool(values[$0]) : .bool(false) })
        return TensorFormat.repr(input)
    }

    /// `repr` of a tensor whose elements are computed from their flat index, never stored.
    static func generated(
        shape: [Int], dtype: DType, suffixes: [String] = [], _ element: @escaping (Int) -> Scalar
    ) -> String {
        TensorFormat.repr(
            TensorPrintInput(shape: shape, dtype: dtype, element: element, suffixes: suffixes))
    }

    /// `torch.arange(n, dtype=torch.float32)` reshaped, optionally mapped in float32 arithmetic.
    static func arangeF32(
        shape: [Int], suffixes: [String] = [], _ transform: @escaping (Float) -> Float = { $0 }
    ) -> String {
        generated(shape: shape, dtype: .float32, suffixes: suffixes) {
            .float(Double(transform(Float($0))))
        }
    }

    /// `torch.arange(n)` (int64) reshaped.
    static func arangeI64(shape: [Int]) -> String {
        generated(shape: shape, dtype: .int64) { .int(Int64($0)) }
    }

    private static func floating(
        _ values: [Double], dtype: DType, shape: [Int]?, suffixes: [String]
    ) -> String {
        let input = TensorPrintInput(
            shape: shape ?? [values.count], dtype: dtype,
            element: { values.indices.contains($0) ? .float(values[$0]) : .float(0) },
            suffixes: suffixes)
        return TensorFormat.repr(input)
    }
}
