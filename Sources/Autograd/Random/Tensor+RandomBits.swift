/// `random_()` without bounds: PyTorch's `uniform_int_distribution` over each dtype's full range.
extension Tensor {
    /// Fills this tensor in place with draws over its dtype's range, as `random_()` does: int64 takes
    /// a 64-bit draw modulo 2^63, int32 a 32-bit draw modulo 2^31, float32 a 32-bit draw modulo
    /// 2^24 + 1, float64 a 64-bit draw modulo 2^53 + 1, bool the low bit of a 32-bit draw; one draw
    /// per element in row-major order (`cpu_serial_kernel`).
    public func fillRandomBits(generator: Generator = DefaultGenerator.shared) throws {
        try checkInPlace()
        defer { bumpVersion() }
        try dtype.dispatch(RandomBitsFill(tensor: self, generator: generator))
    }
}

/// ATen's `uniform_int_distribution<T>`: a 64-bit draw for 8-byte types and a 32-bit one otherwise,
/// modulo 2^digits + 1 for floating types, the type's maximum + 1 for integers, the low bit for bool.
private struct RandomBitsFill: DTypeVisitor {
    typealias Output = Void
    let tensor: Tensor
    let generator: Generator

    func floating<T: FloatElement>(_: T.Type) throws {
        let modulus = (UInt64(1) << (T.significandBitCount + 1)) + 1
        try fill(T.self) { T(draw(bytes: MemoryLayout<T>.size) % modulus) }
    }

    func integral<T: IntegerElement>(_: T.Type) throws {
        let modulus = UInt64(T.max) + 1
        try fill(T.self) { T(truncatingIfNeeded: draw(bytes: MemoryLayout<T>.size) % modulus) }
    }

    func boolean() throws { try fill(Bool.self) { draw(bytes: 1) & 1 == 1 } }

    private func draw(bytes: Int) -> UInt64 { bytes == 8 ? generator.random64() : UInt64(generator.random32()) }

    private func fill<T>(_: T.Type, _ next: () -> T) throws {
        let base = tensor.pointer(T.self)
        for flat in 0..<tensor.numel {
            if flat & 0xFFFF == 0xFFFF { try Interruption.check() }
            let o = StridedLoop.offset(ofFlatIndex: flat, shape: tensor.shape, strides: tensor.strides, start: tensor.offset)
            base[o] = next()
        }
    }
}
