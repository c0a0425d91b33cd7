import Autograd

/// Python operators where one side is a tensor.
enum TensorOperators {
    /// A Python number (or tensor) as a tensor operand; numbers become wrapped 0-d tensors. An int
    /// in [2^63, 2^64) is PyTorch's unsigned 64-bit scalar: beside a floating tensor it is its
    /// value, beside an integer or bool tensor its bits (`torch.ones(2) + 2**63` is 9.2234e+18,
    /// `t + 2**63` on int64 wraps, as in PyTorch).
    static func tensor(from value: Value, meeting partner: Value? = nil) throws -> Tensor {
        if case .bigInt(let b) = value, case .tensor(let other)? = partner, !b.isNegative, let m = b.magnitude64 {
            return Tensor.wrapping(other.dtype.isFloatingPoint ? .float(Double(m)) : .int(Int64(bitPattern: m)))
        }
        switch value {
        case .tensor(let t): return t
        case .int(let i): return Tensor.wrapping(.int(Int64(i)))
        case .float(let d): return Tensor.wrapping(.float(d))
        case .bool(let b): return Tensor.wrapping(.bool(b))
        case .bigInt(let b):
            throw TorchArgumentMessages.scalarOverflow(negative: b.isNegative, fitsUnsigned: b.magnitude64 != nil)
        default:
            throw PythonError(.typeError, "unsupported operand type for tensor operation: '\(value.typeName)'")
        }
    }

    /// The two operands of a binary operation as tensors; a Python number is wrapped in the dtype
    /// the tensor on the other side will make it take anyway.
    static func tensors(_ a: Value, _ b: Value, _ interpreter: Interpreter) throws -> (Tensor, Tensor) {
        switch (a, b) {
        case (.tensor(let x), .tensor(let y)): return (x, y)
        case (.tensor(let x), _): return (x, try number(b, meeting: x, interpreter.wrappedNumbers))
        case (_, .tensor(let y)): return (try number(a, meeting: y, interpreter.wrappedNumbers), y)
        default: return (try tensor(from: a), try tensor(from: b))
        }
    }

    private static func number(_ value: Value, meeting partner: Tensor, _ cache: WrappedNumberCache) throws -> Tensor {
        switch value {
        case .int(let i): return cache.tensor(.int(Int64(i)), meeting: partner)
        case .float(let d): return cache.tensor(.float(d), meeting: partner)
        case .bool(let b): return cache.tensor(.bool(b), meeting: partner)
        default: return try tensor(from: value, meeting: .tensor(partner))
        }
    }

