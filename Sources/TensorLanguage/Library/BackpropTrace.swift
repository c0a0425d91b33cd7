import Autograd

/// What `%backprop EXPR` saw: every step of the backward pass and the leaves' gradients, ready to
/// print as text (the prompt) or as an HTML table (a notebook).
public struct BackpropReport: Equatable, Sendable {
    /// One backward node's step.
    public struct Step: Equatable, Sendable {
        public var node: String
        public var gradientIn: String
        /// The leaf whose `.grad` this step accumulated into.
        public var accumulatedInto: String?
        /// (the next node, the gradient sent to it).
        public var sent: [(node: String, gradient: String)]

        public static func == (a: Step, b: Step) -> Bool {
            a.node == b.node && a.gradientIn == b.gradientIn && a.accumulatedInto == b.accumulatedInto
                && a.sent.map(\.node) == b.sent.map(\.node) && a.sent.map(\.gradient) == b.sent.map(\.gradient)
        }
    }

    /// `backward from l = tensor(…)`.
    public var heading: String
    public var steps: [Step] = []
    /// (leaf name, its `.grad` repr or `None`).
    public var leaves: [(name: String, gradient: String)] = []
    /// The error that stopped the pass (`RuntimeError: …`), if one did.
    public var failure: String?

    public static func == (a: BackpropReport, b: BackpropReport) -> Bool {
        a.heading == b.heading && a.steps == b.steps && a.failure == b.failure
            && a.leaves.map(\.name) == b.leaves.map(\.name) && a.leaves.map(\.gradient) == b.leaves.map(\.gradient)
    }
}

extension Session {
    /// `%backprop EXPR`: runs backward from the scalar EXPR and narrates every step — the node,
    /// the gradient flowing in, what it sends to each input — then the leaves' `.grad`.
    public func backpropTrace(of expression: String) -> String {
        switch backpropReport(of: expression) {
        case .success(let report): return report.text
        case .failure(let problem): return problem.message
        }
    }

    /// The steps of a backward pass from EXPR, or why there is none (an empty message when the
    /// evaluation failed: its traceback is printed already).
    public func backpropReport(of expression: String) -> Result<BackpropReport, MagicProblem> {
        guard let value = evaluateForView(expression) else { return .failure(MagicProblem(message: "")) }
        guard case .tensor(let t) = value else {
            return .failure(MagicProblem(message: "%backprop needs an expression that evaluates to a tensor\n"))
        }
        let view = GraphView(globals: interpreter.globals.values)
        var report = BackpropReport(heading: "backward from \(expression) = \(TensorRepr.repr(t))")
        var leaves: [Tensor] = []
        do {
            try t.backward { s in
                var step = BackpropReport.Step(node: view.label(s.node), gradientIn: TensorRepr.repr(s.incoming), sent: [])
                if let leaf = s.node as? AccumulateGrad {
                    leaves.append(leaf.variable)
                    step.accumulatedInto = view.names[ObjectIdentifier(leaf.variable)] ?? "leaf"
                }
                for (edge, grad) in zip(s.node.nextFunctions, s.outgoing) {
                    guard let next = edge.node, let grad else { continue }
                    step.sent.append((view.label(next), TensorRepr.repr(grad)))
                }
                report.steps.append(step)
            }
        } catch let error as TorchError {
            report.failure = "\(error.kind.rawValue): \(error.message)"
            return .success(report)
        } catch {
            report.failure = "RuntimeError: \(error)"
            return .success(report)
        }
        report.leaves = leaves.map { (view.names[ObjectIdentifier($0)] ?? "leaf", $0.grad.map(TensorRepr.repr) ?? "None") }
        return .success(report)
    }
}

/// Why a magic drew nothing: its message for the user.
public struct MagicProblem: Error, Equatable, Sendable {
    public var message: String
}

extension BackpropReport {
    /// The prompt's narration.
    public var text: String {
        var out = heading + "\n"
        for (index, step) in steps.enumerated() {
            out += "\nstep \(index + 1): \(step.node)\n"
            out += Self.indented("grad in:  ", step.gradientIn)
            if let leaf = step.accumulatedInto { out += "    accumulated into \(leaf).grad\n" }
            for (node, gradient) in step.sent { out += Self.indented("to \(node): ", gradient) }
        }
        if let failure { return out + failure + "\n" }
        out += "\nleaf gradients:\n"
        for (name, gradient) in leaves { out += Self.indented("\(name).grad = ", gradient) }
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

    /// A notebook's view: one table row per step, tensors in `<pre>`.
    public var html: String {
        func pre(_ s: String) -> String { "<pre>" + Self.escaped(s) + "</pre>" }
        var out = "<p>" + Self.escaped(heading) + "</p>\n<table>\n"
        out += "<thead><tr><th>step</th><th>node</th><th>gradient in</th><th>sent to</th></tr></thead>\n<tbody>\n"
        for (index, step) in steps.enumerated() {
            var sent = step.sent.map { "<b>" + Self.escaped($0.node) + "</b>" + pre($0.gradient) }.joined()
            if let leaf = step.accumulatedInto { sent += "accumulated into <code>\(Self.escaped(leaf)).grad</code>" }
            out += "<tr><td>\(index + 1)</td><td><code>\(Self.escaped(step.node))</code></td>"
            out += "<td>\(pre(step.gradientIn))</td><td>\(sent)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if let failure { return out + "<p>" + Self.escaped(failure) + "</p>\n" }
        out += "<p>leaf gradients:</p>\n<table>\n"
        for (name, gradient) in leaves {
            out += "<tr><td><code>\(Self.escaped(name)).grad</code></td><td>\(pre(gradient))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    static func escaped(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
