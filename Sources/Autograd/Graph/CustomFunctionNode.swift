/// The node of a user `torch.autograd.Function` (PyTorch's `PyNode`): its backward is a closure
/// the language layer supplies, so `Autograd` never sees Python.
///
/// It may have several outputs; the engine gathers one gradient per output (nil where none
/// arrived) and calls `body` once with all of them. `body` returns one gradient per tensor input,
/// which the node checks against the input's shape and dtype as PyTorch's `validate_outputs` does.
///
/// ```swift
/// let node = CustomFunctionNode(name: cls.name + "Backward", inputs: [x], outputCount: 1) { grads in grads }
/// let outputs = try node.attach(outputs: [.differentiable(y)], saving: [x])
/// ```
public final class CustomFunctionNode: Node {
    /// Computes the input gradients (one per tensor input) from the output gradients.
    public typealias Body = (_ grads: [Tensor?]) throws -> [Tensor?]

    /// The object that is both `ctx` and `grad_fn` in Python; the node keeps it alive.
    public var context: AnyObject?
    /// Shape and dtype of each tensor output, for materialising missing gradients as zeros.
    public private(set) var outputMeta: [(shape: [Int], dtype: DType)?] = []
    /// Shape and dtype of each tensor input, which returned gradients must fit.
    private let inputMeta: [(shape: [Int], dtype: DType)]
    /// Hooks and `retain_grad` targets of outputs after the first (the first uses `Node`'s own).
    private var outputHooks: [Int: [GradientHook]] = [:]
    private var retainTargets: [Int: WeakTensor] = [:]
    /// Positions in `saved` of each `save_for_backward` argument (nil for `None`).
    private var savedLayout: [Int?] = []
    /// Which saved entries are outputs (stored without history, re-attached when read).
    private var savedOutputIndex: [Int: Int] = [:]
    private let body: Body

    public init(name: String, inputs: [Tensor], outputCount: Int, body: @escaping Body) {
        self.body = body
        self.inputMeta = inputs.map { ($0.shape, $0.dtype) }
        super.init(
            typeName: name, edges: inputs.map(GraphRecorder.edge(to:)), saved: [], savesResult: false, backward: nil)
        self.outputCount = max(outputCount, 1)
    }

    /// What the forward returned at one output position.
    public enum Output {
        /// A tensor that gets this node as its history.
        case differentiable(Tensor)
        /// A tensor marked non-differentiable: returned without history.
        case nonDifferentiable(Tensor)
        /// An input modified in place and marked dirty: its history moves onto this node.
        case dirty(Tensor)
        /// A non-tensor value (`None` gradients flow for it).
        case other
    }

    /// Makes this node the history of the outputs and saves `saving` (nil entries stay `None`).
    /// Returns the tensors to hand back, in order (nil for non-tensor outputs).
    public func attach(outputs: [Output], inputs: [Tensor], saving: [Tensor?]) throws -> [Tensor?] {
        var result: [Tensor?] = []
        outputMeta = []
        for (index, output) in outputs.enumerated() {
            switch output {
            case .differentiable(let tensor):
                // An input returned as it is comes back as a new tensor over the same memory (`view_as`).
                let out = inputs.contains { $0 === tensor } || tensor.gradFn != nil ? tensor.alias() : tensor
                out.leafRequiresGrad = false
                out.gradFn = self
                out.outputNr = index
                result.append(out)
                outputMeta.append((out.shape, out.dtype))
            case .nonDifferentiable(let tensor):
                result.append(tensor)
                outputMeta.append((tensor.shape, tensor.dtype))
            case .dirty(let tensor):
                // PyTorch words this check differently for a Function than for an in-place op.
                if tensor.isLeaf && tensor.requiresGrad { throw TorchError.runtime(Messages.dirtyLeaf) }
                try tensor.checkInPlace()
                tensor.bumpVersion()
                tensor.rebaseHistory(onto: self)
                tensor.outputNr = index
                result.append(tensor)
                outputMeta.append((tensor.shape, tensor.dtype))
            case .other:
                result.append(nil)
                outputMeta.append(nil)
            }
        }
        save(saving, outputs: result)
        return result
    }

