import Autograd

/// Language bindings of the matrix products and transposes (`torch.matmul`, `Tensor.mm`, `.T`, …).
extension TensorMethods {
    nonisolated(unsafe) static let linalgMethods: [String: Method] = [
        "matmul": product("matmul", "other") { try $0.matmul($1) },
        "mm": product("mm", "mat2") { try $0.mm($1) },
        "mv": product("mv", "vec") { try $0.mv($1) },
        "dot": product("dot", "tensor") { try $0.dot($1) },
        "bmm": product("bmm", "mat2") { try $0.bmm($1) },
        "t": { t, args, _ in
            guard args.positional.isEmpty && args.keywords.isEmpty else {
                let count = args.positional.count + args.keywords.count
                throw PythonError(.typeError, "TensorBase.t() takes no arguments (\(count) given)")
            }
            return .tensor(try t.t())
        },
        "transpose": swap("transpose", "dim0", "dim1"),
        "swapaxes": swap("swapaxes", "axis0", "axis1"),
        "swapdims": swap("swapdims", "dim0", "dim1"),
        "permute": { t, args, _ in
            let single = args.positional.count == 1 && !LinalgArguments.isDimension(args.positional[0])
            if single || !args.keywords.isEmpty {
                let r = try LinalgArguments("permute", args, ["dims"])
                return .tensor(try t.permute(r.dims(0)))
            }
            guard !args.positional.isEmpty else { throw LinalgArguments.missing("permute", ["dims"]) }
            guard args.positional.allSatisfy(LinalgArguments.isDimension) else {
                throw PythonError(.typeError, "permute() takes 1 positional argument but \(args.positional.count) were given")
            }
            return .tensor(try t.permute(args.positional.map(LinalgArguments.dimension)))
        },
    ]

    /// `.T` and `.mT`, which are attributes rather than methods.
    static func linalgAttribute(_ t: Tensor, _ name: String) throws -> Value? {
        switch name {
        case "T": return .tensor(try t.reversedDimensions())
        case "mT": return .tensor(try t.matrixTransposed())
        default: return nil
        }
    }

    private static func product(_ name: String, _ argument: String, _ op: @escaping (Tensor, Tensor) throws -> Tensor)
        -> Method
    {
        { t, args, _ in
            let r = try LinalgArguments(name, args, [argument])
            return .tensor(try op(t, r.tensor(0)))
        }
    }

    private static func swap(_ name: String, _ first: String, _ second: String) -> Method {
        { t, args, _ in
            let r = try LinalgArguments(name, args, [first, second])
            return .tensor(try t.transpose(r.dimension(0), r.dimension(1)))
        }
    }
}

extension TorchModule {
    nonisolated(unsafe) static let linalgFunctions: [String: Function] = [
        "matmul": product("matmul", "other") { try $0.matmul($1) },
        "mm": product("mm", "mat2") { try $0.mm($1) },
        "mv": product("mv", "vec") { try $0.mv($1) },
        "dot": product("dot", "tensor") { try $0.dot($1) },
        "bmm": product("bmm", "mat2") { try $0.bmm($1) },
        "t": { args, _ in
            let r = try LinalgArguments("t", args, ["input"])
            return .tensor(try r.tensor(0).t())
        },
        "transpose": swap("transpose", "dim0", "dim1"),
        "swapaxes": swap("swapaxes", "axis0", "axis1"),
        "swapdims": swap("swapdims", "dim0", "dim1"),
        "permute": { args, _ in
            let r = try LinalgArguments("permute", args, ["input", "dims"])
            return .tensor(try r.tensor(0).permute(r.dims(1)))
        },
    ]

    private static func product(_ name: String, _ argument: String, _ op: @escaping (Tensor, Tensor) throws -> Tensor)
        -> Function
    {
        { args, _ in
            let r = try LinalgArguments(name, args, ["input", argument])
            return .tensor(try op(r.tensor(0), r.tensor(1)))
        }
    }

    private static func swap(_ name: String, _ first: String, _ second: String) -> Function {
        { args, _ in
            let r = try LinalgArguments(name, args, ["input", first, second])
            return .tensor(try r.tensor(0).transpose(r.dimension(1), r.dimension(2)))
        }
    }
}
