import Autograd

/// Language bindings of the matrix products and transposes (`torch.matmul`, `Tensor.mm`, `.T`, …).
extension TensorMethods {
    nonisolated(unsafe) static let linalgMethods: [String: Method] = LinalgBindings.table(
        product: product, swap: swap,
        others: [
            "t": { t, args, _ in
                guard args.positional.isEmpty && args.keywords.isEmpty else {
                    let count = args.positional.count + args.keywords.count
                    throw PythonError(.typeError, "TensorBase.t() takes no arguments (\(count) given)")
                }
                return .tensor(try t.t())
            },
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
        ])

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
    nonisolated(unsafe) static let linalgFunctions: [String: Function] = LinalgBindings.table(
        product: product, swap: swap,
        others: [
            "t": { args, _ in
                let r = try LinalgArguments("t", args, ["input"])
                return .tensor(try r.tensor(0).t())
            },
            "permute": { args, _ in
                let r = try LinalgArguments("permute", args, ["input", "dims"])
                return .tensor(try r.tensor(0).permute(r.dims(1)))
            },
        ])

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

/// The products and dimension swaps that are both `Tensor` methods and `torch` functions, listed once.
enum LinalgBindings {
    typealias Product = (Tensor, Tensor) throws -> Tensor

    /// Name, the second operand's argument name, and the product.
    nonisolated(unsafe) static let products: [(name: String, argument: String, op: Product)] = [
        ("matmul", "other", { try $0.matmul($1) }),
        ("mm", "mat2", { try $0.mm($1) }),
        ("mv", "vec", { try $0.mv($1) }),
        ("dot", "tensor", { try $0.dot($1) }),
        ("bmm", "mat2", { try $0.bmm($1) }),
    ]

    /// Name and the two dimension arguments' names.
    static let swaps: [(name: String, first: String, second: String)] = [
        ("transpose", "dim0", "dim1"), ("swapaxes", "axis0", "axis1"), ("swapdims", "dim0", "dim1"),
    ]

    /// The products and swaps bound by `product` and `swap`, next to `others` (names not in the lists).
    static func table<Body>(
        product: (String, String, @escaping Product) -> Body, swap: (String, String, String) -> Body,
        others: [String: Body]
    ) -> [String: Body] {
        var table = others
        for p in products { table[p.name] = product(p.name, p.argument, p.op) }
        for s in swaps { table[s.name] = swap(s.name, s.first, s.second) }
        return table
    }
}
