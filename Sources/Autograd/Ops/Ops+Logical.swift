/// Element tests (`isnan`, `isinf`, …), logical ops and bitwise ops. Their results are bool or
/// integer tensors, which PyTorch never records in a graph, so none of them has a node.

/// What `isnan`/`isinf`/`isfinite`/`isposinf`/`isneginf`/`signbit` ask of each element.
public enum ElementTest: Sendable {
    case isNaN, isInf, isFinite, isPosInf, isNegInf, signBit

    fileprivate func holds<T: FloatElement>(_ v: T) -> Bool {
        switch self {
        case .isNaN: v.isNaN
        case .isInf: v.isInfinite
        case .isFinite: v.isFinite
        case .isPosInf: v == .infinity
        case .isNegInf: v == -.infinity
        case .signBit: v.sign == .minus
        }
    }

    /// Integers are never NaN or infinite; their sign bit is set when negative.
    fileprivate func holds<T: IntegerElement>(integer v: T) -> Bool {
        switch self {
        case .isFinite: true
        case .signBit: v < 0
        case .isNaN, .isInf, .isPosInf, .isNegInf: false
        }
    }
}

/// `logical_and`/`logical_or`/`logical_xor`: each operand is true where it is non-zero.
public enum LogicalOperator: Sendable {
    case and, or, xor

    fileprivate func apply(_ a: Bool, _ b: Bool) -> Bool {
        switch self {
        case .and: a && b
        case .or: a || b
        case .xor: a != b
        }
    }
}

/// `&`, `|`, `^`, `<<`, `>>` on integer and bool tensors, in the promoted dtype.
public enum BitwiseOperator: Sendable {
    case and, or, xor, shiftLeft, shiftRight

    /// ATen's kernel name, which its "not implemented for 'Float'" error quotes.
    var kernelName: String {
        switch self {
        case .and: "bitwise_and_cpu"
        case .or: "bitwise_or_cpu"
        case .xor: "bitwise_xor_cpu"
        case .shiftLeft: "lshift_cpu"
        case .shiftRight: "rshift_cpu"
        }
    }

    /// ATen's shifts: a count below zero or at least the width gives 0 to the left and the sign
    /// fill to the right, instead of C's undefined behaviour.
    fileprivate func apply<T: IntegerElement>(_ a: T, _ b: T) -> T {
        switch self {
        case .and: return a & b
        case .or: return a | b
        case .xor: return a ^ b
        case .shiftLeft:
            return b < 0 || b >= T.bitWidth ? 0 : a << b
        case .shiftRight:
            let widest = T.bitWidth - 1
            return b < 0 || b >= widest ? a >> widest : a >> b
        }
    }

    fileprivate func apply(_ a: Bool, _ b: Bool) -> Bool? {
        switch self {
        case .and: a && b
        case .or: a || b
        case .xor: a != b
        case .shiftLeft, .shiftRight: nil
        }
    }
}

extension Tensor {
    /// `isnan()`, `isinf()`, … : a bool tensor of this shape.
    public func test(_ test: ElementTest) throws -> Tensor {
        try dtype.dispatch(ElementTestKernel(a: self, test: test))
    }

    /// `logical_not()`: true where the element is zero.
    public func logicalNot() throws -> Tensor {
        try Comparison.equal.compute(self, Tensor.wrapping(.int(0), meeting: self))
    }

    /// `logical_and/or/xor(other)`, broadcast; each side is compared with zero in its own dtype.
    public func logical(_ op: LogicalOperator, _ other: Tensor) throws -> Tensor {
        let (a, b) = (try truth(), try other.truth())
        let shape = try Broadcast.shape(a.shape, b.shape)
        return try Kernels.zip(a, b, Bool.self, shape: shape, to: .bool) { op.apply($0, $1) }
    }

    /// `bitwise_and/or/xor`, `<<`, `>>`: integer or bool operands in the promoted dtype;
    /// floating operands raise ATen's "not implemented for 'Float'".
    public func bitwise(_ op: BitwiseOperator, _ other: Tensor) throws -> Tensor {
        let o = try BinaryOperands(self, other)
        return try o.dtype.dispatch(BitwiseKernel(o: o, op: op))
    }

    /// `bitwise_not()` / `~`: the complement of integers, the negation of bools.
    public func bitwiseNot() throws -> Tensor {
        try dtype.dispatch(BitwiseNotKernel(a: self))
    }

    /// Non-zero elements as a bool tensor (this tensor itself when it is one).
    private func truth() throws -> Tensor {
        dtype == .bool ? self : try Comparison.notEqual.compute(self, Tensor.wrapping(.int(0), meeting: self))
    }
}

private struct ElementTestKernel: DTypeVisitor {
    typealias Output = Tensor
    let a: Tensor
    let test: ElementTest

    func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
        try Kernels.map(a, T.self, to: .bool) { test.holds($0) }
    }
    func integral<T: IntegerElement>(_: T.Type) throws -> Tensor {
        try Kernels.map(a, T.self, to: .bool) { test.holds(integer: $0) }
    }
    func boolean() throws -> Tensor {
        try Kernels.map(a, Bool.self, to: .bool) { _ in test == .isFinite }
    }
}

private struct BitwiseKernel: DTypeVisitor {
    typealias Output = Tensor
    let o: BinaryOperands
    let op: BitwiseOperator

    func floating<T: FloatElement>(_: T.Type) throws -> Tensor { throw TorchError.notImplemented(op.kernelName, T.dtype) }
    func integral<T: IntegerElement>(_: T.Type) throws -> Tensor {
        try Kernels.zip(o.x, o.y, T.self, shape: o.shape, to: T.dtype) { op.apply($0, $1) }
    }
    func boolean() throws -> Tensor {
        guard op.apply(false, false) != nil else { throw TorchError.notImplemented(op.kernelName, .bool) }
        return try Kernels.zip(o.x, o.y, Bool.self, shape: o.shape, to: .bool) { op.apply($0, $1) ?? false }
    }
}

private struct BitwiseNotKernel: DTypeVisitor {
    typealias Output = Tensor
    let a: Tensor

    func floating<T: FloatElement>(_: T.Type) throws -> Tensor { throw TorchError.notImplemented("bitwise_not_cpu", T.dtype) }
    func integral<T: IntegerElement>(_: T.Type) throws -> Tensor { try Kernels.map(a, T.self, to: T.dtype) { ~$0 } }
    func boolean() throws -> Tensor { try Kernels.map(a, Bool.self, to: .bool) { !$0 } }
}
