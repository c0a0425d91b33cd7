import Autograd

/// `help(obj)` and `obj?`: a page for every torch function, tensor method, builtin, module and tensor.
enum Help {
    /// The doc key of a value: `torch.ones`, `Tensor.sum`, `math.sqrt`, `print`, …
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

    /// The help entry of a value: signature line, blank line, description.
    static func entry(for value: Value) -> String? {
        guard let key = key(for: value) else { return nil }
        let lookup = key.hasPrefix("torch.nn.functional.") ? "F." + key.dropFirst("torch.nn.functional.".count) : key
        return HelpEntries.all[lookup] ?? HelpEntries.builtins[lookup]
    }

    /// The first line of the value's help entry, its signature.
    static func signatureLine(for value: Value) -> String? {
        entry(for: value)?.split(separator: "\n").first.map(String.init)
    }

    /// The description after the signature line, or nil when there is no entry.
    static func docstring(for value: Value) -> String? {
        guard let entry = entry(for: value) else { return nil }
        let lines = entry.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().drop { $0.isEmpty }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    static func text(for value: Value, interpreter: Interpreter) -> String {
        switch value {
        case .object(let f as FunctionObject):
            let doc = Inspection.docstring(of: f).map { indented($0) + "\n" } ?? ""
            return "Help on function \(f.name) in module __main__:\n\n\(signature(of: f, interpreter: interpreter))\n\(doc)\n"
        case .object(let module as ModuleObject):
            return HelpPages.module(module, interpreter: interpreter)
        case .tensor(let tensor):
            return HelpPages.tensor(tensor, interpreter: interpreter)
        default:
            break
        }
        guard let entry = entry(for: value), let signature = signatureLine(for: value) else {
            return "No Python documentation found for a value of type \(Inspection.typeName(of: value)).\n"
                + "Try help(torch), help(torch.ones), help(print), or help(x) for a tensor x.\n"
        }
        if case .object(let f as BuiltinFunction) = value, f.qualifiedName == nil {
            // pydoc's layout: header, signature, the description indented right below, a blank line.
            let description = docstring(for: value).map { indented($0) + "\n" } ?? ""
            return "Help on built-in function \(f.name) in module builtins:\n\n\(signature)\n\(description)\n"
        }
        let body = entry.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        return signature + "\n" + body.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + "\n"
    }

    /// Each line indented by four spaces, blank lines left blank.
    static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
            .joined(separator: "\n")
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

/// The longer pages: a module (pydoc's NAME / FUNCTIONS / DATA) and a tensor (what it is, then its methods).
enum HelpPages {
    static func module(_ module: ModuleObject, interpreter: Interpreter) -> String {
        try? module.completeMembers(interpreter)
        var functions: [String] = []
        var submodules: [String] = []
        var data: [String] = []
        for name in module.members.keys.sorted() where !name.hasPrefix("_") {
            guard let member = module.members[name] else { continue }
            if case .object(let inner as ModuleObject) = member {
                submodules.append("    \(name) (\(inner.name))")
            } else if member.isCallableValue {
                functions.append(summary(entry: Help.entry(for: member), shownAs: name))
            } else if let repr = try? interpreter.repr(member) {
                data.append("    \(name) = \(repr)")
            }
        }
        var text = "Help on module \(module.name):\n\nNAME\n    \(module.name)\n"
        if !submodules.isEmpty { text += "\nSUBMODULES\n" + submodules.joined(separator: "\n") + "\n" }
        if !functions.isEmpty { text += "\nFUNCTIONS\n" + functions.joined(separator: "\n") + "\n" }
        if !data.isEmpty { text += "\nDATA\n" + data.joined(separator: "\n") + "\n" }
        return text
    }

    /// `    ones(*size, dtype=None) -> Tensor` and the first line of its description below it.
    static func summary(entry: String?, shownAs name: String) -> String {
        guard let entry, let signature = entry.split(separator: "\n").first else { return "    \(name)(...)" }
        let shown = signature.firstIndex(of: "(").map { name + signature[$0...] } ?? name + signature.drop { $0 != " " }
        let description = entry.split(separator: "\n").dropFirst().first.map { "\n        " + $0 } ?? ""
        return "    " + shown + description
    }

    static func tensor(_ tensor: Tensor, interpreter: Interpreter) -> String {
        var text = "Help on Tensor:\n\n"
        text += Inspection.page(Inspection.tensorFields(tensor, interpreter: interpreter)) + "\n"
        text += "A Tensor is a multi-dimensional array of numbers. When requires_grad is True, every\n"
        text += "operation on it is recorded (see grad_fn), and backward() computes gradients into .grad.\n"
        let methods = HelpEntries.all.keys.filter { $0.hasPrefix("Tensor.") }.sorted()
        var attributes: [String] = []
        var calls: [String] = []
        for key in methods {
            let name = String(key.dropFirst("Tensor.".count))
            // Read from the entry, never by getting the attribute (`x.T` would warn, `x.grad` is data).
            guard let entry = HelpEntries.all[key] else { continue }
            let line = summary(entry: entry, shownAs: name)
            let signature = entry.prefix { $0 != "\n" }
            if signature.hasPrefix(key + "(") { calls.append(line) } else { attributes.append(line) }
        }
        if !attributes.isEmpty { text += "\nAttributes:\n" + attributes.joined(separator: "\n") + "\n" }
        if !calls.isEmpty { text += "\nMethods:\n" + calls.joined(separator: "\n") + "\n" }
        return text
    }
}
