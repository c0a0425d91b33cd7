import Autograd

/// Fills a session's `torch.nn`: `Parameter` and `Module` (Swift) when `torch` is imported, the Python
/// modules of `NNSources` (whose classes become members of `torch.nn`) when `torch.nn` is first used.
enum NNLibrary {
    static func install(into nn: ModuleObject, torch: ModuleObject, interpreter: Interpreter) {
        nn.members["Parameter"] = .object(PyType.parameter)
        nn.members["Module"] = .object(NNModuleType.type)
        torch.members["typename"] = .object(
            BuiltinFunction("typename") { args, _ in .string(NNModuleType.typename(try Builtins.single(args, "typename"))) })
        // What the Python modules import from the Swift side, under PyTorch's module names.
        let module = ModuleObject("torch.nn.modules.module")
        module.members["Module"] = .object(NNModuleType.type)
        module.members["_addindent"] = .object(
            BuiltinFunction("_addindent") { args, _ in
                let r = try ArgumentReader("_addindent", args, ["s_", "numSpaces"])
                return .string(NNModuleType.indented(try r.text("s_") ?? "", by: try r.int("numSpaces") ?? 0))
            })
        interpreter.modules["torch.nn.modules.module"] = module
        let parameter = ModuleObject("torch.nn.parameter")
        parameter.members["Parameter"] = .object(PyType.parameter)
        interpreter.modules["torch.nn.parameter"] = parameter
    }

    /// `nn.init`, `nn.utils` and the layer modules, run on the first look-up `torch.nn` cannot
    /// answer with its Swift members (so `import torch` alone does not parse them).
    static func loadLayers(into nn: ModuleObject, interpreter: Interpreter) throws {
        // `nn.init` and `nn.utils` become attributes of `torch.nn` as they load.
        for name in ["torch.nn.init", "torch.nn.utils"] { _ = try SourceModules.load(name, interpreter: interpreter) }
        for name in NNSources.layerModules {
            guard let loaded = try SourceModules.load(name, interpreter: interpreter) else { continue }
            for (member, value) in loaded.members where !member.hasPrefix("_") {
                if case .object(let cls as PyType) = value, cls.moduleName == name { nn.members[member] = value }
            }
        }
    }
}
