import Autograd

/// `obj?`, `?obj` and `obj??`: IPython's object inspector, as a page of labelled fields.
extension Session {
    /// The dotted name and whether `??` asked for source, if `text` is an inspection request.
    static func inspectionTarget(_ text: String) -> (name: String, detail: Bool)? {
        guard let match = text.wholeMatch(of: /(\?\??)?([A-Za-z_][A-Za-z_0-9.]*)(\?\??)?/) else { return nil }
        let (_, before, name, after) = match.output
        guard (before == nil) != (after == nil) else { return nil }
        return (String(name), (before ?? after)?.count == 2)
    }

    /// Prints the page for `name`, or IPython's "Object `name` not found."
    func inspect(_ name: String, detail: Bool) {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let value = value(ofDottedName: parts[...]) else {
            // `torch.Tensor.backward?`: a method looked up on the class, documented by its entry.
            if parts.count == 3, parts[0] == "torch", parts[1] == "Tensor", let entry = HelpEntries.all["Tensor." + parts[2]] {
                let lines = entry.split(separator: "\n", omittingEmptySubsequences: false)
                let doc = lines.dropFirst().drop { $0.isEmpty }.joined(separator: "\n")
                interpreter.write(
                    Inspection.page([
                        ("Signature", String(lines.first ?? "")), ("Docstring", doc), ("Type", "method_descriptor"),
                    ]))
                return
            }
            interpreter.write("Object `\(name)` not found.\n")
            return
        }
        interpreter.write(Inspection.page(fields(of: value, detail: detail)))
    }

    /// Signature, type, string form, docstring and (for `??`) source, in IPython's order.
    func fields(of value: Value, detail: Bool) -> [(String, String)] {
        var fields: [(String, String)] = []
        let typeName = Inspection.typeName(of: value)
        if case .object(let function as FunctionObject) = value {
            fields.append(("Signature", Help.signature(of: function, interpreter: interpreter)))
            if detail, let source = Inspection.source(of: function) {
                fields.append(("Source", "\n" + source))
            } else {
                fields.append(("Docstring", Inspection.docstring(of: function) ?? "<no docstring>"))
            }
            fields.append(("File", function.module.fileName))
            fields.append(("Type", typeName))
            return fields
        }
        if let signature = Help.signatureLine(for: value) {
            fields.append(("Signature", signature))
        }
        fields.append(("Type", typeName))
        if !value.isCallableValue, let repr = try? interpreter.repr(value) {
            fields.append(("String form", repr))
        }
        if case .tensor(let tensor) = value {
            return fields + Inspection.tensorFields(tensor, interpreter: interpreter)
        }
        if let length = Inspection.length(of: value) {
            fields.append(("Length", String(length)))
        }
        fields.append(("Docstring", Help.docstring(for: value) ?? "<no docstring>"))
        return fields
    }
}

extension Value {
    /// Whether calling the value can work (functions, methods, classes).
    var isCallableValue: Bool {
        if case .object(let object) = self { return object.isCallable }
        return false
    }
}

/// Formatting for the inspector's page.
enum Inspection {
    /// `Label:   value` lines, values aligned after the longest label, as IPython aligns them.
    static func page(_ fields: [(String, String)]) -> String {
        let width = (fields.map(\.0.count).max() ?? 0) + 2
        var text = ""
        for (label, value) in fields {
            text += (label + ":").padding(to: width) + value + "\n"
        }
        return text
    }

    /// `type(value).__name__`.
    static func typeName(of value: Value) -> String {
        if case .tensor = value { return "Tensor" }
        return value.typeName
    }

    static func length(of value: Value) -> Int? {
        switch value {
        case .string(let text): return text.count
        case .tuple(let items): return items.count
        case .list(let box): return box.items.count
        case .dict(let box): return box.count
        default: return nil
        }
    }

    /// What matters about a tensor: shape, dtype, whether it needs a gradient, where it came from.
    static func tensorFields(_ tensor: Tensor, interpreter: Interpreter) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("Shape", TensorFormat.sizeRepr(tensor.shape)),
            ("Dtype", "torch." + tensor.dtype.name),
            ("Requires grad", tensor.requiresGrad ? "True" : "False"),
        ]
        if let node = try? interpreter.getAttribute(.tensor(tensor), "grad_fn"), !node.isNone,
            let repr = try? interpreter.repr(node)
        {
            fields.append(("Grad fn", repr))
        }
        return fields
    }

    /// The function's docstring: a string literal as the first statement of its body.
    static func docstring(of function: FunctionObject) -> String? {
        guard case .statements(let body) = function.body, let first = body.first,
            case .expression(let expression) = first.kind, case .string(let text) = expression.kind
        else { return nil }
        return text
    }

    /// The `def` statement's lines, found from its body's lines in the module it was defined in.
    static func source(of function: FunctionObject) -> String? {
        guard case .statements(let body) = function.body, let first = body.first, let last = body.last else { return nil }
        var start = first.range.start.line - 1
        while start >= 1 {
            let text = function.module.sourceLine(start)?.drop { $0 == " " || $0 == "\t" } ?? ""
            if text.hasPrefix("def \(function.name)(") || text.hasPrefix("def \(function.name) (") { break }
            start -= 1
        }
        guard start >= 1 else { return nil }
        let end = max(last.range.end.line, first.range.start.line)
        return (start...end).compactMap { function.module.sourceLine($0) }.joined(separator: "\n")
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
