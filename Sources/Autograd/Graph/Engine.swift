import Synchronization

/// Runs backward through the graph in dependency order, without recursion.
///
/// Dependencies are counted first; a node runs once every gradient it expects has
/// arrived. Ready nodes run latest-created first, as PyTorch's CPU engine does, so
/// hooks fire in the same order.
enum Engine {
    struct Root {
        var tensor: Tensor
        var grad: Tensor
    }

    /// Backpropagates from `roots`. With `captures`, returns the gradients reaching those
    /// tensors instead of accumulating into any `.grad` (`torch.autograd.grad`).
    static func run(
        roots: [Root], retainGraph: Bool, createGraph: Bool, captures: [Tensor]? = nil,
        observer: BackwardObserver? = nil
    ) throws -> [Tensor?] {
        let rootEdges = roots.map { GraphRecorder.edge(to: $0.tensor) }
        let rootNodes = rootEdges.compactMap(\.node)
        let targets = captureTargets(captures)
        var state = RunState()
        defer { state.finish() }
        state.countDependencies(from: rootNodes)
        let needed = targets.map { neededNodes(targets: $0, from: rootNodes) }
        var ready = NodeHeap()
        var captured = [Tensor?](repeating: nil, count: captures?.count ?? 0)

        try GradMode.with(createGraph) {
            for (edge, root) in zip(rootEdges, roots) {
                guard let node = edge.node, let slot = state.slot(of: node) else { continue }
                try state.accumulate(root.grad, into: slot, output: edge.inputNr)
            }
            for slot in 0..<state.rootCount where state.entries[slot].dependencies == 0 {
                ready.push(state.entries[slot].node)
            }
            while let node = ready.pop() {
                try Interruption.check()
                guard let slot = state.slot(of: node) else { continue }
                let outputs: [Tensor?]
                if node.outputCount > 1 {
                    outputs = try applyMultiOutput(node, grads: state.takeBuffers(slot, count: node.outputCount))
                } else if var grad = state.entries[slot].buffer {
                    state.entries[slot].buffer = nil
                    grad = try runPreHooks(node, grad)
                    let id = ObjectIdentifier(node)
                    if let targets, let index = targets[id] {
                        captured[index] = grad
                    }
                    if let needed, !needed.contains(id) { continue }
                    outputs = try applyHooked(node, grad: &grad, createGraph: createGraph)
                    observer?(BackwardStep(node: node, incoming: grad, outgoing: outputs))
                } else {
                    // No gradient reached this node; its inputs still stop waiting for it.
                    outputs = []
                }
                if !retainGraph { node.releaseSavedTensors() }
                for (index, edge) in node.edges.enumerated() {
                    guard let next = edge.node, let nextSlot = state.slot(of: next) else { continue }
                    if index < outputs.count, let output = outputs[index] {
                        try state.accumulate(output, into: nextSlot, output: edge.inputNr)
                    }
                    state.entries[nextSlot].dependencies -= 1
                    if state.entries[nextSlot].dependencies == 0 { ready.push(next) }
                }
            }
        }
        return captured
    }

    /// One backward pass's bookkeeping, kept on the nodes themselves (`enginePass`,
    /// `engineSlot`) so no dictionary is hashed per edge. A pass started from inside another
    /// (a hook calling `backward()`) puts back what it overwrote when it finishes.
    struct RunState {
        /// Numbers passes across all threads, so a stamp on a node names one pass.
        private static let passCounter = Atomic<Int>(0)

        /// A node of this pass, how many inputs it still waits for, and its gradient so far.
        struct Entry {
            let node: Node
            var dependencies = 0
            var buffer: Tensor?
            /// Gradients of outputs after the first, for nodes with several outputs.
            var extra: [Tensor?] = []
        }

        let pass: Int
        private let nested: Bool
        var entries: [Entry] = []
        private(set) var rootCount = 0
        private var displaced: [(node: Node, pass: Int, slot: Int)] = []

        init() {
            pass = RunState.passCounter.wrappingAdd(1, ordering: .relaxed).newValue
            let state = EngineState.current
            nested = state.backwardPassesRunning > 0
            state.backwardPassesRunning += 1
            entries.reserveCapacity(16)
        }

        mutating func finish() {
            EngineState.current.backwardPassesRunning -= 1
            for entry in displaced.reversed() {
                entry.node.enginePass = entry.pass
                entry.node.engineSlot = entry.slot
            }
        }

