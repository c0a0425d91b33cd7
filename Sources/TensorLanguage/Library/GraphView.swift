import Autograd

/// Draws a tensor's backward graph: as a tree for the terminal, or as Graphviz DOT.
struct GraphView {
    /// Names of the tensors in the session, so leaves print as the variable a learner wrote.
    let names: [ObjectIdentifier: String]

    init(globals: [String: Value]) {
        var names: [ObjectIdentifier: String] = [:]
        for (name, value) in globals.sorted(by: { $0.key < $1.key }) where !name.hasPrefix("_") {
            if case .tensor(let t) = value, names[ObjectIdentifier(t)] == nil { names[ObjectIdentifier(t)] = name }
        }
        self.names = names
    }

    func label(_ node: Node) -> String {
        if let leaf = node as? AccumulateGrad {
            let t = leaf.variable
            let name = names[ObjectIdentifier(t)] ?? "leaf"
            return "\(name) \(Self.shape(t)) (AccumulateGrad)"
        }
        return node.typeName
    }

    static func shape(_ t: Tensor) -> String { "[" + t.shape.map(String.init).joined(separator: ", ") + "]" }

    /// Terminal colours by kind of node: backward nodes magenta, leaves green, inputs that need no
    /// gradient and the shared marker dim.
    struct Palette {
        var operation = ""
        var leaf = ""
        var dim = ""
        var reset = ""

        static let none = Palette()
        static let terminal = Palette(operation: "\u{1B}[35m", leaf: "\u{1B}[32m", dim: "\u{1B}[2m", reset: "\u{1B}[0m")
    }

    /// Levels of indentation drawn; deeper nodes are drawn at this depth, so a chain of 100,000
    /// nodes prints 100,000 lines of bounded width, not a text quadratic in its length.
    static let maximumIndentation = 50

    /// Why drawing stops early, as a last line: Ctrl-C, or text that would not fit in Wick's
    /// memory account. Checked every 4,096 lines.
    static func stopReason(lines: Int, bytes: Int) -> String? {
        guard lines & 0xFFF == 0 else { return nil }
        if Interruption.take() { return "KeyboardInterrupt" }
        return MemoryBudget.refusal(forUntracked: bytes).map { "MemoryError: " + $0 }
    }

