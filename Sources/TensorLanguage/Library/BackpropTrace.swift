import Autograd

extension Session {
    /// `%backprop EXPR`: runs backward from the scalar EXPR and narrates every step — the node,
    /// the gradient flowing in, what it sends to each input — then the leaves' `.grad`.
    public func backpropTrace(of expression: String) -> String {
        guard let value = evaluateForView(expression) else { return "" }
        guard case .tensor(let t) = value else {
            return "%backprop needs an expression that evaluates to a tensor\n"
        }
        let view = GraphView(globals: interpreter.globals.values)
        var out = "backward from \(expression) = \(TensorRepr.repr(t))\n"
        var step = 0
        var leaves: [Tensor] = []
        do {
            try t.backward { s in
                step += 1
                out += "\nstep \(step): \(view.label(s.node))\n"
                out += Self.indented("grad in:  ", TensorRepr.repr(s.incoming))
                if let leaf = s.node as? AccumulateGrad {
                    leaves.append(leaf.variable)
                    out += "    accumulated into \(view.names[ObjectIdentifier(leaf.variable)] ?? "leaf").grad\n"
                }
                for (edge, grad) in zip(s.node.nextFunctions, s.outgoing) {
                    guard let next = edge.node, let grad else { continue }
                    out += Self.indented("to \(view.label(next)): ", TensorRepr.repr(grad))
                }
            }
        } catch let error as TorchError {
            return out + "\(error.kind.rawValue): \(error.message)\n"
        } catch {
            return out + "RuntimeError: \(error)\n"
        }
        out += "\nleaf gradients:\n"
        for leaf in leaves {
            let name = view.names[ObjectIdentifier(leaf)] ?? "leaf"
            out += Self.indented("\(name).grad = ", leaf.grad.map(TensorRepr.repr) ?? "None")
        }
        return out
    }

    /// `label` then `text`, continuation lines aligned under the text's first column.
    static func indented(_ label: String, _ text: String) -> String {
        let pad = String(repeating: " ", count: 4 + label.count)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return "    " + label
            + lines.enumerated().map { $0.offset == 0 ? String($0.element) : pad + $0.element }
            .joined(separator: "\n") + "\n"
    }
}
