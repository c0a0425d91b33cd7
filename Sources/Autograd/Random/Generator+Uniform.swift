/// Uniform fills: `rand`, `rand_like`, `uniform_(from, to)`.
extension Generator {
    /// A float32 in [0, 1 − 2^-24] from the low 24 bits of one draw.
    func uniformFloat() -> Float {
        Float(random32() & 0xFF_FFFF) * 0x1p-24
    }

    /// A float64 in [0, 1 − 2^-53] from the low 53 bits of a 64-bit draw.
    func uniformDouble() -> Double {
        Double(random64() & ((1 << 53) - 1)) * 0x1p-53
    }

    /// Fills float32 values in buffer order with one draw each.
    ///
    /// The bounds are rounded to float32 first and combined with one fused
    /// step, as the AVX2 kernel does; a result equal to `to` becomes `from`.
    func fillUniform(_ buffer: UnsafeMutableBufferPointer<Float>, from: Double, to: Double) throws {
        let a = Float(from)
        let b = Float(to)
        let width = b - a
        try Interruption.chunked(buffer.count) {
            for i in $0 { buffer[i] = Self.scaleUniform(uniformFloat(), from: a, to: b, width: width) }
        }
    }

    /// Fills float64 values in buffer order with two draws each.
    func fillUniform(_ buffer: UnsafeMutableBufferPointer<Double>, from: Double, to: Double) throws {
        let width = to - from
        try Interruption.chunked(buffer.count) {
            for i in $0 { buffer[i] = Self.scaleUniform(uniformDouble(), from: from, to: to, width: width) }
        }
    }

    /// Maps a unit uniform onto [from, to) with one fused rounding.
    ///
    /// Rounding can land exactly on `to`; PyTorch then returns `from` so the
    /// interval stays half-open.
    static func scaleUniform<T: BinaryFloatingPoint>(_ x: T, from: T, to: T, width: T) -> T {
        let v = from.addingProduct(x, width)
        return v == to ? from : v
    }
}