        func slot(of node: Node) -> Int? {
            node.enginePass == pass ? node.engineSlot : nil
        }

        private mutating func add(_ node: Node) -> Int {
            if nested && node.enginePass != 0 {
                displaced.append((node, node.enginePass, node.engineSlot))
            }
            let slot = entries.count
            node.enginePass = pass
            node.engineSlot = slot
            entries.append(Entry(node: node))
            return slot
        }

        /// For each node reachable from the roots, how many edges point at it.
        mutating func countDependencies(from roots: [Node]) {
            for node in roots where slot(of: node) == nil { _ = add(node) }
            rootCount = entries.count
            // Entries double as the work list: every node added is scanned once, in order.
            var next = 0
            while next < entries.count {
                let node = entries[next].node
                next += 1
                for edge in node.edges {
                    guard let input = edge.node else { continue }
                    let target = slot(of: input) ?? add(input)
                    entries[target].dependencies += 1
                }
            }
        }

        /// Sums a gradient into a node's input buffer: in place when the engine holds the only
        /// reference to the buffer and its memory (PyTorch's `InputBuffer::accumulate`), else anew.
        mutating func accumulate(_ grad: Tensor, into slot: Int, output: Int = 0) throws {
            if output > 0 {
                try accumulateExtra(grad, into: slot, output: output)
                return
            }
            guard var existing = entries[slot].buffer else {
                entries[slot].buffer = grad
                return
            }
            entries[slot].buffer = nil
            if !GradMode.isEnabled && Engine.isOwned(&existing, shape: grad.shape, dtype: grad.dtype) {
                try existing.addInPlaceRaw(grad)
                entries[slot].buffer = existing
            } else {
                entries[slot].buffer = try existing.adding(grad)
            }
        }
    }

    /// A node with several outputs: each output's hooks, then one call with every gradient.
    private static func applyMultiOutput(_ node: Node, grads: [Tensor?]) throws -> [Tensor?] {
        guard let custom = node as? CustomFunctionNode else { return [] }
        var grads = grads
        for index in grads.indices {
            guard let grad = grads[index] else { continue }
            grads[index] = index == 0 ? try runPreHooks(node, grad) : try custom.runOutputHooks(index, grad)
        }
        for hook in node.nodePreHooks {
            if let replaced = try hook(grads), replaced.count == grads.count { grads = replaced }
        }
        var outputs = try custom.applyBackward(outputs: grads)
        for hook in node.postHooks {
            if let replaced = try hook(outputs, grads) { outputs = replaced }
        }
        return outputs
    }

    /// The node between its own pre-hooks and post-hooks (`grad_fn.register_prehook/register_hook`).
    private static func applyHooked(_ node: Node, grad: inout Tensor, createGraph: Bool) throws -> [Tensor?] {
        guard !node.nodePreHooks.isEmpty || !node.postHooks.isEmpty else {
            return try apply(node, grad: &grad, createGraph: createGraph)
        }
        for hook in node.nodePreHooks {
            if let replaced = try hook([grad]), let first = replaced.first, let tensor = first { grad = tensor }
        }
        var outputs = try apply(node, grad: &grad, createGraph: createGraph)
        for hook in node.postHooks {
            if let replaced = try hook(outputs, [grad]) { outputs = replaced }
        }
        return outputs
    }

    private static func apply(_ node: Node, grad: inout Tensor, createGraph: Bool) throws -> [Tensor?] {
        if let accumulate = node as? AccumulateGrad {
            try accumulateIntoLeaf(accumulate.variable, &grad, createGraph: createGraph)
            return []
        }
        return try node.applyBackward(grad)
    }

    /// Tensor hooks first, then `retain_grad`, which sees the hooked gradient.
    private static func runPreHooks(_ node: Node, _ incoming: Tensor) throws -> Tensor {
        var grad = incoming
        let hooks = (node as? AccumulateGrad)?.variable.leafHooks ?? node.preHooks
        for hook in hooks {
            if let replaced = try hook(grad) { grad = replaced }
        }
        if let target = node.retainGradTarget, target.retainsGrad {
            var kept = grad
            try accumulateIntoLeaf(target, &kept, createGraph: GradMode.isEnabled)
        }
        return grad
    }

