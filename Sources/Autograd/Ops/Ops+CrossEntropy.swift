/// `F.cross_entropy` in ATen's three cases, each built from the same ops as ATen's so the graph
/// shows PyTorch's nodes: class indices (`NllLossBackward0` over `LogSoftmaxBackward0`), class
/// indices with label smoothing (`AddBackward0` of two `MulBackward1`), and class probabilities
/// of the input's shape (`DivBackward1` over `NegBackward0` over `SumBackward0`).
extension Loss {
    public struct CrossEntropyOptions {
        public var reduction: LossReduction = .mean
        public var ignoreIndex: Int64 = -100
        public var weight: Tensor?
        public var labelSmoothing: Double = 0

        public init(
            reduction: LossReduction = .mean, ignoreIndex: Int64 = -100, weight: Tensor? = nil, labelSmoothing: Double = 0
        ) {
            (self.reduction, self.ignoreIndex, self.weight, self.labelSmoothing) =
                (reduction, ignoreIndex, weight, labelSmoothing)
        }
    }

    public static func crossEntropy(
        _ input: Tensor, _ target: Tensor, reduction: LossReduction, ignoreIndex: Int64 = -100
    ) throws -> Tensor {
        try crossEntropy(input, target, CrossEntropyOptions(reduction: reduction, ignoreIndex: ignoreIndex))
    }

    public static func crossEntropy(_ input: Tensor, _ target: Tensor, _ o: CrossEntropyOptions) throws -> Tensor {
        guard input.dim > 0 else { throw TorchError.runtime("input tensor should be 1D or 2D") }
        let classDim = input.dim == 1 ? 0 : 1
        if input.shape == target.shape {
            guard target.dtype.isFloatingPoint else {
                throw TorchError.runtime(
                    "Expected floating point type for target with class probabilities, got \(target.dtype.scalarTypeName)")
            }
            guard o.ignoreIndex < 0 else {
                throw TorchError.runtime("ignore_index is not supported for floating point target")
            }
            return try CrossEntropy.probabilities(input, target, o, classDim: classDim)
        }
        guard o.labelSmoothing > 0 else {
            return try negativeLogLikelihood(
                input.logSoftmax(dim: classDim), target, reduction: o.reduction, ignoreIndex: o.ignoreIndex, weight: o.weight)
        }
        try CrossEntropy.checkSmoothing(o.labelSmoothing)
        return try CrossEntropy.smoothed(input, target, o, classDim: classDim)
    }
}

enum CrossEntropy {
    static func checkSmoothing(_ s: Double) throws {
        guard s <= 1 else {
            throw TorchError.runtime("label_smoothing must be between 0.0 and 1.0. Got: \(NumberFormat.general(s, digits: 6))")
        }
    }

    /// ATen's `cross_entropy_loss_prob_target`.
    static func probabilities(_ input: Tensor, _ soft: Tensor, _ o: Loss.CrossEntropyOptions, classDim: Int) throws
        -> Tensor
    {
        let classes = input.shape[classDim]
        if let w = o.weight, !(w.dim == 1 && w.numel == classes) {
            throw TorchError.runtime(
                "cross_entropy: weight tensor should be defined either for all \(classes) classes or no classes but got weight tensor of shape: \(ShapeText.bracketed(w.shape))"
            )
        }
        let logProbabilities = try input.logSoftmax(dim: classDim)
        var target = soft
        if o.labelSmoothing > 0 {
            try checkSmoothing(o.labelSmoothing)
            target =
                try soft.multiplied(by: .float(1 - o.labelSmoothing))
                + Tensor.wrapping(.float(o.labelSmoothing / Double(classes)))
        }
        var product = try logProbabilities * target
        if let w = o.weight {
            var shape = [Int](repeating: 1, count: input.dim)
            shape[classDim] = classes
            product = try product * (input.dim > 1 ? w.view(shape) : w)
        }
        switch o.reduction {
        case .none: return try product.sum(dims: [classDim], keepDim: false).negated()
        case .sum: return try product.sum().negated()
        case .mean:
            return try product.sum().negated().divided(by: .int(Int64(input.numel / Swift.max(classes, 1))))
        }
    }

    /// ATen's `cross_entropy_loss_label_smoothing`.
    static func smoothed(_ input: Tensor, _ target: Tensor, _ o: Loss.CrossEntropyOptions, classDim: Int) throws -> Tensor {
        let classes = input.shape[classDim]
        let logProbabilities = try input.logSoftmax(dim: classDim)
        let nll = try Loss.negativeLogLikelihood(
            logProbabilities, target, reduction: o.reduction, ignoreIndex: o.ignoreIndex, weight: o.weight)
        let ignored = try Comparison.equal.compute(target, .wrapping(.int(o.ignoreIndex)))
        var smooth: Tensor
        if let w = o.weight {
            var shape = [Int](repeating: 1, count: input.dim)
            shape[classDim] = w.numel
            smooth = try (logProbabilities * w.view(shape)).sum(dims: [classDim], keepDim: false).negated()
        } else {
            smooth = try logProbabilities.sum(dims: [classDim], keepDim: false).negated()
        }
        try smooth.maskedFillInPlace(ignored, .float(0))
        let loss: Tensor
        switch o.reduction {
        case .none: loss = smooth
        case .sum: loss = try smooth.sum()
        case .mean: loss = try smooth.sum() / counted(target, ignored, weight: o.weight, dtype: input.dtype)
        }
        return try nll.multiplied(by: .float(1 - o.labelSmoothing))
            + loss.multiplied(by: .float(o.labelSmoothing / Double(classes)))
    }

    /// The mean's divisor: the kept targets' total class weight, or their count.
    private static func counted(_ target: Tensor, _ ignored: Tensor, weight: Tensor?, dtype: DType) throws -> Tensor {
        let flags = try ignored.checkedScalars()
        let labels = try target.checkedScalars()
        guard let weight else {
            let kept = flags.filter { $0 == .bool(false) }.count
            return Tensor.scalarTensor(.int(Int64(kept)), dtype: .int64)
        }
        let w = try weight.checkedDoubles()
        let picked = zip(flags, labels).compactMap { flag, label -> Double? in
            guard flag == .bool(false), case .int(let i) = label, i >= 0, Int(i) < w.count else { return nil }
            return w[Int(i)]
        }
        let values = try Tensor.from(picked.map { .float($0) }, shape: [picked.count], dtype: weight.dtype)
        return try GradMode.with(false) { try values.sum() }
    }

}

extension Tensor {
    /// `self * number` as ATen's C++ code writes it (`MulBackward1`).
    func multiplied(by number: Scalar) throws -> Tensor {
        let result = try Arithmetic.mul.compute(self, .wrapping(number))
        guard GraphRecorder.shouldRecord([self]) else { return result }
        CrossEntropy.scalarProduct.record(result, inputs: [self], params: ScalarFactor(value: number, dtype: dtype))
        return result
    }
}

struct ScalarFactor {
    let value: Scalar
    let dtype: DType
}

extension CrossEntropy {
    static let scalarProduct = OpRow<ScalarFactor>(
        "MulBackward1",
        python: nil, probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].multiplied(by: .float(0.3)) }
    ) { grad, _, p in [try grad.multiplied(by: p.value).reduced(toShape: grad.shape, dtype: p.dtype)] }

    static let rows: [AnyOpRow] = [scalarProduct]
}