    /// The tree under `root`, one node per line; a node reached twice is marked, not repeated.
    func tree(for tensor: Tensor, palette: Palette = .none) -> String {
        guard let root = tensor.gradFn else {
            let name = names[ObjectIdentifier(tensor)] ?? "tensor"
            return tensor.requiresGrad
                ? "\(name) \(Self.shape(tensor)) is a leaf: its gradient accumulates in .grad\n"
                : "\(name) \(Self.shape(tensor)) has no graph (requires_grad=False)\n"
        }
        var lines: [String] = []
        var bytes = 0
        var seen = Set<ObjectIdentifier>()
        var stack: [(node: Node?, prefix: String, connector: String)] = [(root, "", "")]
        while let (node, prefix, connector) = stack.popLast() {
            bytes += prefix.utf8.count + 64
            if let reason = Self.stopReason(lines: lines.count + 1, bytes: bytes) {
                lines.append(reason)
                break
            }
            guard let node else {
                lines.append(prefix + connector + palette.dim + "· (input that needs no gradient)" + palette.reset)
                continue
            }
            let first = seen.insert(ObjectIdentifier(node)).inserted
            let colour = node is AccumulateGrad ? palette.leaf : palette.operation
            let shared = first ? "" : palette.dim + "  ↺ shared, shown above" + palette.reset
            lines.append(prefix + connector + colour + label(node) + palette.reset + shared)
            guard first else { continue }
            let deeper = prefix.count < Self.maximumIndentation * 4
            let childPrefix = deeper ? prefix + (connector == "├── " ? "│   " : connector.isEmpty ? "" : "    ") : prefix
            let children = node.nextFunctions
            for (i, edge) in children.enumerated().reversed() {
                stack.append((edge.node, childPrefix, i == children.count - 1 ? "└── " : "├── "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Graphviz DOT of the same graph (edges point from a node to the nodes it sends gradients to).
    func dot(for tensor: Tensor) -> String {
        var out = "digraph backward {\n  node [shape=box, fontname=\"monospace\"];\n"
        guard let root = tensor.gradFn else { return out + "}\n" }
        var ids: [ObjectIdentifier: Int] = [:]
        var stack = [root]
        var constants = 0
        func id(_ node: Node) -> Int {
            if let existing = ids[ObjectIdentifier(node)] { return existing }
            let made = ids.count
            ids[ObjectIdentifier(node)] = made
            out += "  n\(made) [label=\"\(label(node))\"\(node is AccumulateGrad ? ", style=rounded" : "")];\n"
            return made
        }
        _ = id(root)
        var visited = Set<ObjectIdentifier>()
        while let node = stack.popLast() {
            guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
            if let reason = Self.stopReason(lines: visited.count, bytes: out.utf8.count) {
                return out + "  // " + reason + "\n}\n"
            }
            let from = id(node)
            for edge in node.nextFunctions {
                if let next = edge.node {
                    out += "  n\(from) -> n\(id(next));\n"
                    stack.append(next)
                } else {
                    constants += 1
                    out += "  c\(constants) [label=\"no grad\", shape=plaintext];\n  n\(from) -> c\(constants) [style=dashed];\n"
                }
            }
        }
        return out + "}\n"
    }
}

extension Session {
    /// `%graph EXPR` / `%graph --dot EXPR`: the backward graph of the tensor EXPR evaluates to.
    public func graph(of expression: String, dot: Bool, colour: Bool = false) -> String {
        guard let value = evaluateForView(expression) else { return "" }
        guard case .tensor(let t) = value else {
            return "%graph needs an expression that evaluates to a tensor\n"
        }
        let view = GraphView(globals: interpreter.globals.values)
        return dot ? view.dot(for: t) : view.tree(for: t, palette: colour ? .terminal : .none)
    }

    /// Evaluates an expression in the session; errors are printed (in terms of the expression
    /// as typed) and give nil.
    func evaluateForView(_ expression: String) -> Value? {
        let typed = parse(source: expression + "\n", fileName: "<magic>")
        guard case .complete(let check) = typed, check.body.count == 1, case .expression = check.body[0].kind else {
            if case .complete = typed {
                interpreter.writeError("UsageError: expected one expression, such as %graph loss\n")
            } else {
                _ = onInterpreterThread { parseAndExecute(typed, echo: .none) }
            }
            return nil
        }
        guard case .complete(var module) = parse(source: "__wick_view__ = (" + expression + ")\n", fileName: "<magic>") else {
            return nil
        }
        // A traceback quotes the expression the user typed, not the assignment around it.
        module.sourceLines = [expression]
        let outcome = onInterpreterThread { execute(module, echo: .none) }
        let value = interpreter.globals.removeValue(forKey: "__wick_view__")
        guard case .completed = outcome else { return nil }
        return value
    }
}

/// A tensor's backward graph drawn both ways from one evaluation: the text tree and Graphviz DOT.
public struct GraphDrawing: Equatable, Sendable {
    public var tree: String
    public var dot: String
}

extension Session {
    /// `%graph EXPR` for front ends that can show a picture: both drawings from one evaluation.
    public func graphDrawing(of expression: String) -> Result<GraphDrawing, MagicProblem> {
        // A failed evaluation has printed its traceback already: nothing more to say.
        guard let value = evaluateForView(expression) else { return .failure(MagicProblem(message: "")) }
        guard case .tensor(let t) = value else {
            return .failure(MagicProblem(message: "%graph needs an expression that evaluates to a tensor\n"))
        }
        let view = GraphView(globals: interpreter.globals.values)
        return .success(GraphDrawing(tree: view.tree(for: t, palette: .none), dot: view.dot(for: t)))
    }
}
