extension Loss {
    /// `F.nll_loss` as ATen's `nll_loss_nd`: `[C]` or `[N, C]` inputs record `NllLossBackward0`,
    /// `[N, C, H, W]` inputs `NllLoss2DBackward0`, and other ranks are viewed as `[N, C, 1, -1]`
    /// (the unreduced loss viewed back to `[N, d1, …]`). Targets are int64 class indices; `weight`
    /// scales each class and the mean divides by the counted targets' total weight.
    public static func negativeLogLikelihood(
        _ input: Tensor, _ target: Tensor, reduction: LossReduction, ignoreIndex: Int64 = -100, weight: Tensor? = nil
    ) throws -> Tensor {
        guard input.dim >= 1 else { throw TorchError(.valueError, "Expected 1 or more dimensions (got \(input.dim))") }
        if input.dim != 1, target.dim >= 1, input.shape[0] != target.shape[0] {
            throw TorchError(
                .valueError,
                "Expected input batch_size (\(input.shape[0])) to match target batch_size (\(target.shape[0])).")
        }
        switch input.dim {
        case 1, 2: return try NegativeLogLikelihood.loss(input, target, reduction, ignoreIndex, weight, spatial: false)
        case 4: return try NegativeLogLikelihood.loss(input, target, reduction, ignoreIndex, weight, spatial: true)
        default:
            let (n, c) = (input.shape[0], input.shape[1])
            let outSize = [n] + input.shape.dropFirst(2)
            guard Array(target.shape.dropFirst()) == Array(input.shape.dropFirst(2)) else {
                throw TorchError.runtime(
                    "Expected target size \(ShapeText.bracketed(outSize)), got \(ShapeText.bracketed(target.shape))")
            }
            let planar = try input.contiguous().view(input.numel > 0 ? [n, c, 1, -1] : [n, c, 0, 0])
            let labels = try target.contiguous().view(target.numel > 0 ? [n, 1, -1] : [n, 0, 0])
            let loss = try NegativeLogLikelihood.loss(planar, labels, reduction, ignoreIndex, weight, spatial: true)
            return reduction == .none ? try loss.view(outSize) : loss
        }
    }
}

/// The kernels of `nll_loss` and `nll_loss2d` and their derivative. An input is read as
/// `[batch, classes, map]` (`map` is 1 without spatial dimensions) and the targets as `[batch, map]`.
enum NegativeLogLikelihood {
    /// The loss, recorded as `NllLossBackward0` or (`spatial`) `NllLoss2DBackward0`.
    static func loss(
        _ input: Tensor, _ target: Tensor, _ reduction: LossReduction, _ ignoreIndex: Int64, _ weight: Tensor?,
        spatial: Bool
    ) throws -> Tensor {
        let classWeights = try classWeights(weight, input)
        let (result, totalWeight) = try forward(input, target, reduction, ignoreIndex, classWeights)
        guard GraphRecorder.shouldRecord([input]) else { return result }
        let params = Params(
            reduction: reduction, ignoreIndex: ignoreIndex, totalWeight: totalWeight, weights: classWeights,
            spatial: spatial)
        (spatial ? planarRow : row).record(result, inputs: [input], saving: [input, target], params: params)
        return result
    }

    /// `[batch, classes, map]` of an input `nll_loss` or `nll_loss2d` accepts.
    static func layout(_ input: Tensor) -> (batch: Int, classes: Int, map: Int) {
        switch input.dim {
        case 1: (1, input.shape[0], 1)
        case 2: (input.shape[0], input.shape[1], 1)
        default: (input.shape[0], input.shape[1], input.shape.dropFirst(2).reduce(1, *))
        }
    }

