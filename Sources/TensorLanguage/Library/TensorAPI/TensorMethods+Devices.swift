import Autograd

/// `Tensor.cpu()`, `.cuda()`, `.get_device()` and the `new_*` creators, which inherit the
/// receiver's dtype and device unless told otherwise.
extension TensorMethods {
    nonisolated(unsafe) static let deviceMethods: [String: Method] = [
        "cpu": { t, args, _ in
            _ = try ArgumentReader("cpu", args, ["memory_format"])
            return .tensor(t)
        },
        "cuda": { _, args, _ in
            let r = try ArgumentReader("cuda", args, ["device", "non_blocking", "memory_format"])
            _ = try Library.device(r.value("device"), function: "cuda")
            throw PythonError(.assertionError, DeviceMessages.noCUDA)
        },
        "get_device": { _, args, _ in
            _ = try ArgumentReader("get_device", args, [])
            return .int(-1)
        },
        "new_ones": { t, args, _ in try newSized("new_ones", t, args) { try Tensor.ones($0, dtype: $1) } },
        "new_zeros": { t, args, _ in try newSized("new_zeros", t, args) { try Tensor.zeros($0, dtype: $1) } },
        "new_empty": { t, args, _ in try newSized("new_empty", t, args) { try Tensor.zeros($0, dtype: $1) } },
        "new_full": { t, args, _ in
            let r = try ArgumentReader(
                "new_full", args, ["size", "fill_value", "dtype", "device", "requires_grad", "layout", "pin_memory"])
            let shape = try Library.shape([try r.required("size")], function: "new_full")
            let dtype = try r.dtype() ?? t.dtype
            let made = try Tensor.full(shape, try Library.scalar(r.required("fill_value"), storedIn: dtype), dtype: dtype)
            return .tensor(try requiringGrad(made, r))
        },
        "new_tensor": { t, args, interpreter in
            let r = try ArgumentReader("new_tensor", args, ["data", "dtype", "device", "requires_grad", "layout", "pin_memory"])
            let data = try r.required("data")
            let dtype = try r.dtype() ?? t.dtype
            let made: Tensor
            if case .tensor(let source) = data {
                interpreter.warn(category: "UserWarning", message: DeviceMessages.newTensorCopy)
                made = try source.detach().clone().to(dtype)
            } else {
                made = try TensorLiteral.make(data, dtype: dtype)
            }
            return .tensor(try requiringGrad(made, r))
        },
    ]

    /// `t.new_ones(2, 3)`, `t.new_ones((2, 3))`, `t.new_ones(size=…)` with `dtype=`, `device=`, `requires_grad=`.
    private static func newSized(
        _ name: String, _ t: Tensor, _ args: Arguments, _ make: ([Int], DType) throws -> Tensor
    ) throws -> Value {
        let r = try ArgumentReader(
            name, Arguments([], keywords: args.keywords), ["size", "dtype", "device", "requires_grad", "layout", "pin_memory"])
        let shapeValues = args.positional.isEmpty ? [try r.required("size")] : args.positional
        let made = try make(try Library.shape(shapeValues, function: name), try r.dtype() ?? t.dtype)
        return .tensor(try requiringGrad(made, r))
    }

    private static func requiringGrad(_ t: Tensor, _ r: ArgumentReader) throws -> Tensor {
        try t.setRequiresGrad(try r.bool("requires_grad", default: false), site: .factory)
        return t
    }
}

/// Where tensors are placed: always the CPU; any other device raises what PyTorch's CPU-only build raises.
enum TensorPlacement {
    /// Checks a call's `device=` (or, for a creator with no input tensor, the default device).
    static func check(_ r: ArgumentReader) throws {
        if let explicit = try Library.device(r.value("device"), function: r.function) {
            try explicit.requireAvailable()
            return
        }
        guard !r.names.contains("input"), let name = EngineState.current.defaultDevice else { return }
        try Device(parsing: name).requireAvailable()
    }
}

extension DeviceMessages {
    static let newTensorCopy =
        "To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather than tensor.new_tensor(sourceTensor)."
}
