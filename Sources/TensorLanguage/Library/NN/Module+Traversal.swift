import Autograd

/// `named_modules`, `children`, `parameters`, `buffers` and their `named_` forms: generators over the
/// module tree in PyTorch's order, skipping `None` entries and repeats (by identity).
extension NNModuleType {
    nonisolated(unsafe) static let traversalMethods: [String: Method] = [
        "named_modules": { receiver, args, _ in
            let r = try ArgumentReader("named_modules", args, ["memo", "prefix", "remove_duplicate"])
            let prefix = try r.text("prefix") ?? ""
            let pairs = try namedModules(receiver, prefix: prefix, removeDuplicate: try r.bool("remove_duplicate", default: true))
            return generator("Module.named_modules", pairs.map { .tuple([.string($0.0), $0.1]) })
        },
        "modules": { receiver, args, _ in
            _ = try ArgumentReader("modules", args, [])
            return generator("Module.modules", try namedModules(receiver, prefix: "", removeDuplicate: true).map(\.1))
        },
        "named_children": { receiver, args, _ in
            _ = try ArgumentReader("named_children", args, [])
            return generator("Module.named_children", try namedChildren(receiver).map { .tuple([.string($0.0), $0.1]) })
        },
        "children": { receiver, args, _ in
            _ = try ArgumentReader("children", args, [])
            return generator("Module.children", try namedChildren(receiver).map(\.1))
        },
        "named_parameters": { receiver, args, _ in
            try namedMembers(receiver, args, "_parameters", "named_parameters", named: true)
        },
        "parameters": { receiver, args, _ in try namedMembers(receiver, args, "_parameters", "parameters", named: false) },
        "named_buffers": { receiver, args, _ in try namedMembers(receiver, args, "_buffers", "named_buffers", named: true) },
        "buffers": { receiver, args, _ in try namedMembers(receiver, args, "_buffers", "buffers", named: false) },
        "get_submodule": { receiver, args, interpreter in
            let target = try ArgumentReader("get_submodule", args, ["target"]).text("target") ?? ""
            return try submodule(receiver, target, interpreter)
        },
        "get_parameter": { receiver, args, interpreter in
            try member(receiver, args, "get_parameter", "_parameters", "nn.Parameter", interpreter)
        },
        "get_buffer": { receiver, args, interpreter in
            try member(receiver, args, "get_buffer", "_buffers", "buffer", interpreter)
        },
    ]

    /// A generator object over values computed now (PyTorch's are lazy; nothing a script can observe differs
    /// unless it changes the module while iterating).
    static func generator(_ name: String, _ items: [Value]) -> Value {
        .object(GeneratorObject(name: name, source: .expression(ArrayIterator(items))))
    }

    static func namedModules(_ root: Value, prefix: String, removeDuplicate: Bool) throws -> [(String, Value)] {
        var seen = Set<ObjectIdentifier>()
        var out: [(String, Value)] = []
        // Depth-first, parents before children, with an explicit stack (no recursion on user-built depth).
        var stack: [(String, Value)] = [(prefix, root)]
        while let (name, module) = stack.popLast() {
            guard case .object(let o as InstanceObject) = module, o.cls.isSubclass(of: type) else { continue }
            if seen.contains(ObjectIdentifier(o)) { continue }
            if removeDuplicate { seen.insert(ObjectIdentifier(o)) }
            out.append((name, module))
            for (key, child) in entries(o, "_modules").reversed() where !child.isNone {
                stack.append((name.isEmpty ? key : "\(name).\(key)", child))
            }
        }
        return out
    }

    static func namedChildren(_ receiver: Value) throws -> [(String, Value)] {
        let o = try instance(receiver, "named_children")
        var seen = Set<ObjectIdentifier>()
        return entries(o, "_modules").filter { _, child in
            guard case .object(let c) = child else { return false }
            return seen.insert(ObjectIdentifier(c)).inserted
        }
    }

    /// `_named_members`: each module's `_parameters` (or `_buffers`) under its prefix, each tensor once.
    static func namedTensors(
        _ receiver: Value, _ dict: String, prefix: String = "", recurse: Bool = true, removeDuplicate: Bool = true
    ) throws -> [(String, Tensor)] {
        let modules =
            recurse ? try namedModules(receiver, prefix: prefix, removeDuplicate: removeDuplicate) : [(prefix, receiver)]
        var seen = Set<ObjectIdentifier>()
        var out: [(String, Tensor)] = []
        for (modulePrefix, module) in modules {
            guard case .object(let o as InstanceObject) = module else { continue }
            for (key, value) in entries(o, dict) {
                guard case .tensor(let t) = value else { continue }
                if seen.contains(ObjectIdentifier(t)) { continue }
                if removeDuplicate { seen.insert(ObjectIdentifier(t)) }
                out.append((modulePrefix.isEmpty ? key : "\(modulePrefix).\(key)", t))
            }
        }
        return out
    }

    private static func namedMembers(
        _ receiver: Value, _ args: Arguments, _ dict: String, _ method: String, named: Bool
    ) throws -> Value {
        _ = try instance(receiver, method)
        let names = named ? ["prefix", "recurse", "remove_duplicate"] : ["recurse"]
        let r = try ArgumentReader(method, args, names)
        let members = try namedTensors(
            receiver, dict, prefix: named ? try r.text("prefix") ?? "" : "", recurse: try r.bool("recurse", default: true),
            removeDuplicate: named ? try r.bool("remove_duplicate", default: true) : true)
        let items: [Value] = members.map { named ? .tuple([.string($0.0), .tensor($0.1)]) : .tensor($0.1) }
        return generator("Module.\(method)", items)
    }

    static func submodule(_ receiver: Value, _ target: String, _ interpreter: Interpreter) throws -> Value {
        if target.isEmpty { return receiver }
        var module = receiver
        for item in target.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            let o = try instance(module, "get_submodule")
            guard let next = try? interpreter.getAttribute(module, item) else {
                throw PythonError(.attributeError, "\(o.cls.name) has no attribute `\(item)`")
            }
            guard isModule(next) else { throw PythonError(.attributeError, "`\(item)` is not an nn.Module") }
            module = next
        }
        return module
    }

    private static func member(
        _ receiver: Value, _ args: Arguments, _ method: String, _ dict: String, _ kind: String, _ interpreter: Interpreter
    ) throws -> Value {
        let target = try ArgumentReader(method, args, ["target"]).text("target") ?? ""
        let (path, _, name) =
            target.lastIndex(of: ".").map {
                (String(target[..<$0]), (), String(target[target.index(after: $0)...]))
            } ?? ("", (), target)
        let module = try submodule(receiver, path, interpreter)
        let o = try instance(module, method)
        guard let found = try? interpreter.getAttribute(module, name) else {
            throw PythonError(.attributeError, "\(o.cls.name) has no attribute `\(name)`")
        }
        guard try stateDict(o, dict)?.get(.string(name)) != nil else {
            throw PythonError(.attributeError, "`\(name)` is not an \(kind)")
        }
        return found
    }
}