    /// A Python number as a tensor scalar; nil for non-numbers, and PyTorch's error for ints beyond int64.
    private static func scalar(_ value: Value) throws -> Scalar? {
        switch value {
        case .int(let i): .int(Int64(i))
        case .float(let d): .float(d)
        case .bool(let b): .bool(b)
        case .bigInt(let b):
            throw TorchArgumentMessages.scalarOverflow(negative: b.isNegative, fitsUnsigned: b.magnitude64 != nil)
        default: nil
        }
    }

    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ interpreter: Interpreter) throws -> Value {
        guard isOperand(a), isOperand(b) else { throw interpreter.unsupported(op, a, b) }
        switch op {
        case .add:
            let (x, y) = try tensors(a, b, interpreter)
            return .tensor(try x + y)
        case .multiply:
            let (x, y) = try tensors(a, b, interpreter)
            return .tensor(try x * y)
        case .subtract:
            if case .tensor(let t) = b, !isTensor(a) { return .tensor(try t.reverseSubtracting(tensor(from: a, meeting: b))) }
            let (x, y) = try tensors(a, b, interpreter)
            return .tensor(try x - y)
        case .divide:
            if case .tensor(let t) = b, !isTensor(a) { return .tensor(try t.reciprocal() * tensor(from: a, meeting: b)) }
            let (x, y) = try tensors(a, b, interpreter)
            return .tensor(try x / y)
        case .power:
            return try power(a, b)
        case .modulo:
            return .tensor(try tensor(from: a, meeting: b).remainder(tensor(from: b, meeting: a)))
        case .floorDivide:
            return .tensor(try tensor(from: a, meeting: b).floorDivide(tensor(from: b, meeting: a)))
        case .matrixMultiply:
            guard case .tensor(let x) = a, case .tensor(let y) = b else { throw interpreter.unsupported(op, a, b) }
            return .tensor(try x.matmul(y))
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .leftShift, .rightShift:
            let (x, y) = try tensors(a, b, interpreter)
            return .tensor(try x.bitwise(bitwiseOperator(op), y))
        }
    }

    private static func bitwiseOperator(_ op: BinaryOperator) -> BitwiseOperator {
        switch op {
        case .bitwiseOr: .or
        case .bitwiseXor: .xor
        case .leftShift: .shiftLeft
        case .rightShift: .shiftRight
        default: .and
        }
    }

    /// `div(other, rounding_mode=mode)` (`DivBackward2`), a Python number wrapped as `/` wraps it.
    static func divide(_ t: Tensor, _ other: Value, roundingMode mode: Value, _ interpreter: Interpreter) throws -> Value {
        let rounding: RoundingMode?
        switch mode {
        case .noneValue: rounding = nil
        case .string(let s) where RoundingMode(rawValue: s) != nil: rounding = RoundingMode(rawValue: s)
        case .string(let s):
            throw PythonError(
                .runtimeError, "div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '\(s)'")
        default:
            throw PythonError(.typeError, "div(): argument 'rounding_mode' must be str, not \(mode.typeName)")
        }
        let (x, y) = try tensors(.tensor(t), other, interpreter)
        return .tensor(try x.divide(y, roundingMode: rounding))
    }

    /// `a ** b` with a tensor on either side (`PowBackward0/1/2`).
    static func power(_ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.tensor(let t), .tensor(let e)): return .tensor(try t.pow(e))
        case (.tensor(let t), _):
            guard let e = try scalar(b) else { break }
            return .tensor(try t.pow(e))
        case (_, .tensor(let e)):
            guard let base = try scalar(a) else { break }
            return .tensor(try Tensor.pow(base: base, exponent: e))
        default: break
        }
        throw PythonError(
            .typeError, "unsupported operand type(s) for ** or pow(): '\(a.typeName)' and '\(b.typeName)'")
    }

    private static func isTensor(_ v: Value) -> Bool {
        if case .tensor = v { return true }
        return false
    }

    private static func isOperand(_ v: Value) -> Bool {
        switch v {
        case .tensor, .int, .bigInt, .float, .bool: true
        default: false
        }
    }

    /// `t op= v` in place, with PyTorch's leaf check.
    static func inPlace(_ op: BinaryOperator, _ t: Tensor, _ v: Value, _ interpreter: Interpreter) throws -> Value {
        let other = try tensor(from: v, meeting: .tensor(t))
        let kind: Arithmetic? =
            switch op {
            case .add: .add
            case .subtract: .sub
            case .multiply: .mul
            case .divide: .div
            default: nil
            }
        guard let kind else {
            guard LogicalBinding.bitwise.contains(where: { $0.1 == op }) else {
                return try binary(op, .tensor(t), v, interpreter)
            }
            guard case .tensor(let result) = try binary(op, .tensor(t), v, interpreter) else { return .tensor(t) }
            return try LogicalBinding.writeBack(result, into: t)
        }
        try t.applyInPlace(kind, other)
        return .tensor(t)
    }

    static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value, _ interpreter: Interpreter) throws -> Value {
        let kind: Comparison
        switch op {
        case .equal: kind = .equal
        case .notEqual: kind = .notEqual
        case .less: kind = .less
        case .lessOrEqual: kind = .lessOrEqual
        case .greater: kind = .greater
        case .greaterOrEqual: kind = .greaterOrEqual
        default: return .bool(false)
        }
        guard isOperand(a), isOperand(b) else {
            if op == .equal { return .bool(false) }
            if op == .notEqual { return .bool(true) }
            throw PythonError(.typeError, "'\(op.symbol)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
        let (x, y) = try tensors(a, b, interpreter)
        return .tensor(try kind.compute(x, y))
    }

    static func invert(_ t: Tensor) throws -> Tensor {
        guard !t.dtype.isFloatingPoint else {
            throw PythonError(.typeError, "~ (operator.invert) is only implemented on integer and Boolean-type tensors")
        }
        return try t.bitwiseNot()
    }
}

/// Python numbers already wrapped as 0-d tensors, reused across operations (`x * 2` in a loop).
///
/// Sharing is safe because a wrapped number is never written: no Python name refers to it, it
/// never requires grad, and a graph that saves it treats it as a constant.
final class WrappedNumberCache {
    private struct Entry {
        let kind: UInt8
        let dtype: DType
        let bits: UInt64
        let tensor: Tensor
    }

    private var entries = [Entry?](repeating: nil, count: 64)

    /// `Tensor.wrapping(value, meeting: partner)`, made once per value and dtype while it stays cached.
    func tensor(_ value: Scalar, meeting partner: Tensor) -> Tensor {
        let (kind, bits): (UInt8, UInt64) =
            switch value {
            case .bool(let b): (0, b ? 1 : 0)
            case .int(let i): (1, UInt64(bitPattern: i))
            case .float(let d): (2, d.bitPattern)
            }
        let dtype = partner.dtype
        let mixed = (bits ^ UInt64(kind) ^ (UInt64(dtype.itemSize) << 8)) &* 0x9E37_79B9_7F4A_7C15
        let index = Int(truncatingIfNeeded: mixed >> 58)
        if let entry = entries[index], entry.kind == kind, entry.bits == bits, entry.dtype == dtype {
            return entry.tensor
        }
        let made = Tensor.wrapping(value, meeting: partner)
        entries[index] = Entry(kind: kind, dtype: dtype, bits: bits, tensor: made)
        return made
    }
}
