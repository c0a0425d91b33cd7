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
        let dtype = requested ?? inferred
        // An int beyond 64 bits is stored as PyTorch stores it: as a double in a float tensor
        // (`torch.tensor([1.5, 2**70])`), as True in a bool one, and an error in an integer one.
        if walker.sawBigInt && dtype != .bool {
            guard dtype.isFloatingPoint else { throw TorchArgumentMessages.overflowUnpackingLongLong() }
            if walker.sawBigIntBeyondFloat { throw IntegerMessages.tooLargeForFloat() }
        }
        if dtype == .int64 || dtype == .int32 { try checkIntegral(walker.flat, dtype) }
        return try Tensor.from(walker.flat, shape: walker.shape, dtype: dtype)
    }

    /// PyTorch stores into an integer tensor with an overflow check: NaN, infinities and values
    /// outside the type's range are `RuntimeError`s, not wrapped (`torch.tensor(2**40, dtype=torch.int32)`).
    private static func checkIntegral(_ flat: [Scalar], _ dtype: DType) throws {
        let (low, high): (Double, Double) = dtype == .int32 ? (-0x1p31, 0x1p31) : (-0x1p63, 0x1p63)
        for element in flat {
            let fits: Bool
            switch element {
            case .float(let d): fits = d >= low && d < high
            case .int(let i): fits = dtype == .int64 || Int32(exactly: i) != nil
            case .bool: fits = true
            }
            guard fits else {
                throw PythonError(.runtimeError, "value cannot be converted to type \(dtype.name) without overflow")
            }
        }
    }

    /// Collects the leaves of nested sequences row-major, checking that the nesting is rectangular.
    private struct Walker {
        var shape: [Int] = []
        var flat: [Scalar] = []
        var sawFloat = false
        var sawInt = false
        var sawBool = false
        var sawBigInt = false
        var sawBigIntBeyondFloat = false
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
            // A str is a sequence to PyTorch: inside a list, before any number, it is one dimension too many.
            if case .string = v, depth > 0, leafDepth == nil {
                throw PythonError(.valueError, "too many dimensions 'str'")
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
            case .bigInt(let b):
                sawInt = true
                sawBigInt = true
                guard let d = try? IntegerArithmetic.double(b) else {
                    sawBigIntBeyondFloat = true
                    return .float(b.isNegative ? -.infinity : .infinity)
                }
                return .float(d)
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
