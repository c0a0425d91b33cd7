/// One entry per supported name: the signature line, a blank line, then what it does in plain words.
///
/// Keys are `torch.NAME`, `Tensor.NAME`, `F.NAME` (torch.nn.functional), `math.NAME` and
/// `torch.autograd.grad`. Each family lives in its own file; `HelpCoverageTests` fails for any bound
/// callable without an entry.
enum HelpEntries {
    /// The families, merged into `all`.
    static let families: [[String: String]] = [
        creation, random, gradMode, autograd, attributes, pointwise, reduction, shape, conversion, inPlace, linalg,
        functional, functionalLayers, functionalMore, math, mathMore, ops, tensorAPI, autogradFunction, optim, logical,
        selection,
    ]

    static let all: [String: String] = families.reduce(into: [:]) { result, family in
        result.merge(family) { first, _ in first }
    }

    /// `torch.NAME(input, …)` entries made from the `Tensor.NAME(…)` entries of methods it forwards to.
    static func functions(mirroring names: [String], in methods: [String: String]) -> [String: String] {
        var table: [String: String] = [:]
        for name in names {
            guard let doc = methods["Tensor." + name] else { continue }
            let method = "Tensor.\(name)("
            let function = doc.hasPrefix(method + ")") ? "torch.\(name)(input" : "torch.\(name)(input, "
            table["torch." + name] = function + doc.dropFirst(method.count)
        }
        return table
    }
}
