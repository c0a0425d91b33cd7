import Autograd

/// `torch.tensor(data)`: nested lists of numbers to a tensor, inferring shape and dtype.
///
/// Any float makes the result the default float dtype; otherwise any int makes it int64; only bools give bool.
/// 0-d tensors inside the lists count as numbers of their dtype.
enum TensorLiteral {
    static func make(_ data: Value, dtype requested: DType?, emptyDType: DType? = nil) throws -> Tensor {
        var walker = Walker()
        try walker.walk(data, depth: 0)
        let inferred: DType =
            walker.sawFloat
            ? DType.defaultFloat : walker.sawInt ? .int64 : walker.sawBool ? .bool : emptyDType ?? DType.defaultFloat
        return try Tensor.from(walker.flat, shape: walker.shape, dtype: requested ?? inferred)
    }

    /// Collects the leaves of nested sequences row-major, checking that the nesting is rectangular.
    private struct Walker {
        var shape: [Int] = []
        var flat: [Scalar] = []
        var sawFloat = false
        var sawInt = false
        var sawBool = false
        /// Set once a number has been seen: the depth where numbers live.
        var leafDepth: Int?

        mutating func walk(_ v: Value, depth: Int) throws {
            guard depth < 64 else { throw PythonError(.valueError, "too many dimensions 'list'") }
            if let items = sequenceItems(v) {
                if let leafDepth, depth >= leafDepth { throw notANumber(v) }
                if depth == shape.count {
                    shape.append(items.count)
                } else if shape[depth] != items.count {
                    throw PythonError(
                        .valueError, "expected sequence of length \(shape[depth]) at dim \(depth) (got \(items.count))")
                }
                for item in items { try walk(item, depth: depth + 1) }
                return
            }
            if let leafDepth, depth != leafDepth { throw PythonError(.typeError, "not a sequence") }
            if leafDepth == nil && depth < shape.count { throw PythonError(.typeError, "not a sequence") }
            leafDepth = depth
            flat.append(try number(v))
        }

        private func sequenceItems(_ v: Value) -> [Value]? {
            switch v {
            case .list(let l): l.items
            case .tuple(let t): t
            default: nil
            }
        }

        /// The message CPython's number conversion gives for a list where a number was expected.
        private func notANumber(_ v: Value) -> PythonError {
            if sawFloat { return PythonError(.typeError, "must be real number, not \(v.typeName)") }
            return PythonError(.typeError, "'\(v.typeName)' object cannot be interpreted as an integer")
        }

        private mutating func number(_ v: Value) throws -> Scalar {
            switch v {
            case .float(let d):
                sawFloat = true
                return .float(d)
            case .int(let i):
                sawInt = true
                return .int(Int64(i))
            case .bigInt: throw TorchArgumentMessages.overflowUnpackingLongLong()
            case .bool(let b):
                sawBool = true
                return .bool(b)
            case .tensor(let t):
                guard t.numel == 1 else {
                    throw PythonError(.valueError, "only one element tensors can be converted to Python scalars")
                }
                if t.dtype.isFloatingPoint { sawFloat = true } else if t.dtype == .bool { sawBool = true } else { sawInt = true }
                return t.element(at: 0)
            case .noneValue:
                throw PythonError(.runtimeError, "Could not infer dtype of NoneType")
            default:
                throw PythonError(.typeError, "new(): invalid data type '\(v.typeName)'")
            }
        }
    }
}
