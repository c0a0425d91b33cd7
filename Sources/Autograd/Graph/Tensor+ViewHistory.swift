/// Views and in-place writes in the graph, as PyTorch's `rebase_history` and
/// `VariableHooks::grad_fn` handle them.
///
/// An in-place op on a tensor records its node as the tensor's new `grad_fn`. On a view, the
/// base gets a `CopySlices` node instead, and every view of that base whose memory changed
/// since its node was recorded reads as `AsStridedBackward0` over the base.
extension Tensor {
    /// The node that produced this tensor (`grad_fn`), brought up to date for views.
    public internal(set) var gradFn: Node? {
        get {
            guard var info = viewInfo, info.creation == .normal else { return recordedGradFn }
            if recordedGradFn == nil && !info.base.requiresGrad { return nil }
            let current = versionValue
            guard info.attributeVersion != current else { return recordedGradFn }
            recordedGradFn = Tensor.asStridedNode(over: info.base, view: Geometry(self))
            info.attributeVersion = current
            viewInfo = info
            return recordedGradFn
        }
        set {
            recordedGradFn = newValue
            if var info = viewInfo {
                info.attributeVersion = versionValue
                viewInfo = info
            }
        }
    }

    /// PyTorch's `check_inplace`: refuses in-place writes that would corrupt autograd history.
    func checkInPlace(with others: [Tensor] = []) throws {
        guard GradMode.isEnabled, requiresGrad || others.contains(where: \.requiresGrad) else { return }
        if let info = viewInfo {
            if info.creation == .noGradMode { throw TorchError.runtime(Messages.viewCreatedInNoGrad) }
            if requiresGrad && info.base.isLeaf { throw TorchError.runtime(Messages.viewOfLeafInPlace) }
        }
        if requiresGrad && isLeaf { throw TorchError.runtime(Messages.leafInPlace) }
    }

    /// Makes `node` the history of this tensor; for a view, wraps it in `CopySlices` on the base.
    func rebaseHistory(onto node: Node) {
        guard let info = viewInfo else {
            Tensor.moveRetainedGradient(of: self, to: node)
            gradFn = node
            return
        }
        let copy = CopySlices(base: info.base, view: Geometry(self), fn: node)
        Tensor.moveRetainedGradient(of: info.base, to: copy)
        info.base.gradFn = copy
    }

    /// `retain_grad()` follows the tensor to its new node, as PyTorch moves it; other hooks stay behind.
    private static func moveRetainedGradient(of tensor: Tensor, to node: Node) {
        guard tensor.retainsGrad, let old = tensor.recordedGradFn, old.retainGradTarget === tensor else { return }
        old.retainGradTarget = nil
        node.retainGradTarget = tensor
    }

    /// The node a view reads as after its memory was written in place: `AsStridedBackward0` over the base.
    static func asStridedNode(over base: Tensor, view: Geometry) -> Node {
        Indexing.asStrided.makeNode(inputs: [base], params: (Geometry(base), view))
    }
}

/// The node PyTorch puts on a base when one of its views is written in place.
///
/// Its backward copies the incoming gradient, runs the in-place op's own backward on the
/// viewed region, and writes the result back into that region.
final class CopySlices: Node {
    let fn: Node

    init(base: Tensor, view: Geometry, fn: Node) {
        self.fn = fn
        var edges = fn.edges
        let baseEdge = GraphRecorder.edge(to: base)
        if edges.isEmpty { edges.append(baseEdge) } else { edges[0] = baseEdge }
        fn.edges = edges
        let baseGeometry = Geometry(base)
        super.init(
            typeName: "CopySlices", edges: edges, saved: [], savesResult: false,
            backward: { grad, context in
                let result = try Tensor.zeros(like: baseGeometry, dtype: grad.dtype)
                try result.copyInPlace(from: grad)
                let slice = try result.asStrided(view)
                var grads = try fn.applyBackward(try slice.clone())
                guard !grads.isEmpty else { return grads }
                if context.needsGrad(0), let first = grads[0] {
                    try slice.copyInPlace(from: first)
                    grads[0] = result
                } else {
                    grads[0] = nil
                }
                return grads
            })
    }

    override var qualifiedName: String { "torch::autograd::CopySlices" }

    override func releaseSavedTensors() {
        fn.releaseSavedTensors()
    }
}
