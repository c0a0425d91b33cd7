/// `torch.einsum` for one or two operands, composed of differentiable ops in PyTorch's order
/// (permute, sum, bmm, view), so results carry the node PyTorch's result carries.
public enum Einsum {
    struct Equation {
        var inputs: [[Character]]
        var output: [Character]
    }

    static func parse(_ text: String, operands: Int) throws -> Equation {
        let compact = text.filter { $0 != " " }
        if compact.contains(".") { throw unsupported("'...' (ellipsis)") }
        var sides = [compact]
        if let dash = compact.firstIndex(of: "-") {
            let after = compact.index(after: dash)
            guard after < compact.endIndex, compact[after] == ">" else { throw TorchError.runtime("einsum(): invalid equation") }
            sides = [String(compact[..<dash]), String(compact[compact.index(after: after)...])]
            if sides[1].contains("-") || sides[1].contains(">") { sides.append("") }
        }
        guard sides.count <= 2, let left = sides.first else { throw TorchError.runtime("einsum(): invalid equation") }
        let inputs = left.split(separator: ",", omittingEmptySubsequences: false).map { Array($0) }
        guard inputs.count == operands else {
            throw TorchError.runtime("einsum(): more operands were provided than specified in the equation")
        }
        for (i, c) in text.enumerated() where !(c.isASCII && c.isLetter) && !" ,->".contains(c) {
            throw TorchError.runtime(
                "einsum(): invalid subscript given at index \(i) in the equation string, subscripts must be in [a-zA-Z]")
        }
        let output: [Character]
        if sides.count == 2 {
            output = Array(sides[1])
        } else {
            let all = inputs.joined()
            output = Set(all).filter { c in all.filter { $0 == c }.count == 1 }.sorted()
        }
        return Equation(inputs: inputs, output: output)
    }

    static func unsupported(_ what: String) -> TorchError {
        TorchError(.notImplementedError, "einsum with \(what) is not supported by Wick")
    }

    /// Evaluates the equation.
    public static func evaluate(_ text: String, _ operands: [Tensor]) throws -> Tensor {
        guard (1...2).contains(operands.count) else { throw unsupported("\(operands.count) operands") }
        let equation = try parse(text, operands: operands.count)
        for (i, (labels, t)) in zip(equation.inputs, operands).enumerated() where labels.count != t.dim {
            throw TorchError.runtime(
                "einsum(): the number of subscripts in the equation (\(labels.count)) does not match the number of dimensions (\(t.dim)) for operand \(i) and no ellipsis was given"
            )
        }
        if operands.count == 1 { return try single(operands[0], equation.inputs[0], equation.output) }
        return try pair(operands[0], equation.inputs[0], operands[1], equation.inputs[1], equation.output)
    }

    /// One operand: its diagonal for a repeated label (matrices only), then sums and a permutation.
    private static func single(_ t: Tensor, _ labels: [Character], _ output: [Character]) throws -> Tensor {
        var (x, l) = (t, labels)
        if Set(l).count != l.count {
            guard l.count == 2 else { throw unsupported("a repeated subscript in an operand of more than 2 dimensions") }
            x = try x.diag(0)
            l = [l[0]]
        }
        return try reduce(x, l, keeping: output, finalOrder: output)
    }

    /// Sums out the labels not in `keeping`, then puts the rest in `finalOrder`.
    private static func reduce(_ t: Tensor, _ labels: [Character], keeping: [Character], finalOrder: [Character]) throws -> Tensor
    {
        let kept = labels.filter { keeping.contains($0) }
        let summed = labels.filter { !keeping.contains($0) }
        let order = (finalOrder.filter { kept.contains($0) } + summed).compactMap { labels.firstIndex(of: $0) }
        let permuted = try t.permute(order)
        guard !summed.isEmpty else { return permuted }
        return try permuted.sum(dims: Array(kept.count..<labels.count), keepDim: false)
    }

    private static func pair(
        _ a: Tensor, _ la: [Character], _ b: Tensor, _ lb: [Character], _ output: [Character]
    ) throws -> Tensor {
        if Set(la).count != la.count || Set(lb).count != lb.count {
            throw unsupported("a repeated subscript in one of two operands")
        }
        // Labels of one operand that the output drops are summed first.
        let needA = la.filter { output.contains($0) || lb.contains($0) }
        let needB = lb.filter { output.contains($0) || la.contains($0) }
        let x = needA.count == la.count ? a : try reduce(a, la, keeping: needA, finalOrder: needA)
        let y = needB.count == lb.count ? b : try reduce(b, lb, keeping: needB, finalOrder: needB)
        let batch = output.filter { needA.contains($0) && needB.contains($0) }
        let contracted = needA.filter { needB.contains($0) && !output.contains($0) }
        let left = output.filter { needA.contains($0) && !needB.contains($0) }
        let right = output.filter { needB.contains($0) && !needA.contains($0) }
        func size(_ c: Character) -> Int {
            if let i = needA.firstIndex(of: c) { return x.shape[i] }
            if let i = needB.firstIndex(of: c) { return y.shape[i] }
            return 1
        }
        if contracted.isEmpty { return try broadcastProduct(x, needA, y, needB, output) }
        let ax = try x.permute((batch + left + contracted).compactMap { needA.firstIndex(of: $0) })
        let by = try y.permute((batch + contracted + right).compactMap { needB.firstIndex(of: $0) })
        let (nb, nl, nc, nr) = (
            batch.map(size).reduce(1, *), left.map(size).reduce(1, *), contracted.map(size).reduce(1, *),
            right.map(size).reduce(1, *)
        )
        let product = try ax.reshape([nb, nl, nc]).bmm(by.reshape([nb, nc, nr]))
        let labelled = batch + left + right
        let unflat = try product.view(labelled.map(size))
        let arranged = try unflat.permute(output.compactMap { labelled.firstIndex(of: $0) })
        return try arranged.view(output.map(size))
    }

    /// No shared summed label: both operands aligned to the output's order and multiplied.
    private static func broadcastProduct(
        _ x: Tensor, _ la: [Character], _ y: Tensor, _ lb: [Character], _ output: [Character]
    ) throws -> Tensor {
        func aligned(_ t: Tensor, _ labels: [Character]) throws -> Tensor {
            var u = try t.permute(output.filter { labels.contains($0) }.compactMap { labels.firstIndex(of: $0) })
            for (i, c) in output.enumerated() where !labels.contains(c) { u = try u.unsqueeze(i) }
            return u
        }
        return try aligned(x, la) * aligned(y, lb)
    }
}
