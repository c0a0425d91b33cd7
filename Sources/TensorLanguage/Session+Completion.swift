import Autograd

extension Session {
    /// Completions for the identifier or dotted name at the cursor (`torch.on` → `torch.ones`, …).
    ///
    /// Names starting with `_` are offered only when the word being completed
    /// starts with `_`, as IPython does.
    public func completions(for word: String) -> [String] {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.last else { return [] }
        let showPrivate = last.hasPrefix("_")
        if parts.count == 1 {
            let names = interpreter.globals.keys + interpreter.builtins.keys + Session.keywords
            return Set(names.filter { $0.hasPrefix(last) && (showPrivate || !$0.hasPrefix("_")) }).sorted()
        }
        guard let value = value(ofDottedName: parts.dropLast()) else { return [] }
        let stem = parts.dropLast().joined(separator: ".")
        return attributeNames(of: value).filter { $0.hasPrefix(last) && (showPrivate || !$0.hasPrefix("_")) }.sorted()
            .map { stem + "." + $0 }
    }

    /// The parameter names a call of the dotted name accepts by keyword (`torch.ones` → `dtype`, `requires_grad`).
    public func keywordArguments(ofCallable name: String) -> [String] {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let value = value(ofDottedName: parts[...]) else { return [] }
        if case .object(let function as FunctionObject) = value {
            let p = function.parameters
            return Array(p.positional.dropFirst(p.positionalOnlyCount).map(\.name) + p.keywordOnly.map(\.name))
        }
        guard let signature = Help.signatureLine(for: value) else { return [] }
        return HelpSignature.keywordNames(signature)
    }

    /// The string keys of the dict a dotted name holds (`d` → `["lr", "momentum"]`).
    public func dictionaryKeys(of name: String) -> [String] {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard case .dict(let box)? = value(ofDottedName: parts[...]) else { return [] }
        return box.keys.compactMap { key in
            if case .string(let text) = key { return text }
            return nil
        }
    }

    /// Evaluates a dotted name by lookups only (no calls), or nil.
    func value(ofDottedName parts: ArraySlice<String>) -> Value? {
        guard let first = parts.first, var value = interpreter.globals[first] ?? interpreter.builtins[first] else { return nil }
        for name in parts.dropFirst() {
            guard let next = try? interpreter.getAttribute(value, name) else { return nil }
            value = next
        }
        return value
    }

    func attributeNames(of value: Value) -> [String] {
        // Completing `nn.` loads torch.nn's layers; a failure there only leaves the list shorter.
        if case .object(let module as ModuleObject) = value { try? module.completeMembers(interpreter) }
        return AttributeNames.of(value)
    }

    static let keywords = [
        "and", "as", "assert", "break", "continue", "def", "del", "elif", "else", "except", "False",
        "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "None", "not", "or",
        "pass", "raise", "return", "True", "try", "while", "with",
    ]
}

/// Reading the signature lines of help entries (`torch.ones(*size, dtype=None, requires_grad=False) -> Tensor`).
enum HelpSignature {
    /// The names of parameters that can be passed by keyword: those after `*` or with a default.
    static func keywordNames(_ signature: String) -> [String] {
        guard let open = signature.firstIndex(of: "("), let close = signature.lastIndex(of: ")"), open < close else { return [] }
        let inside = signature[signature.index(after: open)..<close]
        var names: [String] = []
        for part in inside.split(separator: ",") {
            let text = part.trimmingCharacters(in: " ")
            guard !text.hasPrefix("*"), text != "/" else { continue }
            let name = text.split(separator: "=").first.map { $0.trimmingCharacters(in: " ") } ?? ""
            if !name.isEmpty && name.allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }) { names.append(name) }
        }
        return names
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
