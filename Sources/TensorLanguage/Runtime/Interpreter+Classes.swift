import Autograd

extension Interpreter {
    /// Runs a `class` statement: the body in a namespace of its own, then the class object.
    func defineClass(_ definition: ClassDefinition, in frame: Frame) throws {
        let decorators = try definition.decorators.map { try evaluate($0, in: frame) }
        let bases = try classBases(definition.bases, in: frame)
        let namespace = DictBox()
        let moduleName: Value = frame.globals["__name__"] ?? .string("__main__")
        let qualifiedName = frame.qualifiedPrefix + definition.name
        try namespace.set(.string("__module__"), moduleName)
        try namespace.set(.string("__qualname__"), .string(qualifiedName))
        if case .expression(let e) = definition.body.first?.kind, case .string(let doc) = e.kind {
            try namespace.set(.string("__doc__"), .string(doc))
        }
        let classCell = Cell()
        let body = Frame(
            function: definition.name, module: frame.module, globals: frame.globals,
            freeCells: frame.captureCells(definition.mentionedNames, except: nil), classNamespace: namespace,
            classCell: classCell, qualifiedPrefix: qualifiedName + ".")
        body.currentLine = frame.currentLine
        try runClassBody(definition, body)
        if try namespace.get(.string("__eq__")) != nil, try namespace.get(.string("__hash__")) == nil {
            try namespace.set(.string("__hash__"), .noneValue)  // CPython: defining __eq__ alone makes instances unhashable
        }
        let module: String = if case .string(let m) = moduleName { m } else { "__main__" }
        var finalName = qualifiedName
        if case .string(let q)? = try namespace.get(.string("__qualname__")) { finalName = q }
        _ = try namespace.remove(.string("__qualname__"))
        let type = try PyType.make(
            name: definition.name, qualifiedName: finalName, bases: bases, namespace: namespace, module: module,
            ownedBySession: true)
        classCell.value = .object(type)
        try finishClass(type)
        try assignName(definition.name, try decorate(.object(type), with: decorators), in: frame)
    }

    /// CPython's class-creation hooks: `__set_name__` on attributes, then the parent's `__init_subclass__`.
    func finishClass(_ type: PyType) throws {
        for (key, value) in zip(type.namespace.keys, type.namespace.values) where value.isUserObject {
            _ = try callUserMethod(value, "__set_name__", [.object(type), key])
        }
        // `__init_subclass__` is a class method even when written without `@classmethod`.
        if type.mro.count > 1, let hook = PyType.lookup("__init_subclass__", in: type.mro.dropFirst()),
            hook.owner.isHeapType
        {
            let function: Value = if case .object(let m as ClassMethodObject) = hook.value { m.function } else { hook.value }
            _ = try call(function, Arguments([.object(type)]))
        }
    }

    private func runClassBody(_ definition: ClassDefinition, _ body: Frame) throws {
        frames.append(body)
        defer { frames.removeLast() }
        do {
            _ = try execute(definition.body, in: body)
        } catch var error as PythonError {
            error.frames.insert(
                TracebackFrame(
                    fileName: body.module.fileName, line: body.currentLine, function: definition.name,
                    sourceLine: body.sourceLine),
                at: 0)
            throw error
        }
    }

    /// The classes between a `class` statement's parentheses.
    private func classBases(_ arguments: [Argument], in frame: Frame) throws -> [PyType] {
        var bases: [PyType] = []
        for argument in arguments {
            switch argument {
            case .positional(let e):
                let value = try evaluate(e, in: frame)
                guard case .object(let type as PyType) = value else {
                    throw PythonError(.typeError, "bases must be types")
                }
                bases.append(type)
            case .unpackedSequence(let e):
                for value in try materialize(try evaluate(e, in: frame)) {
                    guard case .object(let type as PyType) = value else {
                        throw PythonError(.typeError, "bases must be types")
                    }
                    bases.append(type)
                }
            case .keyword(let name, _, _):
                throw PythonError(
                    .notImplementedError, "Wick does not support class keyword arguments such as '\(name)=' (metaclasses)")
            case .unpackedMapping:
                throw PythonError(.notImplementedError, "Wick does not support class keyword arguments (metaclasses)")
            }
        }
        return bases
    }
}
