/// `help(obj)` and `obj?`: a short doc for every torch function and tensor method Wick supports.
enum Help {
    /// The doc key of a value: `torch.ones`, `Tensor.sum`, `math.sqrt`, …
    static func key(for value: Value) -> String? {
        switch value {
        case .object(let f as BuiltinFunction): return f.qualifiedName ?? f.name
        case .object(let m as BoundMethod):
            if case .tensor = m.receiver { return "Tensor." + m.name }
            return m.name
        case .object(let m as ModuleObject): return m.name
        case .object(let f as FunctionObject): return f.name
        case .tensor: return "Tensor"
        default: return nil
        }
    }

    static func text(for value: Value, interpreter: Interpreter) -> String {
        if case .object(let f as FunctionObject) = value {
            let params = f.parameters.positional.map(\.name).joined(separator: ", ")
            return "Help on function \(f.name):\n\n\(f.name)(\(params))\n"
        }
        if case .object(let module as ModuleObject) = value {
            let names = module.members.keys.filter { !$0.hasPrefix("_") }.sorted()
            return "Help on module \(module.name):\n\n" + names.joined(separator: "\n") + "\n"
        }
        guard let key = key(for: value) else {
            return "No help available for a value of type \(value.typeName).\n"
        }
        let lookup = key.hasPrefix("torch.nn.functional.") ? "F." + key.dropFirst("torch.nn.functional.".count) : key
        guard let doc = HelpEntries.all[lookup] else { return "No Wick help for \(lookup) yet.\n" }
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false)
        let signature = lines.first.map(String.init) ?? lookup
        let body = lines.dropFirst().map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        return "\(signature)\n\(body)\n"
    }
}
