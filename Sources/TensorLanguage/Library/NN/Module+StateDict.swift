import Autograd

/// `state_dict()` and `load_state_dict()` in memory, as `torch/nn/modules/module.py` builds and checks them.
extension NNModuleType {
    nonisolated(unsafe) static let stateMethods: [String: Method] = [
        "state_dict": { receiver, args, interpreter in
            let r = try ArgumentReader("state_dict", args, ["destination", "prefix", "keep_vars"])
            let destination: DictBox
            if case .dict(let given)? = r.value("destination") {
                destination = given
            } else {
                destination = DictBox()
                destination.flavor = .ordered
            }
            try saveState(
                receiver, into: destination, prefix: try r.text("prefix") ?? "", keepVars: try r.bool("keep_vars", default: false)
            )
            return .dict(destination)
        },
        "load_state_dict": { receiver, args, interpreter in
            let o = try instance(receiver, "load_state_dict")
            let r = try ArgumentReader("load_state_dict", args, ["state_dict", "strict", "assign"])
            guard case .dict(let source) = try r.required("state_dict") else {
                let given = try r.required("state_dict")
                throw PythonError(
                    .typeError, "Expected state_dict to be dict-like, got \(try interpreter.repr(.object(given.pythonType))).")
            }
            let strict = try r.bool("strict", default: true)
            var report = LoadReport()
            try load(receiver, source, prefix: "", &report, interpreter)
            if strict {
                if !report.unexpected.isEmpty {
                    let keys = report.unexpected.map { "\"\($0)\"" }.joined(separator: ", ")
                    report.errors.insert("Unexpected key(s) in state_dict: \(keys). ", at: 0)
                }
                if !report.missing.isEmpty {
                    let keys = report.missing.map { "\"\($0)\"" }.joined(separator: ", ")
                    report.errors.insert("Missing key(s) in state_dict: \(keys). ", at: 0)
                }
            }
            if !report.errors.isEmpty {
                throw PythonError(
                    .runtimeError,
                    "Error(s) in loading state_dict for \(o.cls.name):\n\t" + report.errors.joined(separator: "\n\t"))
            }
            return .object(IncompatibleKeys(missing: report.missing, unexpected: report.unexpected))
        },
    ]

    private struct LoadReport {
        var missing: [String] = []
        var unexpected: [String] = []
        var errors: [String] = []
    }

    /// `_save_to_state_dict` for every module, parents first: parameters, then persistent buffers.
    static func saveState(_ root: Value, into destination: DictBox, prefix: String, keepVars: Bool) throws {
        for (modulePrefix, module) in try namedModules(root, prefix: "", removeDuplicate: false) {
            guard case .object(let o as InstanceObject) = module else { continue }
            let p = prefix + (modulePrefix.isEmpty ? "" : modulePrefix + ".")
            for (name, value) in entries(o, "_parameters") {
                guard case .tensor(let t) = value else { continue }
                try destination.set(.string(p + name), keepVars ? value : .tensor(t.detach()))
            }
            let transient = nonPersistent(o)
            for (name, value) in entries(o, "_buffers") where !transient.contains(name) {
                guard case .tensor(let t) = value else { continue }
                try destination.set(.string(p + name), keepVars ? value : .tensor(t.detach()))
            }
        }
    }

    static func nonPersistent(_ o: InstanceObject) -> Set<String> {
        guard case .object(let set as SetObject)? = try? o.instanceDict.get(.string("_non_persistent_buffers_set")) else {
            return []
        }
        return Set(set.elements.compactMap { if case .string(let s) = $0 { s } else { nil } })
    }

    /// `load` in `load_state_dict`: each module's own entries, then its children with their prefixes.
    private static func load(
        _ module: Value, _ source: DictBox, prefix: String, _ report: inout LoadReport,
        _ interpreter: Interpreter
    ) throws {
        guard case .object(let o as InstanceObject) = module else { return }
        let transient = nonPersistent(o)
        let local = (entries(o, "_parameters") + entries(o, "_buffers").filter { !transient.contains($0.0) })
            .filter { !$0.1.isNone }
        for (name, value) in local {
            guard case .tensor(let target) = value else { continue }
            let key = prefix + name
            // PyTorch collects missing and unexpected keys whatever `strict` says; only the error needs it.
            guard let input = try source.get(.string(key)) else {
                report.missing.append(key)
                continue
            }
            guard case .tensor(let given) = input else {
                report.errors.append(
                    "While copying the parameter named \"\(key)\", expected torch.Tensor or Tensor-like object from checkpoint but received \(try interpreter.repr(.object(input.pythonType)))"
                )
                continue
            }
            guard given.shape == target.shape else {
                report.errors.append(
                    "size mismatch for \(key): copying a param with shape \(TensorFormat.sizeRepr(given.shape)) from checkpoint, the shape in current model is \(TensorFormat.sizeRepr(target.shape))."
                )
                continue
            }
            do {
                try GradMode.with(false) { try target.copyInPlace(from: given) }
            } catch let error as TorchError {
                report.errors.append(
                    "While copying the parameter named \"\(key)\", whose dimensions in the model are \(TensorFormat.sizeRepr(target.shape)) and whose dimensions in the checkpoint are \(TensorFormat.sizeRepr(given.shape)), an exception occurred : \(error.message)."
                )
            }
        }
        let localNames = Set(local.map(\.0))
        let children = Set(entries(o, "_modules").map(\.0))
        for case .string(let key) in source.keys where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            let head = String(rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            if !children.contains(head) && !localNames.contains(head) { report.unexpected.append(key) }
        }
        for (name, child) in entries(o, "_modules") where !child.isNone {
            try load(child, source, prefix: prefix + name + ".", &report, interpreter)
        }
    }
}

/// `load_state_dict`'s result: `<All keys matched successfully>` or the two lists.
final class IncompatibleKeys: PyObject {
    let missing: [String]
    let unexpected: [String]
    init(missing: [String], unexpected: [String]) {
        self.missing = missing
        self.unexpected = unexpected
    }
    override var typeName: String { "_IncompatibleKeys" }
    override var qualifiedTypeName: String { "torch.nn.modules.module._IncompatibleKeys" }
    private var lists: [Value] {
        [.list(ListBox(missing.map { .string($0) })), .list(ListBox(unexpected.map { .string($0) }))]
    }
    override func repr(interpreter: Interpreter) throws -> String {
        if missing.isEmpty && unexpected.isEmpty { return "<All keys matched successfully>" }
        return
            "_IncompatibleKeys(missing_keys=\(try interpreter.repr(lists[0])), unexpected_keys=\(try interpreter.repr(lists[1])))"
    }
    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "missing_keys": lists[0]
        case "unexpected_keys": lists[1]
        default: nil
        }
    }
    override func makeIterator(interpreter: Interpreter) throws -> ValueIterator { ArrayIterator(lists) }
}
