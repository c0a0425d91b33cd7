import Glibc

/// The statistics, the affine transform and the checks of `layer_norm` and `batch_norm`.
enum Normalization {
    struct Moments {
        var mean: Double
        var variance: Double
        var invstd: Double
        var squaredSum: Double = 0
    }

    /// What the derivative needs: the dimensions the statistics ran over and, in evaluation, the
    /// running statistics it used (constants).
    struct Params {
        let dims: [Int]
        let eps: Double
        let training: Bool
        let invstd: Tensor?
        let mean: Tensor?
    }

    /// Mean, biased variance and `1 / sqrt(variance + eps)` of each group of flat indices, in
    /// float64, rounded to `dtype` where ATen stores them in the input's dtype.
    static func moments(_ input: Tensor, groups: [[Int]], eps: Double, roundTo dtype: DType? = nil) throws -> [Moments] {
        let x = try input.contiguousData().checkedDoubles()
        let round = { (v: Double) -> Double in dtype == .float32 ? Double(Float(v)) : v }
        return groups.map { group in
            let count = Double(group.count)
            let mean = group.reduce(0.0) { $0 + x[$1] } / count
            let squared = group.reduce(0.0) { $0 + (x[$1] - mean) * (x[$1] - mean) }
            let variance = round(squared) / count
            return Moments(
                mean: round(mean), variance: variance, invstd: round(1 / (variance + eps).squareRoot()),
                squaredSum: round(squared))
        }
    }

    /// `running = momentum * batch + (1 - momentum) * running`, the variance unbiased.
    static func updateRunning(_ mean: Tensor?, _ variance: Tensor?, _ stats: [Moments], count: Int, momentum: Double)
        throws
    {
        try GradMode.with(false) {
            if let mean {
                let old = try mean.checkedDoubles()
                let new = zip(stats, old).map { Scalar.float(momentum * $0.mean + (1 - momentum) * $1) }
                try mean.copyInPlace(from: Tensor.from(new, shape: mean.shape, dtype: mean.dtype))
            }
            if let variance {
                let old = try variance.checkedDoubles()
                let n = Double(count)
                let new = zip(stats, old).map { Scalar.float(momentum * ($0.squaredSum / (n - 1)) + (1 - momentum) * $1) }
                try variance.copyInPlace(from: Tensor.from(new, shape: variance.shape, dtype: variance.dtype))
            }
        }
    }

    /// `(x * invstd - mean * invstd) * weight + bias` per row (`perColumn`: the affine parameters
    /// run along the row), or `x * alpha + beta` per channel of a `[batch, channels, inner]` input.
    static func transform(
        _ input: Tensor, shape: [Int], stats: [Moments], weight: [Double]?, bias: [Double]?, perColumn: Bool
    ) throws -> Tensor {
        try input.dtype.dispatch(Transform(x: input, shape: shape, stats: stats, weight: weight, bias: bias, layer: perColumn))
    }

    private struct Transform: FloatingVisitor {
        typealias Output = Tensor
        let x: Tensor
        let shape: [Int]
        let stats: [Moments]
        let weight: [Double]?
        let bias: [Double]?
        let layer: Bool

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
            let source = try x.contiguousData()
            let p = source.pointer(T.self) + source.offset
            let out = try Tensor(uninitialized: x.shape, dtype: T.dtype)
            let q = out.pointer(T.self)
            let w = weight?.map { T($0) }
            let b = bias?.map { T($0) }
            if layer {
                let (rows, n) = (shape[0], shape[1])
                for r in 0..<rows {
                    let scale = T(stats[r].invstd)
                    let shift = -scale * T(stats[r].mean)
                    for j in 0..<n {
                        var y = p[r * n + j] * scale + shift
                        if let w { y = y * w[j] + (b?[j] ?? 0) } else if let b { y = y + b[j] }
                        q[r * n + j] = y
                    }
                }
                return out
            }
            let (batch, channels, inner) = (shape[0], shape[1], shape[2])
            for c in 0..<channels {
                let alpha = T(stats[c].invstd) * (w?[c] ?? 1)
                let beta = (b?[c] ?? 0) - T(stats[c].mean) * alpha
                for n in 0..<batch {
                    let base = (n * channels + c) * inner
                    for i in 0..<inner { q[base + i] = p[base + i] * alpha + beta }
                }
            }
            return out
        }
        func nonFloating(_ dtype: DType) throws -> Tensor {
            throw TorchError(
                .notImplementedError,
                "\"\(layer ? "LayerNormKernelImpl" : "batch_norm")\" not implemented for '\(dtype.scalarTypeName)'")
        }
    }

    /// Records the row over `[input, weight, bias]` (absent ones as edges to nothing).
    static func record(
        _ row: OpRow<Params>, _ result: Tensor, _ input: Tensor, _ weight: Tensor?, _ bias: Tensor?, _ params: Params
    ) throws -> Tensor {
        let present = [input] + [weight, bias].compactMap { $0 }
        guard GraphRecorder.shouldRecord(present) else { return result }
        let none = try Tensor(zeros: [0], dtype: input.dtype)
        row.record(result, inputs: [input, weight ?? none, bias ?? none], saving: [input, weight ?? none], params: params)
        return result
    }
}