    /// PyTorch's `AccumulateGrad`: the first gradient is taken over when nobody else holds it
    /// and it is laid out like the variable (else copied); later ones are added in place.
    static func accumulateIntoLeaf(_ variable: Tensor, _ grad: inout Tensor, createGraph: Bool) throws {
        if let existing = variable.gradStorage {
            if createGraph || existing.requiresGrad {
                variable.gradStorage = try existing.adding(grad)
            } else {
                try GradMode.with(false) { try existing.addInPlaceRaw(grad) }
            }
        } else if createGraph {
            variable.gradStorage = grad
        } else if isOwned(&grad, shape: variable.shape, dtype: variable.dtype) && variable.isContiguous {
            variable.gradStorage = grad
        } else {
            variable.gradStorage = try grad.converted(to: grad.dtype)
        }
    }

    /// Whether `tensor` is a plain contiguous tensor of `shape` and `dtype` that no one else
    /// references — not its object, not its memory — so the engine may keep or write it.
    private static func isOwned(_ tensor: inout Tensor, shape: [Int], dtype: DType) -> Bool {
        guard isKnownUniquelyReferenced(&tensor), isKnownUniquelyReferenced(&tensor.storage) else { return false }
        return tensor.shape == shape && tensor.dtype == dtype && tensor.offset == 0 && tensor.isContiguous
            && tensor.viewInfo == nil && tensor.recordedGradFn == nil && !tensor.leafRequiresGrad
            && tensor.storage.byteCount == tensor.numel * dtype.itemSize
    }

    private static func uniqueNodes(_ nodes: [Node]) -> [Node] {
        var seen = Set<ObjectIdentifier>()
        return nodes.filter { seen.insert(ObjectIdentifier($0)).inserted }
    }

    /// Where `autograd.grad` reads each input's gradient: its node, keyed to the input's position.
    private static func captureTargets(_ captures: [Tensor]?) -> [ObjectIdentifier: Int]? {
        guard let captures else { return nil }
        var targets: [ObjectIdentifier: Int] = [:]
        for (index, tensor) in captures.enumerated() {
            if let node = GraphRecorder.edge(to: tensor).node {
                targets[ObjectIdentifier(node)] = index
            }
        }
        return targets
    }

    /// Nodes that lie on a path from a root to a capture target (only these run in `autograd.grad`).
    private static func neededNodes(targets: [ObjectIdentifier: Int], from roots: [Node]) -> Set<ObjectIdentifier> {
        var order: [Node] = []
        var seen = Set<ObjectIdentifier>()
        var stack = uniqueNodes(roots)
        for node in stack { seen.insert(ObjectIdentifier(node)) }
        while let node = stack.popLast() {
            order.append(node)
            for edge in node.edges {
                if let next = edge.node, seen.insert(ObjectIdentifier(next)).inserted { stack.append(next) }
            }
        }
        var needed = Set<ObjectIdentifier>()
        var changed = true
        while changed {
            changed = false
            for node in order.reversed() {
                let id = ObjectIdentifier(node)
                if needed.contains(id) || targets[id] != nil && node is AccumulateGrad { continue }
                let reaches = node.edges.contains { edge in
                    guard let next = edge.node else { return false }
                    let nid = ObjectIdentifier(next)
                    return needed.contains(nid) || targets[nid] != nil
                }
                if reaches {
                    needed.insert(id)
                    changed = true
                }
            }
        }
        return needed
    }
}

/// One node's work during backward, as `%backprop` shows it.
public struct BackwardStep {
    public let node: Node
    /// The gradient of the node's output.
    public let incoming: Tensor
    /// The gradient sent along each of `node.nextFunctions` (nil where none flows).
    public let outgoing: [Tensor?]
}

/// Receives each step of a backward pass, in execution order.
public typealias BackwardObserver = (BackwardStep) -> Void

/// A max-heap of nodes by sequence number.
struct NodeHeap {
    private var items: [Node] = []

    mutating func push(_ node: Node) {
        items.append(node)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].sequenceNr > items[parent].sequenceNr else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Node? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var largest = parent
            if left < items.count && items[left].sequenceNr > items[largest].sequenceNr { largest = left }
            if right < items.count && items[right].sequenceNr > items[largest].sequenceNr { largest = right }
            if largest == parent { break }
            items.swapAt(parent, largest)
            parent = largest
        }
        return top
    }
}
