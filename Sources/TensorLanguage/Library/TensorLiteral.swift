import Autograd

/// `torch.tensor(data)`: nested lists of numbers to a tensor, inferring shape and dtype.
enum TensorLiteral {
    static func make(_ data: Value, dtype requested: DType?) throws -> Tensor {
        var shape: [Int] = []
        var flat: [Scalar] = []
        var sawFloat = false
        var sawInt = false
        var sawBool = false
        try walk(data, depth: 0, shape: &shape, into: &flat, float: &sawFloat, int: &sawInt, bool: &sawBool)
        let inferred: DType = sawFloat ? .float32 : (sawInt ? .int64 : (sawBool ? .bool : .float32))
        return try Tensor.from(flat, shape: shape, dtype: requested ?? inferred)
    }

    private static func walk(
        _ v: Value, depth: Int, shape: inout [Int], into flat: inout [Scalar],
        float: inout Bool, int: inout Bool, bool: inout Bool
    ) throws {
        guard depth < 64 else { throw PythonError(.valueError, "too many dimensions") }
        let items: [Value]?
        switch v {
        case .list(let l): items = l.items
        case .tuple(let t): items = t
        case .float(let d):
            float = true
            flat.append(.float(d))
            items = nil
        case .int(let i):
            int = true
            flat.append(.int(Int64(i)))
            items = nil
        case .bigInt: throw IntegerMessages.overflowUnpackingLong()
        case .bool(let b):
            bool = true
            flat.append(.bool(b))
            items = nil
        case .tensor(let t) where t.numel == 1 && t.dim == 0:
            if t.dtype.isFloatingPoint { float = true } else if t.dtype == .bool { bool = true } else { int = true }
            flat.append(t.element(at: 0))
            items = nil
        default:
            throw PythonError(.typeError, "new(): invalid data type '\(v.typeName)'")
        }
        if items == nil {
            if depth < shape.count {
                throw PythonError(.valueError, "expected sequence of length \(shape[depth]) at dim \(depth) (got \(v.typeName))")
            }
            return
        }
        let list = items ?? []
        if depth == shape.count {
            if !flat.isEmpty && depth > 0 {
                throw PythonError(.valueError, "expected sequence of length 0 at dim \(depth) (got \(list.count))")
            }
            shape.append(list.count)
        } else if shape[depth] != list.count {
            throw PythonError(.valueError, "expected sequence of length \(shape[depth]) at dim \(depth) (got \(list.count))")
        }
        for item in list {
            try walk(item, depth: depth + 1, shape: &shape, into: &flat, float: &float, int: &int, bool: &bool)
        }
    }
}
