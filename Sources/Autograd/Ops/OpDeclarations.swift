/// A differentiable operation of two tensors, declared once: PyTorch's names, forward, and one
/// derivative per input written in tensor operations (so higher-order gradients work).
///
/// A class, so the backward closure of every recorded node captures one reference to its op
/// rather than a copy of all its closures.
final class BinaryOp: Sendable {
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
    /// What the node saves when both inputs need a gradient (made once, shared by every node).
    private let bothSlots: [Slot]

    init(
        pythonName: String, nodeName: String, forward: @escaping @Sendable (Tensor, Tensor) throws -> Tensor,
        lhsNeeds: [Slot], rhsNeeds: [Slot],
        lhsDerivative: @escaping @Sendable (_ grad: Tensor, _ saved: BinarySaved) throws -> Tensor,
        rhsDerivative: @escaping @Sendable (_ grad: Tensor, _ saved: BinarySaved) throws -> Tensor
    ) {
        self.pythonName = pythonName
        self.nodeName = nodeName
        self.forward = forward
        self.lhsNeeds = lhsNeeds
        self.rhsNeeds = rhsNeeds
        self.lhsDerivative = lhsDerivative
        self.rhsDerivative = rhsDerivative
        self.bothSlots = lhsNeeds + rhsNeeds.filter { !lhsNeeds.contains($0) }
    }

    /// Runs the op and, when grad mode is on and an input requires grad, records its node.
    func callAsFunction(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let result = try forward(a, b)
        guard GradMode.isEnabled else { return result }
        let (lhsGrad, rhsGrad) = (a.requiresGrad, b.requiresGrad)
        guard lhsGrad || rhsGrad else { return result }
        let slots = lhsGrad ? (rhsGrad ? bothSlots : lhsNeeds) : rhsNeeds
        var saved: [SavedTensor] = []
        if !slots.isEmpty {
            saved.reserveCapacity(slots.count)
            for slot in slots { saved.append(SavedTensor(slot == .lhs ? a : b)) }
        }
        result.gradFn = BinaryNode(
            op: self, edges: [GraphRecorder.edge(to: a), GraphRecorder.edge(to: b)], saved: saved, slots: slots,
            lhs: (a.shape, a.dtype), rhs: (b.shape, b.dtype))
        return result
    }
}

/// The node of a `BinaryOp`: its derivatives are methods of the op, so recording one
/// allocates the node and its edge and saved-tensor lists, and nothing else.
final class BinaryNode: Node {
    let op: BinaryOp
    let slots: [BinaryOp.Slot]
    let lhs: (shape: [Int], dtype: DType)
    let rhs: (shape: [Int], dtype: DType)

    init(
        op: BinaryOp, edges: [Edge], saved: [SavedTensor], slots: [BinaryOp.Slot], lhs: ([Int], DType),
        rhs: ([Int], DType)
    ) {
        self.op = op
        self.slots = slots
        self.lhs = lhs
        self.rhs = rhs
        super.init(typeName: op.nodeName, edges: edges, saved: saved, savesResult: false, backward: nil)
    }

    override var savedSlots: [(name: String, slot: SavedSlot)] {
        let kinds = op.lhsNeeds + op.rhsNeeds.filter { !op.lhsNeeds.contains($0) }
        return kinds.map { kind in (name: kind == .lhs ? "self" : "other", slot: .input(slots.firstIndex(of: kind))) }
    }

    override func applyBackward(_ grad: Tensor) throws -> [Tensor?] {
        let context = BackwardContext(node: self)
        let saved = BinarySaved(context: context, slots: slots)
        let gradA =
            try context.needsGrad(0) ? op.lhsDerivative(grad, saved).reduced(toShape: lhs.shape, dtype: lhs.dtype) : nil
        let gradB =
            try context.needsGrad(1) ? op.rhsDerivative(grad, saved).reduced(toShape: rhs.shape, dtype: rhs.dtype) : nil
        return [gradA, gradB]
    }
}

/// The inputs a binary op saved for backward.
struct BinarySaved {
    let context: BackwardContext
    let slots: [BinaryOp.Slot]

    func lhs() throws -> Tensor { try context.saved(slots.firstIndex(of: .lhs) ?? slots.count) }
    func rhs() throws -> Tensor { try context.saved(slots.firstIndex(of: .rhs) ?? slots.count) }
}

/// A differentiable operation of one tensor, declared once (a class for the same reason as `BinaryOp`).
final class UnaryOp: Sendable {
    enum Saves: Sendable { case nothing, input, result, both }

    let pythonName: String
    let nodeName: String
    /// What each element becomes, for `help()` ("e**x, the exponential of each element"); nil when
    /// a row with the same Python name documents it.
    let summary: String?
    let forward: @Sendable (Tensor) throws -> Tensor
    let saves: Saves
    let derivative: @Sendable (_ grad: Tensor, _ saved: UnarySaved) throws -> Tensor
    /// Where the gradient check samples the op: away from poles, kinks and the edges of its domain.
    let domain: ClosedRange<Double>

    init(
        pythonName: String, nodeName: String, summary: String?, forward: @escaping @Sendable (Tensor) throws -> Tensor,
        saves: Saves, derivative: @escaping @Sendable (_ grad: Tensor, _ saved: UnarySaved) throws -> Tensor,
        domain: ClosedRange<Double> = -1.5...1.5
    ) {
        self.pythonName = pythonName
        self.nodeName = nodeName
        self.summary = summary
        self.forward = forward
        self.saves = saves
        self.derivative = derivative
        self.domain = domain
    }

    func callAsFunction(_ a: Tensor) throws -> Tensor {
        let result = try forward(a)
        guard GradMode.isEnabled, a.requiresGrad else { return result }
        let saved = saves == .input || saves == .both ? [SavedTensor(a)] : []
        let node = UnaryNode(op: self, edges: [GraphRecorder.edge(to: a)], saved: saved, input: (a.shape, a.dtype))
        if saves == .result || saves == .both {
            node.savesResult = true
            node.savedResult = SavedTensor(result.alias(), isOutput: true)
        }
        result.gradFn = node
        return result
    }
}

/// The node of a `UnaryOp` (see `BinaryNode`).
final class UnaryNode: Node {
    let op: UnaryOp
    let input: (shape: [Int], dtype: DType)

    init(op: UnaryOp, edges: [Edge], saved: [SavedTensor], input: ([Int], DType)) {
        self.op = op
        self.input = input
        super.init(typeName: op.nodeName, edges: edges, saved: saved, savesResult: false, backward: nil)
    }

    override var savedSlots: [(name: String, slot: SavedSlot)] {
        let input = op.saves == .input || op.saves == .both
        return Node.slots(naming: input ? ["self"] : [], savesResult: op.saves == .result || op.saves == .both)
    }

    override func applyBackward(_ grad: Tensor) throws -> [Tensor?] {
        let derivative = try op.derivative(grad, UnarySaved(context: BackwardContext(node: self)))
        return [try derivative.reduced(toShape: input.shape, dtype: input.dtype)]
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
