import Autograd

/// Fills a session's `torch.nn` when `torch` is imported: `Parameter`, `Module`, `init`, and the layer
/// classes the prelude defines.
enum NNLibrary {
    static func install(into nn: ModuleObject, torch: ModuleObject, interpreter: Interpreter) throws {
        nn.members["Parameter"] = .object(PyType.parameter)
        nn.members["Module"] = .object(NNModuleType.type)
        torch.members["typename"] = .object(
            BuiltinFunction("typename") { args, _ in .string(NNModuleType.typename(try Builtins.single(args, "typename"))) })
        let chunks = try NNPrelude.chunks.get()
        let globals = Namespace()
        globals["torch"] = .object(torch)
        globals["F"] = nn.members["functional"]
        globals["math"] = Library.module(named: "math", interpreter: interpreter).map { .object($0) }
        globals["OrderedDict"] = Library.module(named: "collections", interpreter: interpreter)?.members["OrderedDict"]
        globals["Module"] = .object(NNModuleType.type)
        globals["Parameter"] = .object(PyType.parameter)
        globals["_warn"] = .object(
            BuiltinFunction("_warn") { args, interpreter in
                interpreter.warn(category: "UserWarning", message: try interpreter.str(args.positional.first ?? .noneValue))
                return .noneValue
            })
        globals["_addindent"] = .object(
            BuiltinFunction("_addindent") { args, interpreter in
                let r = try ArgumentReader("_addindent", args, ["s_", "numSpaces"])
                return .string(NNModuleType.indented(try r.text("s_") ?? "", by: try r.int("numSpaces") ?? 0))
            })
        let initModule = ModuleObject("torch.nn.init")
        let initChunks = chunks.filter { $0.moduleName == "torch.nn.init" }
        try NNPrelude.run(initChunks, in: globals, interpreter: interpreter)
        for (name, value) in globals.values where isExported(name, value) { initModule.members[name] = value }
        initModule.members["_calculate_fan_in_and_fan_out"] = globals["_calculate_fan_in_and_fan_out"]
        globals["init"] = .object(initModule)
        nn.members["init"] = .object(initModule)
        interpreter.modules["torch.nn.init"] = initModule
        let before = Set(globals.keys)
        let layers = chunks.filter { $0.moduleName.hasPrefix("torch.nn.modules.") }
        try NNPrelude.run(layers, in: globals, interpreter: interpreter)
        for (name, value) in globals.values where !before.contains(name) && isExported(name, value) {
            nn.members[name] = value
        }
        let utils = ModuleObject("torch.nn.utils")
        let beforeUtils = Set(globals.keys)
        try NNPrelude.run(chunks.filter { $0.moduleName.hasPrefix("torch.nn.utils") }, in: globals, interpreter: interpreter)
        for (name, value) in globals.values where !beforeUtils.contains(name) && isExported(name, value) {
            utils.members[name] = value
        }
        nn.members["utils"] = .object(utils)
        interpreter.modules["torch.nn.utils"] = utils
    }

    private static func isExported(_ name: String, _ value: Value) -> Bool {
        guard !name.hasPrefix("_") else { return false }
        if case .object(let o) = value { return o is PyType || o is FunctionObject }
        return false
    }
}