    private func save(_ tensors: [Tensor?], outputs: [Tensor?]) {
        savedLayout = []
        for tensor in tensors {
            guard let tensor else {
                savedLayout.append(nil)
                continue
            }
            savedLayout.append(saved.count)
            if let outputIndex = outputs.firstIndex(where: { $0 === tensor }), tensor.recordedGradFn === self {
                savedOutputIndex[saved.count] = outputIndex
                saved.append(SavedTensor(tensor.alias(), isOutput: true))
            } else {
                saved.append(SavedTensor(tensor))
            }
        }
    }

    /// `ctx.saved_tensors`: PyTorch's errors when freed by backward or modified in place since.
    public func savedTensors() throws -> [Tensor?] {
        if isReleased && !savedLayout.isEmpty { throw TorchError.runtime(Messages.backwardTwice) }
        let context = BackwardContext(node: self)
        return try savedLayout.map { position in
            guard let position else { return nil }
            let tensor = try context.saved(position)
            guard let output = savedOutputIndex[position], GradMode.isEnabled else { return tensor }
            let attached = tensor.alias()
            attached.gradFn = self
            attached.outputNr = output
            return attached
        }
    }

    /// The tensors saved with their history as it was at `save_for_backward` time, unchecked
    /// (PyTorch's `saved_variables` after the graph was freed raises; before, it is this).
    public var hasSavedTensors: Bool { !savedLayout.isEmpty }

    override func applyBackward(_ grad: Tensor) throws -> [Tensor?] {
        try applyBackward(outputs: [grad])
    }

    /// Runs the closure with one gradient per output and checks what it returns.
    func applyBackward(outputs grads: [Tensor?]) throws -> [Tensor?] {
        let inputGrads = try body(grads)
        return try inputGrads.enumerated().map { index, grad in
            guard let grad, index < inputMeta.count, index < edges.count, edges[index].node != nil else { return nil }
            return try validated(grad, index: index)
        }
    }

    /// PyTorch's `validate_outputs`: a gradient must fit its input's shape (a broadcast one is
    /// summed back) and is cast to its dtype.
    private func validated(_ grad: Tensor, index: Int) throws -> Tensor {
        let (shape, dtype) = inputMeta[index]
        if grad.shape == shape && grad.dtype == dtype { return grad }
        guard Broadcast.isExpandable(shape, to: grad.shape) else {
            throw TorchError.runtime(Messages.invalidGradient(typeName, index: index, got: grad.shape, expected: shape))
        }
        return try grad.reduced(toShape: shape, dtype: dtype)
    }

    /// The user's class name (`MyFn` for `MyFnBackward`), which PyTorch's saved-tensor error names.
    var forwardClassName: String {
        typeName.hasSuffix("Backward") ? String(typeName.dropLast("Backward".count)) : typeName
    }

    /// Hooks on output `index` (> 0), then its `retain_grad`.
    func runOutputHooks(_ index: Int, _ incoming: Tensor) throws -> Tensor {
        var grad = incoming
        for hook in outputHooks[index] ?? [] {
            if let replaced = try hook(grad) { grad = replaced }
        }
        if let target = retainTargets[index]?.tensor, target.retainsGrad {
            var kept = grad
            try Engine.accumulateIntoLeaf(target, &kept, createGraph: GradMode.isEnabled)
        }
        return grad
    }

    func addHook(_ hook: @escaping GradientHook, output: Int) {
        outputHooks[output, default: []].append(hook)
    }

    func setRetainTarget(_ tensor: Tensor, output: Int) {
        retainTargets[output] = WeakTensor(tensor: tensor)
    }
}

/// A tensor held without keeping it alive.
struct WeakTensor {
    weak var tensor: Tensor?
}

extension Messages {
    static let dirtyLeaf = "a leaf Variable that requires grad has been used in an in-place operation."
    static func invalidGradient(_ node: String, index: Int, got: [Int], expected: [Int]) -> String {
        "Function \(node) returned an invalid gradient at index \(index) - got \(ShapeText.bracketed(got)) but expected shape compatible with \(ShapeText.bracketed(expected))"
    }
}

extension Broadcast {
    /// Whether a tensor of `shape` broadcasts to `target` (PyTorch's `is_expandable_to`).
    static func isExpandable(_ shape: [Int], to target: [Int]) -> Bool {
        guard shape.count <= target.count else { return false }
        let lead = target.count - shape.count
        for (i, size) in shape.enumerated() where size != 1 && size != target[i + lead] { return false }
        return true
    }
}
