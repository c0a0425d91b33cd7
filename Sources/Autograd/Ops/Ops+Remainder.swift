#if canImport(Glibc)
    import Glibc
#endif

extension BinaryOp {
    /// `a % b` with Python's sign rule (`torch.remainder`).
    static let remainder = BinaryOp(
        pythonName: "remainder", nodeName: "RemainderBackward0", summary: nil,
        forward: { try Division.compute($0, $1, floor: false) },
        lhsNeeds: [], rhsNeeds: [.lhs, .rhs],
        lhsDerivative: { grad, _ in grad },
        rhsDerivative: { grad, saved in
            let quotient = try GradMode.with(false) { try Division.compute(saved.lhs(), saved.rhs(), floor: true) }
            return try grad.negated() * quotient
        })
}

extension Tensor {
    /// `self % other` (`torch.remainder`, `RemainderBackward0`).
    public func remainder(_ other: Tensor) throws -> Tensor { try BinaryOp.remainder(self, other) }

    /// `self // other` (`torch.floor_divide`); PyTorch defines no derivative, so its node refuses backward.
    public func floorDivide(_ other: Tensor) throws -> Tensor {
        let result = try Division.compute(self, other, floor: true)
        if GraphRecorder.shouldRecord([self, other]) {
            Division.floorDivideRow.record(result, inputs: [self, other], params: ())
        }
        return result
    }
}

extension Division {
    /// PyTorch declares no derivative for `floor_divide`: its node is `NotImplemented`, whose backward raises.
    static let floorDivideRow = OpRow<Void>(
        "NotImplemented", python: nil,
        probe: .refusing(shapes: [[3], [3]]) { try $0[0].floorDivide($0[1]) }
    ) { _, _, _ in throw TorchError.runtime("derivative for floor_divide is not implemented") }
}

/// Forward kernels of floor division and Python-style remainder.
enum Division {
    static func compute(_ a: Tensor, _ b: Tensor, floor: Bool) throws -> Tensor {
        let o = try BinaryOperands(a, b)
        return try o.dtype.dispatch(Divide(o: o, floor: floor))
    }

    private struct Divide: DTypeVisitor {
        typealias Output = Tensor
        /// Held whole and read in place, so building the visitor retains nothing more.
        let o: BinaryOperands
        let floor: Bool

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor { try Division.floating(o.x, o.y, T.self, o.shape, floor) }
        func integral<T: IntegerElement>(_: T.Type) throws -> Tensor { try Division.integral(o.x, o.y, T.self, o.shape, floor) }
        func boolean() throws -> Tensor {
            let result = try Division.integral(o.x.converted(to: .int64), o.y.converted(to: .int64), Int64.self, o.shape, floor)
            return try result.converted(to: .int64)
        }
    }

    fileprivate static func floating<T: FloatElement>(_ x: Tensor, _ y: Tensor, _: T.Type, _ shape: [Int], _ floor: Bool) throws
        -> Tensor
    {
        if floor {
            return try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { Division.floorQuotient($0, $1) }
        }
        return try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { a, b in
            var m = a.truncatingRemainder(dividingBy: b)
            if m != 0 && ((b < 0) != (m < 0)) { m += b }
            return m
        }
    }

    /// ATen's `div_floor_floating_vec`, in the element type: the quotient of `a - fmod(a, b)`, one
    /// less when the remainder's sign differs from the divisor's, rounded to the nearest integer
    /// (it is one already, up to rounding); a zero quotient takes the sign of `a / b`.
    static func floorQuotient<T: FloatElement>(_ a: T, _ b: T) -> T {
        let plain = a / b
        guard b != 0 else { return plain }
        let m = a.truncatingRemainder(dividingBy: b)
        var q = (plain.magnitude == .infinity && a.magnitude != .infinity ? a : a - m) / b
        if m != 0 && ((b < 0) != (m < 0)) { q -= 1 }
        guard q != 0 else { return T(signOf: plain, magnitudeOf: 0) }
        let down = q.rounded(.down)
        return q - down > 0.5 ? down + 1 : down
    }

    fileprivate static func integral<T: IntegerElement>(
        _ x: Tensor, _ y: Tensor, _: T.Type, _ shape: [Int], _ floor: Bool
    ) throws -> Tensor {
        if try y.checkedScalars().contains(where: { $0.doubleValue == 0 }) { throw TorchError.runtime("ZeroDivisionError") }
        return try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { a, b in
            if b == -1 { return floor ? 0 &- a : 0 }
            let q = a / b
            let r = a % b
            let adjust = r != 0 && ((r < 0) != (b < 0))
            return floor ? (adjust ? q - 1 : q) : (adjust ? r + b : r)
        }
    }
}
