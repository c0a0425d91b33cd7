/// A differentiable operation of two tensors, declared once: PyTorch's names, forward, and one
/// derivative per input written in tensor operations (so higher-order gradients work).
struct BinaryOp: Sendable {
    enum Slot: Sendable { case lhs, rhs }

    /// The name Python code uses (`torch.mul`, `Tensor.mul`).
    let pythonName: String
    /// PyTorch's node name (`MulBackward0`).
    let nodeName: String
    let forward: @Sendable (Tensor, Tensor) throws -> Tensor
    let lhsNeeds: [Slot]
    let rhsNeeds: [Slot]
    let lhsDerivative: @Sendable (_ grad: Tensor, _ saved: BinarySaved) throws -> Tensor
    let rhsDerivative: @Sendable (_ grad: Tensor, _ saved: BinarySaved) throws -> Tensor

    /// Runs the op and, when grad mode is on and an input requires grad, records its node.
    func callAsFunction(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let result = try forward(a, b)
        guard GraphRecorder.shouldRecord([a, b]) else { return result }
        var slots: [Slot] = []
        if a.requiresGrad { slots += lhsNeeds }
        if b.requiresGrad { slots += rhsNeeds.filter { !slots.contains($0) } }
        let saving = slots.map { $0 == .lhs ? a : b }
        let shapes = (a.shape, b.shape)
        let dtypes = (a.dtype, b.dtype)
        let op = self
        GraphRecorder.record(result, name: nodeName, inputs: [a, b], saving: saving) { grad, context in
            let saved = BinarySaved(context: context, slots: slots)
            let gradA =
                try context.needsGrad(0)
                ? op.lhsDerivative(grad, saved).reduced(toShape: shapes.0, dtype: dtypes.0) : nil
            let gradB =
                try context.needsGrad(1)
                ? op.rhsDerivative(grad, saved).reduced(toShape: shapes.1, dtype: dtypes.1) : nil
            return [gradA, gradB]
        }
        return result
    }
}

/// The inputs a binary op saved for backward.
struct BinarySaved {
    let context: BackwardContext
    let slots: [BinaryOp.Slot]

    func lhs() throws -> Tensor { try context.saved(slots.firstIndex(of: .lhs) ?? slots.count) }
    func rhs() throws -> Tensor { try context.saved(slots.firstIndex(of: .rhs) ?? slots.count) }
}

/// A differentiable operation of one tensor, declared once.
struct UnaryOp: Sendable {
    enum Saves: Sendable { case nothing, input, result, both }

    let pythonName: String
    let nodeName: String
    let forward: @Sendable (Tensor) throws -> Tensor
    let saves: Saves
    let derivative: @Sendable (_ grad: Tensor, _ saved: UnarySaved) throws -> Tensor

    func callAsFunction(_ a: Tensor) throws -> Tensor {
        let result = try forward(a)
        guard GraphRecorder.shouldRecord([a]) else { return result }
        let saving = saves == .input || saves == .both ? [a] : []
        let savesResult = saves == .result || saves == .both
        let shape = a.shape
        let dtype = a.dtype
        let op = self
        GraphRecorder.record(
            result, name: nodeName, inputs: [a], saving: saving, savesResult: savesResult
        ) { grad, context in
            [try op.derivative(grad, UnarySaved(context: context)).reduced(toShape: shape, dtype: dtype)]
        }
        return result
    }
}

/// The input and result a unary op saved for backward.
struct UnarySaved {
    let context: BackwardContext

    func input() throws -> Tensor { try context.saved(0) }
    func result() throws -> Tensor { try context.result() }
}

extension Tensor {
    /// Sums a broadcast gradient back to an input's shape and casts it to the input's dtype.
    func reduced(toShape target: [Int], dtype target_dtype: DType) throws -> Tensor {
        var grad = self
        if grad.shape != target {
            let lead = grad.dim - target.count
            var dims = Array(0..<max(lead, 0))
            for (i, size) in target.enumerated() where size == 1 && grad.shape[i + lead] != 1 {
                dims.append(i + lead)
            }
            if !dims.isEmpty && !GradMode.isEnabled && grad.dtype.isFloatingPoint {
                // Outside a graph the sum is the gradient itself: a fresh tensor of the target's
                // shape, not a view, so the engine may keep it as a leaf's `.grad` without a copy.
                let summed = try Reduction.sumKernel(grad, dims: dims, keepDim: true)
                grad = Tensor(
                    storage: summed.storage, shape: target, strides: Tensor.contiguousStrides(target), dtype: summed.dtype)
            } else if !dims.isEmpty {
                grad = try grad.sum(dims: dims, keepDim: true)
            }
            if grad.shape != target { grad = try grad.view(target) }
        }
        if grad.dtype != target_dtype && target_dtype.isFloatingPoint {
            grad = try grad.to(target_dtype)
        }
        return grad
    }
}
