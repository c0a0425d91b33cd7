/// `random_()` without bounds: PyTorch's `uniform_int_distribution` over each dtype's full range.
extension Tensor {
    /// Fills this tensor in place with draws over its dtype's range, as `random_()` does: int64 takes
    /// a 64-bit draw modulo 2^63, int32 a 32-bit draw modulo 2^31, float32 a 32-bit draw modulo
    /// 2^24 + 1, float64 a 64-bit draw modulo 2^53 + 1, bool the low bit of a 32-bit draw; one draw
    /// per element in row-major order (`cpu_serial_kernel`).
    public func fillRandomBits(generator: Generator = DefaultGenerator.shared) throws {
        try checkInPlace()
        defer { bumpVersion() }
        for flat in 0..<numel {
            if flat & 0xFFFF == 0xFFFF { try Interruption.check() }
            let value: Scalar =
                switch dtype {
                case .int64: .int(Int64(bitPattern: generator.random64() % (1 << 63)))
                case .int32: .int(Int64(generator.random32() % (1 << 31)))
                case .float32: .float(Double(generator.random32() % ((1 << 24) + 1)))
                case .float64: .float(Double(generator.random64() % ((1 << 53) + 1)))
                case .bool: .bool(generator.random32() & 1 == 1)
                }
            let o = StridedLoop.offset(ofFlatIndex: flat, shape: shape, strides: strides, start: offset)
            dtype.dispatch(ElementWrite(tensor: self, offset: o, value: value))
        }
    }
}
