import Autograd

/// The names Python code can reach: builtins and the importable modules.
enum Library {
    static func installBuiltins(into interpreter: Interpreter) {
        var table: [String: Value] = [:]
        for (name, body) in Builtins.functions {
            table[name] = .object(BuiltinFunction(name, body))
        }
        for (name, body) in Builtins.objectFunctions {
            table[name] = .object(BuiltinFunction(name, body))
        }
        for name in ["exit", "quit"] { table[name] = .object(Quitter(name)) }
        for type in Builtins.types { table[type.name] = .object(type) }
        for cls in PyType.builtinExceptions { table[cls.name] = .object(cls) }
        table["slice"] = .object(PyType.slice)
        table["Ellipsis"] = .object(EllipsisObject.shared)
        table["NotImplemented"] = .object(NotImplementedObject.shared)
        LanguageBuiltins.install(into: &table)
        for (name, value) in table { interpreter.builtins[name] = value }
    }

    /// The importable modules by dotted name, built on first import by each interpreter: a session
    /// that sets `torch.x = ...` changes its own `torch`, never another session's.
    static func module(named name: String, interpreter: Interpreter) -> ModuleObject? {
        if let loaded = interpreter.modules[name] { return loaded }
        switch name {
        case "torch", "torch.nn", "torch.nn.functional", "torch.autograd",
            "torch.autograd.function", "torch.autograd.functional", "torch.linalg":
            // One tree, so `torch.nn.functional` and `import torch.nn.functional as F` are one object.
            let torch = TorchModule.makeModule()
            let nn = submodule(torch, "nn")
            interpreter.modules["torch"] = torch
            interpreter.modules["torch.nn"] = nn
            interpreter.modules["torch.nn.functional"] = nn.flatMap { submodule($0, "functional") }
            interpreter.modules["torch.autograd"] = submodule(torch, "autograd")
            interpreter.modules["torch.linalg"] = submodule(torch, "linalg")
            for name in ["function", "functional"] {
                interpreter.modules["torch.autograd.\(name)"] = submodule(torch, "autograd").flatMap {
                    submodule($0, name)
                }
            }
            if let nn { installNN(nn, torch, interpreter) }
        case "math": interpreter.modules[name] = MathModule.makeModule()
        case "time": interpreter.modules[name] = TimeModule.makeModule()
        case "random": interpreter.modules[name] = RandomModule.makeModule()
        case "itertools": interpreter.modules[name] = ItertoolsModule.makeModule()
        case "functools": interpreter.modules[name] = FunctoolsModule.makeModule()
        case "sys": interpreter.modules[name] = SysModule.makeModule(interpreter: interpreter)
        case "__future__": interpreter.modules[name] = FutureModule.makeModule()
        case "collections": interpreter.modules[name] = CollectionsModule.makeModule()
        case "warnings": interpreter.modules[name] = WarningsModule.makeModule()
        default: return nil
        }
        return interpreter.modules[name]
    }

    /// `torch.nn`'s Swift classes now, its Python layers on first use (`NNLibrary`).
    private static func installNN(_ nn: ModuleObject, _ torch: ModuleObject, _ interpreter: Interpreter) {
        NNLibrary.install(into: nn, torch: torch, interpreter: interpreter)
        nn.deferredMembers = { [weak nn] interpreter in
            if let nn { try NNLibrary.loadLayers(into: nn, interpreter: interpreter) }
        }
    }

    private static func submodule(_ module: ModuleObject, _ name: String) -> ModuleObject? {
        if case .object(let sub as ModuleObject) = module.members[name] { return sub }
        return nil
    }

    static func scalar(_ v: Value) throws -> Scalar {
        switch v {
        case .int(let i): return .int(Int64(i))
        case .bigInt(let b):
            throw TorchArgumentMessages.scalarOverflow(negative: b.isNegative, fitsUnsigned: b.magnitude64 != nil)
        case .float(let d): return .float(d)
        case .bool(let b): return .bool(b)
        case .tensor(let t) where t.numel == 1: return t.element(at: 0)
        default: throw PythonError(.typeError, "expected a number, got \(v.typeName)")
        }
    }

