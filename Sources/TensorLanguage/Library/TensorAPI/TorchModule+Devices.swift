import Autograd

/// `torch.device`, the default dtype and device, print options, `torch.cuda`, `torch.backends`,
/// `torch.accelerator` and `torch.__version__`: Wick is a CPU-only build of PyTorch.
extension TorchModule {
    static func installTensorAPI(into m: ModuleObject) {
        for (name, body) in deviceFunctions.merging(comparisonFunctions, uniquingKeysWith: { a, _ in a })
            .merging(rearrangeFunctions, uniquingKeysWith: { a, _ in a })
            .merging(threadFunctions, uniquingKeysWith: { a, _ in a })
            .merging(logicalFunctions, uniquingKeysWith: { a, _ in a })
            .merging(selectionFunctions, uniquingKeysWith: { a, _ in a })
        {
            m.members[name] = .object(BuiltinFunction(name, body))
        }
        m.members["device"] = .object(deviceType)
        m.members["cuda"] = .object(makeCuda())
        m.members["backends"] = .object(makeBackends())
        m.members["accelerator"] = .object(makeAccelerator())
        m.members["__version__"] = .object(TorchVersionObject())
        OutArgument.install(into: m)
    }

    static let deviceType = PyType.register("torch.device") { args, _ in .object(DeviceObject(try DeviceObject.make(args))) }

    nonisolated(unsafe) static let deviceFunctions: [String: Function] = [
        "set_default_dtype": { args, _ in
            let r = try ArgumentReader("set_default_dtype", args, ["d"])
            let v = try r.required("d")
            guard case .object(let d as DTypeObject) = v else { throw PythonError(.typeError, DeviceMessages.defaultTypeObject) }
            guard d.dtype.isFloatingPoint else { throw PythonError(.typeError, DeviceMessages.defaultTypeFloating) }
            DType.defaultFloat = d.dtype
            return .noneValue
        },
        "get_default_dtype": { args, _ in
            _ = try ArgumentReader("get_default_dtype", args, [])
            return .object(DTypeObject(DType.defaultFloat))
        },
        "set_default_device": { args, _ in
            let r = try ArgumentReader("set_default_device", args, ["device"])
            let device = try Library.device(r.value("device"), function: "set_default_device")
            EngineState.current.defaultDevice = device.flatMap { $0.type == "cpu" ? nil : $0.description }
            return .noneValue
        },
        "get_default_device": { args, _ in
            _ = try ArgumentReader("get_default_device", args, [])
            let text = EngineState.current.defaultDevice ?? "cpu"
            return .object(DeviceObject((try? Device(parsing: text)) ?? .cpu))
        },
        "set_printoptions": { args, _ in try setPrintOptions(args) },
    ]

    /// `torch.set_printoptions`: a profile first, then each option given; `sci_mode` is always set.
    private static func setPrintOptions(_ args: Arguments) throws -> Value {
        let r = try ArgumentReader(
            "set_printoptions", args, ["precision", "threshold", "edgeitems", "linewidth", "profile", "sci_mode"])
        var options = PrintOptions.current
        if case .string(let name)? = r.value("profile"), let profile = PrintOptions.profile(name) {
            options.precision = profile.precision
            options.threshold = profile.threshold
            options.edgeItems = profile.edgeItems
            options.lineWidth = profile.lineWidth
        }
        if let p = try r.int("precision") { options.precision = p }
        if let t = try r.double("threshold") { options.threshold = t }
        if let e = try r.int("edgeitems") { options.edgeItems = e }
        if let w = try r.int("linewidth") { options.lineWidth = w }
        options.scientific = try r.value("sci_mode").flatMap { v -> Bool? in
            if case .noneValue = v { return nil }
            return try r.bool("sci_mode", default: false)
        }
        PrintOptions.current = options
        return .noneValue
    }

    static func makeCuda() -> ModuleObject {
        let m = ModuleObject("torch.cuda")
        let constant: [(String, Value)] = [
            ("is_available", .bool(false)), ("device_count", .int(0)), ("is_initialized", .bool(false)),
            ("manual_seed", .noneValue), ("manual_seed_all", .noneValue), ("seed", .noneValue), ("seed_all", .noneValue),
            ("empty_cache", .noneValue),
        ]
        for (name, result) in constant { m.members[name] = .object(BuiltinFunction(name) { _, _ in result }) }
        // Everything that needs the CUDA runtime runs `torch.cuda._lazy_init` first, which raises.
        for name in ["current_device", "synchronize", "get_device_name", "get_device_properties", "set_device"] {
            m.members[name] = .object(BuiltinFunction(name) { _, _ in throw PythonError(.assertionError, DeviceMessages.noCUDA) })
        }
        return m
    }

    static func makeBackends() -> ModuleObject {
        let m = ModuleObject("torch.backends")
        let mps = ModuleObject("torch.backends.mps")
        for name in ["is_available", "is_built"] { mps.members[name] = .object(BuiltinFunction(name) { _, _ in .bool(false) }) }
        let cudnn = ModuleObject("torch.backends.cudnn")
        cudnn.members["is_available"] = .object(BuiltinFunction("is_available") { _, _ in .bool(false) })
        cudnn.members["deterministic"] = .bool(false)
        cudnn.members["benchmark"] = .bool(false)
        cudnn.members["enabled"] = .bool(true)
        let cpu = ModuleObject("torch.backends.cpu")
        cpu.members["get_cpu_capability"] = .object(
            BuiltinFunction("get_cpu_capability") { args, _ in
                if let keyword = args.keywords.first {
                    throw PythonError(.typeError, ThreadMessages.capabilityKeyword(keyword.name))
                }
                guard args.positional.isEmpty else {
                    throw PythonError(.typeError, ThreadMessages.capabilityArguments(given: args.positional.count))
                }
                return .string(CPUCapability.current.name)
            })
        m.members["mps"] = .object(mps)
        m.members["cudnn"] = .object(cudnn)
        m.members["cpu"] = .object(cpu)
        return m
    }

    static func makeAccelerator() -> ModuleObject {
        let m = ModuleObject("torch.accelerator")
        m.members["is_available"] = .object(BuiltinFunction("is_available") { _, _ in .bool(false) })
        m.members["device_count"] = .object(BuiltinFunction("device_count") { _, _ in .int(0) })
        m.members["current_accelerator"] = .object(BuiltinFunction("current_accelerator") { _, _ in .noneValue })
        return m
    }
}

extension DeviceMessages {
    static let defaultTypeObject = "invalid dtype object: only floating-point types are supported as the default type"
    static let defaultTypeFloating = "only floating-point types are supported as the default type"
}
