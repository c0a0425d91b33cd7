/// Computes the gradients of a node's inputs from the gradient of its output.
typealias BackwardFunction = (_ grad: Tensor, _ context: BackwardContext) throws -> [Tensor?]

/// What a backward formula may read: saved tensors, the result, which inputs need a gradient.
struct BackwardContext {
    let node: Node

    /// The `index`-th saved tensor; throws PyTorch's errors if freed or modified in place.
    func saved(_ index: Int) throws -> Tensor {
        guard index < node.saved.count else { throw TorchError.runtime(Messages.backwardTwice) }
        let entry = node.saved[index]
        return try check(entry)
    }

    /// The node's own output, re-attached to the node so double backward sees through it.
    func result() throws -> Tensor {
        guard let entry = node.savedResult else { throw TorchError.runtime(Messages.backwardTwice) }
        let tensor = try check(entry)
        guard GradMode.isEnabled else { return tensor }
        let attached = tensor.alias()
        attached.gradFn = node
        return attached
    }

    func needsGrad(_ input: Int) -> Bool {
        input < node.edges.count && node.edges[input].node != nil
    }

    /// The saved tensor, or PyTorch's error when it was freed or modified in place since.
    private func check(_ entry: SavedTensor) throws -> Tensor {
        guard let tensor = entry.tensor else { throw TorchError.runtime(Messages.backwardTwice) }
        let current = tensor.versionValue
        if current != entry.version {
            // PyTorch names the saved tensor's producer: the saving node for an output, else its current grad_fn.
            let producer = entry.isOutput ? node : tensor.gradFn
            let name = (producer as? CustomFunctionNode)?.forwardClassName ?? producer?.typeName
            throw TorchError.runtime(
                Messages.savedModified(tensor, producer: name, got: current, expected: entry.version))
        }
        return tensor
    }
}

/// When operations record, and the edges their rows' nodes (`OpRow`, the pointwise tables) point along.
enum GraphRecorder {
    /// Whether an operation on `inputs` must record a node.
    @inline(__always)
    static func shouldRecord(_ inputs: [Tensor]) -> Bool {
        GradMode.isEnabled && inputs.contains { $0.requiresGrad }
    }

    /// The edge through which a gradient reaches `tensor`.
    static func edge(to tensor: Tensor) -> Edge {
        if let fn = tensor.gradFn { return Edge(node: fn, inputNr: fn.outputCount > 1 ? tensor.outputNr : 0) }
        if tensor.leafRequiresGrad { return Edge(node: tensor.accumulator(), inputNr: 0) }
        return Edge(node: nil, inputNr: 0)
    }
}

extension Tensor {
    /// The leaf's `AccumulateGrad` node, created once and shared while anyone holds it.
    func accumulator() -> AccumulateGrad {
        if let existing = cachedAccumulator { return existing }
        let made = AccumulateGrad(variable: self)
        cachedAccumulator = made
        return made
    }

    /// Another tensor object over the same memory and version counter, without history.
    func alias() -> Tensor {
        let t = Tensor(storage: storage, offset: offset, shape: shape, strides: strides, dtype: dtype)
        t.versionCounter = versionCounter
        return t
    }
}
