import Autograd

extension Session {
    /// Completions for the identifier or dotted name at the cursor (`torch.on` → `torch.ones`, …).
    public func completions(for word: String) -> [String] {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.last else { return [] }
        if parts.count == 1 {
            let names = interpreter.globals.keys + interpreter.builtins.keys + Session.keywords
            return Set(names.filter { $0.hasPrefix(last) && !$0.hasPrefix("_") }).sorted()
        }
        guard var value = interpreter.globals[parts[0]] ?? interpreter.builtins[parts[0]] else { return [] }
        for name in parts.dropFirst().dropLast() {
            guard let next = try? interpreter.getAttribute(value, name) else { return [] }
            value = next
        }
        let stem = parts.dropLast().joined(separator: ".")
        return attributeNames(of: value).filter { $0.hasPrefix(last) }.sorted().map { stem + "." + $0 }
    }

    private func attributeNames(of value: Value) -> [String] {
        switch value {
        case .tensor:
            return Array(TensorMethods.methods.keys) + [
                "shape", "grad", "data", "grad_fn", "requires_grad", "is_leaf", "dtype", "ndim",
            ]
        case .object(let module as ModuleObject):
            return Array(module.members.keys)
        case .object(is NodeObject):
            return ["next_functions", "name"]
        default:
            return []
        }
    }

    static let keywords = [
        "and", "as", "assert", "break", "continue", "def", "del", "elif", "else", "except", "False",
        "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "None", "not", "or",
        "pass", "raise", "return", "True", "try", "while", "with",
    ]
}
