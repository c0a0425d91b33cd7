import Autograd

extension TensorIndexing {
    /// Splits a subscript into items; `isSingle` when it was not a tuple (PyTorch's fast paths).
    static func parse(_ index: Value, _ interpreter: Interpreter) throws -> (items: [Item], isSingle: Bool) {
        switch index {
        case .tuple(let parts):
            return (try parts.map { try item($0) }, false)
        case .list(let list) where treatsAsTuple(list.items):
            interpreter.warn(category: "UserWarning", message: nonTupleSequenceWarning)
            return (try list.items.map { try item($0) }, false)
        default:
            return ([try item(index)], true)
        }
    }

    static let nonTupleSequenceWarning =
        "Using a non-tuple sequence for multidimensional indexing is deprecated and will be changed in pytorch 2.9; use x[tuple(seq)] instead of x[seq]. In pytorch 2.9 this will be interpreted as tensor index, x[torch.tensor(seq)], which will result either in an error or a different result (Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/python_variable_indexing.cpp:375.)"

    /// NumPy's heuristic, kept by PyTorch: a short list holding a sequence, slice, `...` or `None` is a tuple.
    private static func treatsAsTuple(_ items: [Value]) -> Bool {
        guard items.count < 32 else { return false }
        return items.contains {
            switch $0 {
            case .tensor, .list, .tuple, .string, .noneValue: return true
            case .object(let o): return o is SliceObject || o is EllipsisObject
            default: return false
            }
        }
    }

    private static func item(_ value: Value) throws -> Item {
        switch value {
        case .int(let i): return .integer(i)
        case .bigInt: throw TorchArgumentMessages.overflowUnpackingLongLong()
        case .bool(let b): return .boolean(b)
        case .noneValue: return .none
        case .object(let o as SliceObject): return .slice(o)
        case .object(let o) where o is EllipsisObject: return .ellipsis
        case .tensor(let t): return try tensorItem(t)
        case .list, .tuple, .string: return try tensorItem(TensorLiteral.make(value, dtype: nil, emptyDType: .int64))
        default:
            throw PythonError(
                .indexError,
                "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got \(value.typeName))"
            )
        }
    }

    /// A 0-d integer tensor indexes like an int, a 0-d bool like a Python bool.
    private static func tensorItem(_ t: Tensor) throws -> Item {
        guard t.dim == 0 else { return .tensor(t) }
        switch t.element(at: 0) {
        case .int(let i) where t.dtype.isIntegral: return .integer(Int(i))
        case .bool(let b): return .boolean(b)
        default: return .tensor(t)
        }
    }
}

extension TensorIndexing {
    /// `t[i]` for iteration over the first dimension.
    static func select(_ t: Tensor, _ i: Int) throws -> Tensor { try t.select(0, i) }
}

extension Value {
    var isEllipsis: Bool {
        if case .object(let o) = self { return o is EllipsisObject }
        return false
    }

    var isNone: Bool {
        if case .noneValue = self { return true }
        return false
    }
}
