/// `div(other, rounding_mode=…)`'s rounding: toward zero or toward negative infinity.
public enum RoundingMode: String, Sendable {
    case trunc, floor
}

extension Tensor {
    /// `div(other, rounding_mode=mode)` (`DivBackward2`): true division for `nil`, otherwise the
    /// quotient rounded in the operands' promoted dtype (integers stay integers). A rounded
    /// quotient has a zero gradient, as in PyTorch; both operands are saved either way.
    public func divide(_ other: Tensor, roundingMode mode: RoundingMode?) throws -> Tensor {
        let result: Tensor
        if let mode {
            let o = try BinaryOperands(self, other)
            result = try o.dtype.dispatch(RoundedDivision(o: o, mode: mode))
        } else {
            result = try GradMode.with(false) { try self / other }
        }
        if GraphRecorder.shouldRecord([self, other]) {
            Division.divModeRow.record(result, inputs: [self, other], saving: [self, other], params: mode)
        }
        return result
    }
}

extension Division {
    static let divSignature = PythonSignature(
        "div", "Tensor.div(other, *, rounding_mode=None) -> Tensor",
        "Elementwise division. rounding_mode='trunc' rounds the quotient toward zero, 'floor' toward\nnegative infinity (both keep integer dtypes and have a zero gradient); None is true division."
    )

    /// `Params`: the rounding mode, `nil` for true division.
    static let divModeRow = OpRow<RoundingMode?>(
        "DivBackward2", python: divSignature, overload: "rounding_mode=", saves: [.input, .other],
        probe: GradientProbe(shapes: [[2, 3], [3]], low: 0.5, high: 1.5) {
            try $0[0].divide($0[1], roundingMode: nil)
        }
    ) { grad, saved, mode in
        let (a, b) = (try saved.input(), try saved(.other))
        guard mode == nil else {
            return [
                saved.needsGrad(0) ? try Tensor(zeros: a.shape, dtype: a.dtype) : nil,
                saved.needsGrad(1) ? try Tensor(zeros: b.shape, dtype: b.dtype) : nil,
            ]
        }
        return [
            saved.needsGrad(0) ? try (grad / b).reduced(toShape: a.shape, dtype: a.dtype) : nil,
            saved.needsGrad(1) ? try (grad.negated() * ((a / b) / b)).reduced(toShape: b.shape, dtype: b.dtype) : nil,
        ]
    }
}

/// ATen's `div_trunc` and `div_floor` kernels in the promoted dtype.
private struct RoundedDivision: DTypeVisitor {
    typealias Output = Tensor
    let o: BinaryOperands
    let mode: RoundingMode

    func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
        switch mode {
        case .trunc: try Kernels.zip(o.x, o.y, T.self, shape: o.shape, to: T.dtype) { ($0 / $1).rounded(.towardZero) }
        case .floor: try Kernels.zip(o.x, o.y, T.self, shape: o.shape, to: T.dtype) { Division.floorQuotient($0, $1) }
        }
    }

    func integral<T: IntegerElement>(_: T.Type) throws -> Tensor {
        if try o.y.checkedScalars().contains(where: { $0.doubleValue == 0 }) { throw TorchError.runtime("ZeroDivisionError") }
        let floor = mode == .floor
        return try Kernels.zip(o.x, o.y, T.self, shape: o.shape, to: T.dtype) { a, b in
            // `T.min / -1` wraps to `T.min`, as the hardware's quotient would.
            let (q, overflow) = a.dividedReportingOverflow(by: b)
            guard !overflow else { return q }
            return floor && q * b != a && ((a < 0) != (b < 0)) ? q - 1 : q
        }
    }

    func boolean() throws -> Tensor { throw TorchError.notImplemented("div_\(mode.rawValue)_cpu", .bool) }
}
