#if canImport(Glibc)
    import Glibc
#endif

extension BinaryOp {
    /// `a % b` with Python's sign rule (`torch.remainder`).
    static let remainder = BinaryOp(
        pythonName: "remainder", nodeName: "RemainderBackward0",
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
            GraphRecorder.record(result, name: "NotImplemented", inputs: [self, other]) { _, _ in
                throw TorchError.runtime("derivative for floor_divide is not implemented")
            }
        }
        return result
    }
}

/// Forward kernels of floor division and Python-style remainder.
enum Division {
    static func compute(_ a: Tensor, _ b: Tensor, floor: Bool) throws -> Tensor {
        let dtype = TypePromotion.resultType([a, b])
        let shape = try Broadcast.shape(a.shape, b.shape)
        let x = try a.dtype == dtype ? a : a.converted(to: dtype)
        let y = try b.dtype == dtype ? b : b.converted(to: dtype)
        switch dtype {
        case .float32: return try floating(x, y, Float.self, shape, floor)
        case .float64: return try floating(x, y, Double.self, shape, floor)
        case .int64: return try integral(x, y, Int64.self, shape, floor)
        case .int32: return try integral(x, y, Int32.self, shape, floor)
        case .bool:
            let result = try integral(x.converted(to: .int64), y.converted(to: .int64), Int64.self, shape, floor)
            return try result.converted(to: .int64)
        }
    }

    private static func floating<T: FloatElement>(_ x: Tensor, _ y: Tensor, _: T.Type, _ shape: [Int], _ floor: Bool) throws
        -> Tensor
    {
        if floor {
            return try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { a, b in
                guard b != 0 else { return a / b }
                let m = Double(a).truncatingRemainder(dividingBy: Double(b))
                var q = (Double(a) - m) / Double(b)
                if m != 0 && ((b < 0) != (m < 0)) { q -= 1 }
                return T(q.rounded(.down) == q ? q : q.rounded(.down))
            }
        }
        return try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { a, b in
            var m = a.truncatingRemainder(dividingBy: b)
            if m != 0 && ((b < 0) != (m < 0)) { m += b }
            return m
        }
    }

    private static func integral<T: NumericElement & FixedWidthInteger>(
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
