import Autograd

/// `torch.cat`, `torch.stack` and the shape functions that mirror tensor methods.
extension TorchModule {
    nonisolated(unsafe) static let joinFunctions: [String: Function] = {
        var table: [String: Function] = [
            "cat": { args, _ in try join("cat", args) { try Tensor.cat($0, dim: $1) } },
            "concat": { args, _ in try join("concat", args) { try Tensor.cat($0, dim: $1) } },
            "concatenate": { args, _ in try join("concatenate", args) { try Tensor.cat($0, dim: $1) } },
            "stack": { args, _ in try join("stack", args) { try Tensor.stack($0, dim: $1) } },
        ]
        for name in ["reshape", "flatten", "squeeze", "unsqueeze", "numel", "t", "transpose", "permute"] {
            guard let method = TensorMethods.methods[name] else { continue }
            table[name] = { args, interpreter in
                var positional = args.positional
                var keywords = args.keywords
                let input: Value
                if positional.isEmpty, let i = keywords.firstIndex(where: { $0.name == "input" }) {
                    input = keywords.remove(at: i).value
                } else if !positional.isEmpty {
                    input = positional.removeFirst()
                } else {
                    throw PythonError(.typeError, "\(name)() missing required argument 'input'")
                }
                guard case .tensor(let t) = input else {
                    throw PythonError(
                        .typeError, "\(name)(): argument 'input' (position 1) must be Tensor, not \(input.typeName)")
                }
                return try method(t, Arguments(positional, keywords: keywords), interpreter)
            }
        }
        return table
    }()

    /// Reads `(tensors, dim=0)` for `cat` and `stack`.
    private static func join(_ name: String, _ args: Arguments, _ body: ([Tensor], Int) throws -> Tensor) throws -> Value {
        let r = try ArgumentReader(name, args, ["tensors", "dim", "out"])
        let items: [Value]
        switch try r.required("tensors") {
        case .list(let l): items = l.items
        case .tuple(let t): items = t
        case let other:
            throw PythonError(
                .typeError, "\(name)(): argument 'tensors' (position 1) must be tuple of Tensors, not \(other.typeName)")
        }
        let tensors = try items.map { item in
            guard case .tensor(let t) = item else {
                throw PythonError(
                    .typeError,
                    "\(name)(): argument 'tensors' (position 1) must be tuple of Tensors, not \(item.typeName)")
            }
            return t
        }
        return .tensor(try body(tensors, try r.int("dim") ?? 0))
    }
}