    /// A Python number stored into a tensor of `dtype` (`fill_`, `full`, `masked_fill`, `x[i] = v`):
    /// an int in [2^63, 2^64) is PyTorch's unsigned 64-bit scalar, which a floating tensor takes
    /// as its value and an integer tensor refuses with `checked_convert`'s error.
    static func scalar(_ v: Value, storedIn dtype: DType) throws -> Scalar {
        guard case .bigInt(let b) = v, !b.isNegative, let m = b.magnitude64 else { return try scalar(v) }
        if dtype.isFloatingPoint { return .float(Double(m)) }
        if dtype == .bool { return .bool(true) }
        throw PythonError(.runtimeError, "value cannot be converted to type \(dtype.checkedConvertName) without overflow")
    }

    /// `tolist()`: nested Python lists of Python scalars.
    static func nestedList(_ t: Tensor, _ interpreter: Interpreter) throws -> Value {
        // The scalars and the values exist together for a moment, and every row is a list of its own
        // (`torch.ones(10**9, 0).tolist()` is a billion empty lists).
        let rows = t.shape.dropLast().reduce(1) { total, size in
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            return overflow ? Int.max : product
        }
        try interpreter.reserveRoom(t.numel, elementSize: MemoryLayout<Scalar>.stride + MemoryLayout<Value>.stride)
        try interpreter.reserveRoom(rows, elementSize: 64)
        let scalars = try t.checkedScalars()
        var values: [Value] = []
        values.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() {
            if i & 0xFFFF == 0xFFFF { try interpreter.pollInterrupt() }
            values.append(interpreter.scalarValue(scalar))
        }
        guard t.dim > 0 else { return values.first ?? .noneValue }
        var position = 0
        func build(_ d: Int) -> Value {
            if d == t.dim - 1 {
                let slice = Array(values[position..<min(position + t.shape[d], values.count)])
                position += t.shape[d]
                return .list(ListBox(slice))
            }
            return .list(ListBox((0..<t.shape[d]).map { _ in build(d + 1) }))
        }
        return build(0)
    }
}

extension Scalar {
    /// The scalar as an `Int`: int64 exactly, floats truncated and saturated (never trapping on `Int(Double)`).
    var integerValue: Int {
        switch self {
        case .int(let v): Int(v)
        case .bool(let b): b ? 1 : 0
        case .float(let d): Int(exactly: d.rounded(.towardZero)) ?? (d < 0 ? .min : .max)
        }
    }
}

extension Interpreter {
    func importModules(_ aliases: [ImportAlias], in frame: Frame) throws {
        for alias in aliases {
            guard let module = try Library.loadModule(named: alias.name, interpreter: self) else {
                throw moduleNotFound(alias.name)
            }
            if let asName = alias.asName {
                try assignName(asName, .object(module), in: frame)
            } else {
                let top = String(alias.name.split(separator: ".").first ?? "")
                guard let root = try Library.loadModule(named: top, interpreter: self) else { throw moduleNotFound(top) }
                try assignName(top, .object(root), in: frame)
            }
        }
    }

    func importFrom(_ moduleName: String, _ names: [ImportAlias], in frame: Frame) throws {
        guard let module = try Library.loadModule(named: moduleName, interpreter: self) else {
            throw moduleNotFound(moduleName)
        }
        for alias in names {
            if alias.name == "*" || module.members[alias.name] == nil { try module.completeMembers(self) }
            if alias.name == "*" {
                for (k, v) in module.members where !k.hasPrefix("_") { try assignName(k, v, in: frame) }
                continue
            }
            let value: Value
            if let member = module.members[alias.name] {
                value = member
            } else if let sub = try Library.loadModule(named: moduleName + "." + alias.name, interpreter: self) {
                value = .object(sub)
            } else {
                throw PythonError(.importError, "cannot import name '\(alias.name)' from '\(moduleName)' (unknown location)")
            }
            try assignName(alias.asName ?? alias.name, value, in: frame)
        }
    }

    private func moduleNotFound(_ name: String) -> PythonError {
        PythonError(.moduleNotFoundError, "No module named '\(name)'")
    }
}
