#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Normal fills: `randn`, `randn_like`, `normal_(mean, std)`.
extension Generator {
    /// Block size of PyTorch's vectorised normal kernel.
    static let normalBlock = 16

    /// 2π as the double PyTorch uses (0x401921FB54442D18).
    static let twoPi = Double(bitPattern: 0x4019_21FB_5444_2D18)

    /// Fills float32 values with N(mean, std²).
    ///
    /// `contiguous` tells whether the target tensor is contiguous: only a
    /// contiguous tensor with at least 16 elements takes the block path.
    func fillNormal(_ buffer: UnsafeMutableBufferPointer<Float>, mean: Double, std: Double, contiguous: Bool) throws {
        if buffer.count >= Self.normalBlock && contiguous {
            try fillNormalBlocksFloat(buffer, mean: Float(mean), std: Float(std))
        } else {
            try Interruption.chunked(buffer.count) {
                for i in $0 { buffer[i] = Float(scalarNormal(mean: mean, std: std)) }
            }
        }
    }

    /// Fills float64 values with N(mean, std²), choosing the path like the float32 overload.
    func fillNormal(_ buffer: UnsafeMutableBufferPointer<Double>, mean: Double, std: Double, contiguous: Bool) throws {
        if buffer.count >= Self.normalBlock && contiguous {
            try fillNormalBlocksDouble(buffer, mean: mean, std: std)
        } else {
            try Interruption.chunked(buffer.count) {
                for i in $0 { buffer[i] = scalarNormal(mean: mean, std: std) }
            }
        }
    }

    /// One scalar-path element, computed in double, using and refilling the cache.
    ///
    /// Here the first uniform gives the angle and the second the radius,
    /// the opposite of the block path.
    func scalarNormal(mean: Double, std: Double) -> Double {
        let z: Double
        if let cached = cachedNormal {
            cachedNormal = nil
            z = cached
        } else {
            let u1 = uniformDouble()
            let u2 = uniformDouble()
            let radius = (-2.0 * log1p(-u2)).squareRoot()
            let theta = Self.twoPi * u1
            cachedNormal = radius * sin(theta)
            z = radius * cos(theta)
        }
        return mean.addingProduct(z, std)
    }

    /// The float64 block path: fill with uniforms, transform full blocks, redo the tail.
    ///
    /// A ragged tail is handled by drawing 16 fresh uniforms into the last 16
    /// slots, overwriting results of the last full block, as PyTorch does.
    private func fillNormalBlocksDouble(_ buffer: UnsafeMutableBufferPointer<Double>, mean: Double, std: Double) throws {
        let n = buffer.count
        let block = Self.normalBlock
        try Interruption.chunked(n) {
            for i in $0 { buffer[i] = uniformDouble() }
        }
        try Interruption.chunked(n / block) {
            for b in $0 { transformBlockDouble(buffer, start: b * block, mean: mean, std: std) }
        }
        if n % block != 0 {
            let tail = n - block
            for i in tail..<n {
                buffer[i] = uniformDouble()
            }
            transformBlockDouble(buffer, start: tail, mean: mean, std: std)
        }
    }

    /// Box–Muller on 16 uniforms: the first half gives radii, the second half angles.
    private func transformBlockDouble(_ d: UnsafeMutableBufferPointer<Double>, start: Int, mean: Double, std: Double) {
        let half = Self.normalBlock / 2
        for j in start..<(start + half) {
            // 1 − u keeps log away from 0.
            let u1 = 1.0 - d[j]
            let u2 = d[j + half]
            let radius = (-2.0 * log(u1)).squareRoot()
            let theta = Self.twoPi * u2
            d[j] = mean.addingProduct(radius * cos(theta), std)
            d[j + half] = mean.addingProduct(radius * sin(theta), std)
        }
    }
}
