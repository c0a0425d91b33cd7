extension Loss {
    /// `F.nll_loss` for `[C]` or `[N, C]` inputs and int64 class targets (`NllLossBackward0`);
    /// `weight` scales each class and the mean divides by the counted targets' total weight.
    public static func negativeLogLikelihood(
        _ input: Tensor, _ target: Tensor, reduction: LossReduction, ignoreIndex: Int64 = -100, weight: Tensor? = nil
    ) throws -> Tensor {
        let classWeights = try NegativeLogLikelihood.classWeights(weight, input)
        let (result, totalWeight) = try NegativeLogLikelihood.forward(input, target, reduction, ignoreIndex, classWeights)
        guard GraphRecorder.shouldRecord([input]) else { return result }
        NegativeLogLikelihood.row.record(
            result, inputs: [input], saving: [input, target],
            params: NegativeLogLikelihood.Params(
                reduction: reduction, ignoreIndex: ignoreIndex, totalWeight: totalWeight, weights: classWeights))
        return result
    }
}

/// The kernels of `nll_loss` and its derivative.
enum NegativeLogLikelihood {
    /// The loss and the total weight of the counted targets.
    static func forward(
        _ input: Tensor, _ target: Tensor, _ reduction: LossReduction, _ ignoreIndex: Int64, _ weights: [Double]?
    ) throws -> (Tensor, Double) {
        let (batch, classes) = try check(input, target)
        let labels = try target.checkedScalars().map { Int64(scalar: $0) }
        for label in labels where label != ignoreIndex && (label < 0 || label >= Int64(classes)) {
            throw TorchError(.indexError, "Target \(label) is out of bounds.")
        }
        let x = try input.contiguousData()
        func run<T: FloatElement>(_: T.Type) throws -> (Tensor, Double) {
            let p = x.pointer(T.self) + x.offset
            let w: [T]? = weights?.map { T($0) }
            let picked: [T?] = (0..<batch).map { i in
                guard labels[i] != ignoreIndex else { return nil }
                let x = p[i * classes + Int(labels[i])]
                return w.map { -(x * $0[Int(labels[i])]) } ?? -x
            }
            if reduction == .none {
                let shape = input.dim == 1 ? [] : [batch]
                return try (Kernels.tensor(picked.map { $0 ?? 0 }, shape: shape, dtype: T.dtype), 0)
            }
            let weightOf: [T?] = (0..<batch).map { i in
                labels[i] == ignoreIndex ? nil : w.map { $0[Int(labels[i])] } ?? 1
            }
            let totalWeight = w == nil ? T(weightOf.compactMap { $0 }.count) : cascadeSum(weightOf)
            var total = cascadeSum(picked)
            if reduction == .mean { total /= totalWeight }
            return try (Kernels.tensor([total], shape: [], dtype: T.dtype), Double(totalWeight))
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

    /// The class weights as numbers, after PyTorch's check that there is one per class.
    static func classWeights(_ weight: Tensor?, _ input: Tensor) throws -> [Double]? {
        guard let weight else { return nil }
        let classes = input.dim == 1 ? input.shape[0] : input.dim > 1 ? input.shape[1] : 1
        guard weight.dim == 1 && weight.numel == classes else {
            throw TorchError.runtime(
                "weight tensor should be defined either for all \(classes) classes or no classes but got weight tensor of shape: \(ShapeText.bracketed(weight.shape))"
            )
        }
        return try weight.converted(to: input.dtype).checkedDoubles()
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
        _ grad: Tensor, _ input: Tensor, _ target: Tensor, _ p: Params
    ) throws -> Tensor {
        let (reduction, ignoreIndex, totalWeight) = (p.reduction, p.ignoreIndex, p.totalWeight)
        let classes = input.shape.last ?? 1
        let labels = try target.checkedScalars().map { Int64(scalar: $0) }
        let upstream = try grad.contiguousData().converted(to: input.dtype)
        func run<T: FloatElement>(_: T.Type) throws -> Tensor {
            let out = try Tensor(zeros: input.shape, dtype: T.dtype)
            let values = out.pointer(T.self)
            let g = upstream.pointer(T.self) + upstream.offset
            let w: [T]? = p.weights?.map { T($0) }
            for (i, label) in labels.enumerated() where label != ignoreIndex && label >= 0 && label < classes {
                let scale = w?[Int(label)] ?? 1
                if reduction == .none {
                    values[i * classes + Int(label)] = -scale * g[i]
                } else {
                    values[i * classes + Int(label)] = scale * -(reduction == .mean ? g[0] / T(totalWeight) : g[0])
                }
            }
            return out
        }
        let result = try input.dtype == .float64 ? run(Double.self) : run(Float.self)
        guard GraphRecorder.shouldRecord([grad, input]) else { return result }
        backwardRow.record(result, inputs: [grad, input], saving: [target], params: p)
        return result
    }
}
