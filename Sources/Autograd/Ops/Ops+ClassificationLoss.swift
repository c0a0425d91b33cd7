extension Loss {
    /// `F.nll_loss` for `[C]` or `[N, C]` inputs and int64 class targets (`NllLossBackward0`).
    public static func negativeLogLikelihood(
        _ input: Tensor, _ target: Tensor, reduction: LossReduction, ignoreIndex: Int64 = -100
    ) throws -> Tensor {
        let (result, totalWeight) = try NegativeLogLikelihood.forward(input, target, reduction, ignoreIndex)
        guard GraphRecorder.shouldRecord([input]) else { return result }
        NegativeLogLikelihood.row.record(
            result, inputs: [input], saving: [input, target],
            params: NegativeLogLikelihood.Params(reduction: reduction, ignoreIndex: ignoreIndex, totalWeight: totalWeight))
        return result
    }

    /// `F.cross_entropy`: `nll_loss(log_softmax(input, 1), target)` for class indices, or
    /// `-(log_softmax(input, 1) * target)` summed for class probabilities of the input's shape.
    public static func crossEntropy(
        _ input: Tensor, _ target: Tensor, reduction: LossReduction, ignoreIndex: Int64 = -100
    ) throws -> Tensor {
        let classDim = input.dim == 1 ? 0 : 1
        guard input.dim > 0 else { throw TorchError.runtime("input tensor should be 1D or 2D") }
        guard input.shape == target.shape else {
            return try negativeLogLikelihood(
                input.logSoftmax(dim: classDim), target, reduction: reduction, ignoreIndex: ignoreIndex)
        }
        guard target.dtype.isFloatingPoint else {
            throw TorchError.runtime(
                "Expected floating point type for target with class probabilities, got \(target.dtype.scalarTypeName)")
        }
        let weighted = try input.logSoftmax(dim: classDim) * target
        switch reduction {
        case .none: return try weighted.sum(dims: [classDim], keepDim: false).negated()
        case .sum: return try weighted.sum().negated()
        case .mean:
            let count = Int64(input.numel / Swift.max(input.shape[classDim], 1))
            return try weighted.sum().negated().divided(by: .int(count))
        }
    }
}

/// The kernels of `nll_loss` and its derivative.
enum NegativeLogLikelihood {
    /// The loss and the total weight of the counted targets.
    static func forward(
        _ input: Tensor, _ target: Tensor, _ reduction: LossReduction, _ ignoreIndex: Int64
    ) throws -> (Tensor, Double) {
        let (batch, classes) = try check(input, target)
        let labels = try target.checkedScalars().map { Int64(scalar: $0) }
        for label in labels where label != ignoreIndex && (label < 0 || label >= Int64(classes)) {
            throw TorchError(.indexError, "Target \(label) is out of bounds.")
        }
        let x = try input.contiguousData()
        func run<T: FloatElement>(_: T.Type) throws -> (Tensor, Double) {
            let p = x.pointer(T.self) + x.offset
            let picked: [T?] = (0..<batch).map { i in
                labels[i] == ignoreIndex ? nil : -p[i * classes + Int(labels[i])]
            }
            if reduction == .none {
                let shape = input.dim == 1 ? [] : [batch]
                return try (Kernels.tensor(picked.map { $0 ?? 0 }, shape: shape, dtype: T.dtype), 0)
            }
            let counted = picked.compactMap { $0 }.count
            var total = cascadeSum(picked)
            if reduction == .mean { total /= T(counted) }
            return try (Kernels.tensor([total], shape: [], dtype: T.dtype), Double(counted))
        }
        return try input.dtype == .float64 ? run(Double.self) : run(Float.self)
    }

    /// ATen's cascaded sum over the batch (partial sums every 16 elements), so totals match to the bit.
    static func cascadeSum<T: FloatElement>(_ values: [T?]) -> T {
        let levels = 8
        let ceilLog2 = values.count > 1 ? Int.bitWidth - (values.count - 1).leadingZeroBitCount : 0
        let power = Swift.max(4, ceilLog2 / levels)
        let mask = (1 << power) - 1
        var partial = [T](repeating: 0, count: levels)
        for (b, value) in values.enumerated() {
            guard let value else { continue }
            partial[0] += value
            for j in 0..<(levels - 1) {
                if b & (mask << (j * power)) != 0 { break }
                partial[j + 1] += partial[j]
                partial[j] = 0
            }
        }
        var total: T = 0
        for p in partial { total += p }
        return total
    }

    /// Checks dtypes and shapes; returns the batch size and the number of classes.
    static func check(_ input: Tensor, _ target: Tensor) throws -> (batch: Int, classes: Int) {
        guard target.dtype == .int64 else {
            throw TorchError.runtime("expected target dtype to be Long or Byte, but got \(target.dtype.scalarTypeName)")
        }
        guard input.dtype.isFloatingPoint else { throw TorchError.notImplemented("nll_loss_out_frame", input.dtype) }
        switch input.dim {
        case 1:
            guard target.dim == 0 else {
                throw TorchError.runtime("0D or 1D target tensor expected, multi-target not supported")
            }
            return (1, input.shape[0])
        case 2:
            guard target.dim == 1 else {
                throw TorchError.runtime("0D or 1D target tensor expected, multi-target not supported")
            }
            guard target.shape[0] == input.shape[0] else {
                throw TorchError(
                    .valueError,
                    "Expected input batch_size (\(input.shape[0])) to match target batch_size (\(target.shape[0])).")
            }
            return (input.shape[0], input.shape[1])
        default:
            throw TorchError.runtime("Wick's nll_loss supports 1-d and 2-d inputs only (got \(input.dim)-d)")
        }
    }

    /// `nll_loss_backward` (`NllLossBackwardBackward0`): `-grad / total_weight` at each target, 0 elsewhere.
    static func backward(
        _ grad: Tensor, _ input: Tensor, _ target: Tensor, _ reduction: LossReduction, _ ignoreIndex: Int64,
        totalWeight: Double
    ) throws -> Tensor {
        let classes = input.shape.last ?? 1
        let labels = try target.checkedScalars().map { Int64(scalar: $0) }
        let upstream = try grad.contiguousData().converted(to: input.dtype)
        func run<T: FloatElement>(_: T.Type) throws -> Tensor {
            let out = try Tensor(zeros: input.shape, dtype: T.dtype)
            let values = out.pointer(T.self)
            let g = upstream.pointer(T.self) + upstream.offset
            for (i, label) in labels.enumerated() where label != ignoreIndex && label >= 0 && label < classes {
                let incoming = reduction == .none ? g[i] : g[0]
                values[i * classes + Int(label)] = -(reduction == .mean ? incoming / T(totalWeight) : incoming)
            }
            return out
        }
        let result = try input.dtype == .float64 ? run(Double.self) : run(Float.self)
        guard GraphRecorder.shouldRecord([grad, input]) else { return result }
        backwardRow.record(
            result, inputs: [grad, input], saving: [target],
            params: Params(reduction: reduction, ignoreIndex: ignoreIndex, totalWeight: totalWeight))
        return result
    }
}
