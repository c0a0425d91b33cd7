import Synchronization

/// A gradient hook: receives the gradient and may return a replacement.
public typealias GradientHook = (Tensor) throws -> Tensor?

/// `grad_fn.register_prehook(fn)`: sees the gradients of the node's outputs and may return replacements.
public typealias NodePreHook = (_ gradOutputs: [Tensor?]) throws -> [Tensor?]?

/// `grad_fn.register_hook(fn)`: sees the gradients the node computed for its inputs and the gradients
/// of its outputs, and may return replacements for the first.
public typealias NodePostHook = (_ gradInputs: [Tensor?], _ gradOutputs: [Tensor?]) throws -> [Tensor?]?

/// An edge from a node to the node that receives one of its input gradients.
public struct Edge {
    public var node: Node?
    public var inputNr: Int
}

/// A backward function in the graph, PyTorch's `grad_fn` (`MulBackward0`, …).
public class Node {
    /// The class name PyTorch prints (`MulBackward0`, `AccumulateGrad`).
    public let typeName: String
    public internal(set) var edges: [Edge]
    let sequenceNr: Int
    var saved: [SavedTensor]
    var savesResult: Bool
    var savedResult: SavedTensor?
    var isReleased = false
    let backward: BackwardFunction?
    /// Hooks registered on the tensor this node produced, run before the node.
    var preHooks: [GradientHook] = []
    /// `register_prehook` and `register_hook` on the node itself, run after the tensor hooks.
    var nodePreHooks: [NodePreHook] = []
    var postHooks: [NodePostHook] = []
    weak var retainGradTarget: Tensor?
    /// Scratch space of the backward pass that last visited this node (see `Engine`).
    var enginePass = 0
    var engineSlot = 0
    /// How many outputs the node has (a user `autograd.Function` may return several).
    var outputCount = 1

    /// Numbers nodes in creation order across all threads (the engine runs later nodes first).
    private static let sequenceCounter = Atomic<Int>(0)

    init(
        typeName: String, edges: [Edge], saved: [SavedTensor], savesResult: Bool,
        backward: BackwardFunction?, sequenceNr: Int? = nil
    ) {
        self.typeName = typeName
        self.edges = edges
        self.saved = saved
        self.savesResult = savesResult
        self.backward = backward
        if let sequenceNr {
            self.sequenceNr = sequenceNr
        } else {
            self.sequenceNr = Node.sequenceCounter.wrappingAdd(1, ordering: .relaxed).newValue
        }
    }

    /// The gradients of the node's inputs from the gradient of its output (one per edge).
    /// Nodes made by `GraphRecorder` run their closure; specialised nodes override this.
    func applyBackward(_ grad: Tensor) throws -> [Tensor?] {
        guard let backward else { return [] }
        return try backward(grad, BackwardContext(node: self))
    }

    /// PyTorch's `grad_fn.name()`, which differs from the type name for a few C++ nodes.
    public var qualifiedName: String { typeName }

    /// What this node's kind saves, by PyTorch's names (`Node+SavedAttributes.swift`).
    var savedSlots: [(name: String, slot: SavedSlot)] { [] }

    /// PyTorch's `next_functions`: one `(node, input_nr)` per input.
    public var nextFunctions: [Edge] { edges }

    /// Frees saved tensors after a backward pass that does not retain the graph.
    func releaseSavedTensors() {
        guard !saved.isEmpty || savesResult else { return }
        for i in saved.indices { saved[i].tensor = nil }
        savedResult = nil
        isReleased = true
    }

    deinit {
        // Freeing a long chain would recurse once per node; detach children and free them in a loop.
        var pending: [Node] = []
        Node.takeChildren(of: self, into: &pending)
        while !pending.isEmpty {
            var node = pending.removeLast()
            if isKnownUniquelyReferenced(&node) {
                Node.takeChildren(of: node, into: &pending)
            }
        }
    }

    /// Detaches `node`'s inputs and saved tensors; children nobody else holds go to `pending`
    /// (the others are merely released), so a short-lived node frees without allocating.
    private static func takeChildren(of node: Node, into pending: inout [Node]) {
        for i in node.edges.indices {
            guard var child = node.edges[i].node else { continue }
            node.edges[i].node = nil
            if isKnownUniquelyReferenced(&child) { pending.append(child) }
        }
        if !node.saved.isEmpty {
            for i in node.saved.indices {
                node.saved[i].detachHistory(into: &pending)
            }
            node.saved.removeAll()
        }
        if let accumulate = node as? AccumulateGrad {
            accumulate.detachHistory(into: &pending)
        }
    }
}

/// A tensor saved for backward, with the version it had then.
struct SavedTensor {
    /// `nil` once the graph has been freed. A Python number wrapped as a 0-d tensor is freed too:
    /// PyTorch saves it like any tensor, so a second backward through `x * 2` raises.
    var tensor: Tensor?
    let version: Int
    /// Whether this is the saving node's own output (named after that node in errors).
    let isOutput: Bool

    init(_ tensor: Tensor, isOutput: Bool = false) {
        self.tensor = tensor
        self.version = tensor.versionValue
        self.isOutput = isOutput
    }

    mutating func detachHistory(into pending: inout [Node]) {
        guard var held = tensor else { return }
        tensor = nil
        if isKnownUniquelyReferenced(&held), let fn = held.recordedGradFn {
            pending.append(fn)
            held.recordedGradFn = nil
        }
    }
}

/// The leaf's sink: adds incoming gradients to `.grad`.
public final class AccumulateGrad: Node {
    public internal(set) var variable: Tensor

    init(variable: Tensor) {
        self.variable = variable
        super.init(
            typeName: "AccumulateGrad", edges: [], saved: [], savesResult: false, backward: nil,
            sequenceNr: Int.max)
    }

    override public var qualifiedName: String { "torch::autograd::AccumulateGrad" }

    fileprivate func detachHistory(into pending: inout [Node]) {
        if isKnownUniquelyReferenced(&variable), let fn = variable.recordedGradFn {
            pending.append(fn)
            variable.recordedGradFn = nil
        }
    }
}
