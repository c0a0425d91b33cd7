import Autograd

/// Help for the ops the engine declares as rows: read from the rows (signature, summary, the node
/// each overload records), never copied, so a node name is written once.
extension HelpEntries {
    static let ops: [String: String] = {
        let methods = entries(from: Tensor.opDeclarations)
        let names = methods.keys.filter { $0.hasPrefix("Tensor.") }.map { String($0.dropFirst("Tensor.".count)) }
            .filter { !methodOnly.contains($0) && !$0.hasPrefix("_") && !$0.hasSuffix("_") }
        return methods.merging(functions(mirroring: names, in: methods)) { first, _ in first }
    }()

    /// Rows bound only as tensor methods (in-place `NAME_` and dunders aside), or whose `torch.NAME`
    /// takes its arguments differently and has its own entry (`torch.permute(input, dims)`).
    private static let methodOnly: Set<String> = ["view", "expand", "to", "permute"]

    /// One entry per help key (`Tensor.sum`, `F.mse_loss`, `torch.cat`): the first row's signature and summary,
    /// then every row's node with the overload it belongs to.
    static func entries(from declarations: [OpDeclaration]) -> [String: String] {
        var rows: [String: [OpDeclaration]] = [:]
        for declaration in declarations {
            guard let python = declaration.python else { continue }
            rows[python.helpKey, default: []].append(declaration)
        }
        var table: [String: String] = [:]
        for (key, overloads) in rows {
            guard let first = overloads.first?.python else { continue }
            table[key] = "\(first.signature)\n\n\(first.summary)\n\(recordsLine(overloads))"
        }
        return table
    }

    /// `Records SumBackward0 (all) or SumBackward1 (along dim).`
    static func recordsLine(_ overloads: [OpDeclaration]) -> String {
        let parts = overloads.map { row in row.overload.map { "\(row.nodeName) (\($0))" } ?? row.nodeName }
        guard parts.count > 1 else { return "Records \(parts.joined())." }
        return "Records \(parts.dropLast().joined(separator: ", ")) or \(parts[parts.count - 1])."
    }
}
