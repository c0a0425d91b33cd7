import Autograd

/// Python subscripts on tensors: ints, slices, `None`, `...`, tuples of them.
enum TensorIndexing {
    static func select(_ t: Tensor, _ i: Int) throws -> Tensor { try t.select(0, i) }

    static func get(_ t: Tensor, _ index: Value, _ interpreter: Interpreter) throws -> Tensor {
        let items: [Value] = if case .tuple(let parts) = index { parts } else { [index] }
        let consuming = items.filter {
            if case .noneValue = $0 { return false }
            if case .object(let o) = $0, o is EllipsisObject { return false }
            return true
        }.count
        if consuming > t.dim {
            throw PythonError(.indexError, "too many indices for tensor of dimension \(t.dim)")
        }
        var result = t
        var d = 0
        for item in items {
            switch item {
            case .int(let i):
                result = try result.select(d, i)
            case .bigInt: throw IntegerMessages.overflowUnpackingLong()
            case .bool(let b):
                result = try result.unsqueeze(d).slice(d, start: 0, stop: b ? 1 : 0, step: 1)
                d += 1
            case .noneValue:
                result = try result.unsqueeze(d)
                d += 1
            case .object(let slice as SliceObject):
                let (start, stop, step) = try slice.indices(length: result.shape[d])
                result = try result.slice(d, start: start, stop: stop, step: step)
                d += 1
            case .object(let o) where o is EllipsisObject:
                d += result.dim - d - (consuming - items.prefix { !($0.isEllipsis) }.filter { !$0.isNone }.count)
            default:
                throw PythonError(
                    .indexError,
                    "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got \(item.typeName))"
                )
            }
        }
        return result
    }

    static func set(_ t: Tensor, _ index: Value, _ value: Value, _ interpreter: Interpreter) throws {
        let target = try GradMode.with(false) { try get(t, index, interpreter) }
        let source = try TensorOperators.tensor(from: value)
        let expanded = try GradMode.with(false) { try source.expand(target.shape) }
        try target.assignChecked(expanded)
    }
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
