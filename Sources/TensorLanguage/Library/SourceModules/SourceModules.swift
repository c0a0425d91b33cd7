import Synchronization

/// Modules written in Python (`torch.optim`, `torch.utils.data`, `torch.nn`'s layers), run by the interpreter on first
/// import, as PyTorch's own `.py` files are: their classes are ordinary classes users subclass, and
/// their state lives in ordinary dicts and lists. The math they do is Swift tensor ops.
enum SourceModules {
    /// The source of each module by dotted name.
    static let sources: [String: String] = {
        var table: [String: String] = [:]
        for group in [OptimSources.files, SchedulerSources.files, DataSources.files, NNSources.files, CopySource.files] {
            table.merge(group) { first, _ in first }
        }
        return table
    }()

    /// The file name tracebacks show for a module: `torch/optim/sgd.py`, `torch/optim/__init__.py`.
    static func fileName(of name: String) -> String {
        let path = name.split(separator: ".").joined(separator: "/")
        let isPackage = sources.keys.contains { $0.hasPrefix(name + ".") }
        return "<wick>/" + path + (isPackage ? "/__init__.py" : ".py")
    }

    /// Parsed once per process: every session runs the same statements.
    private static let parsed = Mutex<[String: Module]>([:])

    private static func module(_ name: String, _ source: String) throws -> Module {
        if let cached = parsed.withLock({ $0[name] }) { return cached }
        switch parse(source: source, fileName: fileName(of: name)) {
        case .complete(let module):
            parsed.withLock { $0[name] = module }
            return module
        case .incomplete, .error:
            throw PythonError(.importError, "Wick's own module '\(name)' does not parse")
        }
    }

    /// The module `name` for this interpreter, run on first use; nil when it is not a source module.
    ///
    /// Like CPython, the module is registered before its body runs (so cycles see it partly made),
    /// and becomes an attribute of its parent package.
    static func load(_ name: String, interpreter: Interpreter) throws -> ModuleObject? {
        if let loaded = interpreter.modules[name] { return loaded }
        guard let source = sources[name] else { return nil }
        let ast = try module(name, source)
        let object = ModuleObject(name)
        interpreter.modules[name] = object
        let globals = Namespace()
        interpreter.moduleNamespaces.append(globals)
        globals["__name__"] = .string(name)
        let frame = Frame(function: "<module>", module: ast, globals: globals)
        interpreter.frames.append(frame)
        defer { interpreter.frames.removeLast() }
        do {
            for statement in ast.body {
                frame.currentLine = statement.range.start.line
                _ = try interpreter.execute(statement, in: frame)
            }
            object.members = globals.values
        } catch {
            interpreter.modules[name] = nil
            throw error
        }
        if let dot = name.lastIndex(of: "."),
            let parent = try Library.loadModule(named: String(name[..<dot]), interpreter: interpreter)
        {
            parent.members[String(name[name.index(after: dot)...])] = .object(object)
        }
        return object
    }

    /// `package.attr` when that names a source module not imported yet (`torch.optim` after `import torch`).
    static func submodule(of package: ModuleObject, _ attr: String, interpreter: Interpreter) throws -> Value? {
        let name = package.name + "." + attr
        guard sources[name] != nil, let loaded = try load(name, interpreter: interpreter) else { return nil }
        return .object(loaded)
    }
}

extension Library {
    /// A module by dotted name: a Python source module (run on first import) or a built-in one.
    static func loadModule(named name: String, interpreter: Interpreter) throws -> ModuleObject? {
        if let source = try SourceModules.load(name, interpreter: interpreter) { return source }
        return module(named: name, interpreter: interpreter)
    }
}
