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

    /// The first line of the value's help entry, its signature.
    static func signatureLine(for value: Value) -> String? {
        guard let key = key(for: value) else { return nil }
        let lookup = key.hasPrefix("torch.nn.functional.") ? "F." + key.dropFirst("torch.nn.functional.".count) : key
        return HelpEntries.all[lookup]?.split(separator: "\n").first.map(String.init)
    }

    static func text(for value: Value, interpreter: Interpreter) -> String {
        if case .object(let f as FunctionObject) = value {
            return "Help on function \(f.name):\n\n\(signature(of: f, interpreter: interpreter))\n"
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

    /// `f(a, b=1, *args, c=None, **kw)`, with defaults shown by their repr.
    static func signature(of f: FunctionObject, interpreter: Interpreter) -> String {
        func parameter(_ p: Parameter) -> String {
            guard let d = f.defaults[p.name] else { return p.name }
            return p.name + "=" + ((try? interpreter.repr(d)) ?? "...")
        }
        let p = f.parameters
        var parts = p.positional.map(parameter)
        if p.positionalOnlyCount > 0 { parts.insert("/", at: p.positionalOnlyCount) }
        if let v = p.variadic {
            parts.append("*" + v.name)
        } else if !p.keywordOnly.isEmpty {
            parts.append("*")
        }
        parts += p.keywordOnly.map(parameter)
        if let k = p.keywordVariadic { parts.append("**" + k.name) }
        return "\(f.name)(\(parts.joined(separator: ", ")))"
    }
}