    /// The loss and the total weight of the counted targets.
    static func forward(
        _ input: Tensor, _ target: Tensor, _ reduction: LossReduction, _ ignoreIndex: Int64, _ weights: [Double]?
    ) throws -> (Tensor, Double) {
        try check(input, target)
        let (batch, classes, map) = layout(input)
        let labels = try target.checkedScalars().map { Int64(scalar: $0) }
        for label in labels where label != ignoreIndex && (label < 0 || label >= Int64(classes)) {
            throw TorchError(.indexError, "Target \(label) is out of bounds.")
        }
        let x = try input.contiguousData()
        func run<T: FloatElement>(_: T.Type) throws -> (Tensor, Double) {
            let p = x.pointer(T.self) + x.offset
            let w: [T]? = weights?.map { T($0) }
            let picked: [T?] = labels.indices.map { i in
                guard labels[i] != ignoreIndex else { return nil }
                let x = p[(i / map * classes + Int(labels[i])) * map + i % map]
                return w.map { -(x * $0[Int(labels[i])]) } ?? -x
            }
            if reduction == .none {
                let shape = input.dim == 1 ? [] : input.dim == 2 ? [batch] : target.shape
                return try (Kernels.tensor(picked.map { $0 ?? 0 }, shape: shape, dtype: T.dtype), 0)
            }
            let weightOf: [T?] = labels.map { label in
                label == ignoreIndex ? nil : w.map { $0[Int(label)] } ?? 1
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

    /// Checks dtypes and shapes as `nll_loss` (1-d and 2-d inputs) and `nll_loss2d` (4-d) do.
    static func check(_ input: Tensor, _ target: Tensor) throws {
        guard target.dtype == .int64 else {
            throw TorchError.runtime("expected target dtype to be Long or Byte, but got \(target.dtype.scalarTypeName)")
        }
        guard input.dtype.isFloatingPoint else { throw TorchError.notImplemented("nll_loss_out_frame", input.dtype) }
        switch input.dim {
        case 1, 2:
            guard target.dim <= 1 else {
                throw TorchError.runtime("0D or 1D target tensor expected, multi-target not supported")
            }
            if input.dim == 1, target.dim == 1, target.shape[0] != 1 {
                throw TorchError(
                    .valueError, "For 1D input, 1D target must have size 1, but got target size: \(target.shape[0])")
            }
            if input.dim == 2, target.dim == 0 || target.shape[0] != input.shape[0] {
                throw TorchError(
                    .valueError,
                    "Expected input batch_size (\(input.shape[0])) to match target batch_size (\(target.shape.first ?? 0)).")
            }
        default:
            guard target.dim == 3 else {
                throw TorchError.runtime(
                    "only batches of spatial targets supported (3D tensors) but got targets of dimension: \(target.dim)")
            }
            guard input.dim == 4 else {
                throw TorchError.runtime(
                    "only batches of spatial inputs supported (4D tensors), but got input of dimension: \(input.dim)")
            }
            guard [input.shape[0], input.shape[2], input.shape[3]] == target.shape else {
                throw TorchError.runtime(
                    "size mismatch (got input: \(ShapeText.bracketed(input.shape)) , target: \(ShapeText.bracketed(target.shape))"
                )
            }
        }
    }

    /// `nll_loss_backward` (`NllLossBackwardBackward0`): `-grad / total_weight` at each target, 0 elsewhere.
    static func backward(
        _ grad: Tensor, _ input: Tensor, _ target: Tensor, _ p: Params
    ) throws -> Tensor {
        let (reduction, ignoreIndex, totalWeight) = (p.reduction, p.ignoreIndex, p.totalWeight)
        let (_, classes, map) = layout(input)
        let labels = try target.checkedScalars().map { Int64(scalar: $0) }
        let upstream = try grad.contiguousData().converted(to: input.dtype)
        func run<T: FloatElement>(_: T.Type) throws -> Tensor {
            let out = try Tensor(zeros: input.shape, dtype: T.dtype)
            let values = out.pointer(T.self)
            let g = upstream.pointer(T.self) + upstream.offset
            let w: [T]? = p.weights?.map { T($0) }
            for (i, label) in labels.enumerated() where label != ignoreIndex && label >= 0 && label < classes {
                let scale = w?[Int(label)] ?? 1
                let at = (i / map * classes + Int(label)) * map + i % map
                if reduction == .none {
                    values[at] = -scale * g[i]
                } else {
                    values[at] = scale * -(reduction == .mean ? g[0] / T(totalWeight) : g[0])
                }
            }
            return out
        }
        let result = try input.dtype == .float64 ? run(Double.self) : run(Float.self)
        guard GraphRecorder.shouldRecord([grad, input]) else { return result }
        (p.spatial ? planarBackwardRow : backwardRow).record(result, inputs: [grad, input], saving: [target], params: p)
        return result
    }
}
