/// `dropout` and `alpha_dropout` as ATen's CPU `_dropout_impl` runs them: a noise tensor shaped
/// like the input (`empty_like`), `bernoulli_(1 - p)` drawn element by element in memory order
/// (one 64-bit draw each, kept when its 53-bit uniform is below `1 - p`), scaled in place, and
/// multiplied in (`MulBackward0`; its second input, the noise, needs no gradient).
extension Tensor {
    /// `F.dropout(input, p, training)`: the input itself when not training or `p == 0`.
    public func dropout(p: Double, training: Bool, inPlace: Bool = false, generator: Generator = DefaultGenerator.shared)
        throws -> Tensor
    {
        guard p != 0, training, numel > 0 else { return self }
        guard p != 1 else { return try Dropout.multiply(self, Tensor(zeros: [], dtype: dtype), inPlace: inPlace) }
        let noise = try Dropout.bernoulliNoise(like: self, keep: 1 - p, generator: generator)
        try GradMode.with(false) { try noise.applyInPlace(.div, Tensor.wrapping(.float(1 - p))) }
        return try Dropout.multiply(self, noise, inPlace: inPlace)
    }

    /// `F.alpha_dropout(input, p, training)`: dropped elements become the SELU's negative
    /// saturation, then an affine map keeps mean and variance (`AddBackward0` over `MulBackward0`).
    public func alphaDropout(p: Double, training: Bool, inPlace: Bool = false, generator: Generator = DefaultGenerator.shared)
        throws -> Tensor
    {
        guard p != 0, training, numel > 0 else { return self }
        guard p != 1 else { return try Dropout.multiply(self, Tensor(zeros: [], dtype: dtype), inPlace: inPlace) }
        let alpha = 1.7580993408473766
        let a = 1 / ((alpha * alpha * p + 1) * (1 - p)).squareRoot()
        let noise = try Dropout.bernoulliNoise(like: self, keep: 1 - p, generator: generator)
        let b = try GradMode.with(false) {
            let b = try noise + Tensor.wrapping(.int(-1))
            try b.applyInPlace(.mul, Tensor.wrapping(.float(alpha * a)))
            try b.applyInPlace(.add, Tensor.wrapping(.float(alpha * a * p)))
            try noise.applyInPlace(.mul, Tensor.wrapping(.float(a)))
            return b
        }
        let product = try Dropout.multiply(self, noise, inPlace: inPlace)
        try product.applyInPlace(.add, b)
        return product
    }
}

enum Dropout {
    /// `empty_like(input).bernoulli_(keep)`: ones where a draw fell below `keep`, zeros elsewhere.
    static func bernoulliNoise(like input: Tensor, keep: Double, generator: Generator) throws -> Tensor {
        guard input.dtype.isFloatingPoint else {
            throw TorchError.runtime(
                "result type Float can't be cast to the desired output type \(input.dtype.scalarTypeName)")
        }
        let noise = try Tensor.zerosLike(input, dtype: input.dtype)
        if noise.dtype == .float64 {
            let buffer = noise.storageBuffer(Double.self)
            for i in buffer.indices { buffer[i] = generator.uniformDouble() < keep ? 1 : 0 }
        } else {
            let buffer = noise.storageBuffer(Float.self)
            for i in buffer.indices { buffer[i] = generator.uniformDouble() < keep ? 1 : 0 }
        }
        return noise
    }

    /// ATen's `multiply<inplace>`: `input * noise`, or `input.mul_(noise)`.
    static func multiply(_ input: Tensor, _ noise: Tensor, inPlace: Bool) throws -> Tensor {
        guard inPlace else { return try input * noise }
        try input.applyInPlace(.mul, noise)
        return input
    }
}
