#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `masked_fill`, `clamp_min`/`clamp_max`, `atan2` and `isclose`, each declared once.
extension Pointwise {
    static let maskedFillSignature = PythonSignature(
        "masked_fill", "Tensor.masked_fill(mask, value) -> Tensor",
        "A copy with value (a number or a 0-d tensor) wherever the bool mask (broadcast) is True.")

    /// `masked_fill` with a Python number: the gradient is zero where the mask filled.
    static let maskedFillNumber = OpRow<([Int], DType)>(
        "MaskedFillBackward0", python: maskedFillSignature, overload: "number", saves: [.condition],
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].maskedFill(probeMask(), .float(0.5)) }
    ) { grad, saved, input in
        [try Tensor.where(saved(.condition), .wrapping(.int(0)), grad).reduced(toShape: input.0, dtype: input.1)]
    }

    /// `masked_fill` with a 0-d tensor: its gradient is the sum of the filled positions' gradients.
    static let maskedFillTensor = OpRow<([Int], DType)>(
        "MaskedFillBackward1", python: maskedFillSignature, overload: "0-d tensor", saves: [.condition],
        probe: GradientProbe(shapes: [[2, 3], []]) { try $0[0].maskedFill(probeMask(), $0[1]) }
    ) { grad, saved, input in
        let mask = try saved(.condition)
        let zero = Tensor.wrapping(.int(0))
        let gradSelf = saved.needsGrad(0) ? try Tensor.where(mask, zero, grad).reduced(toShape: input.0, dtype: input.1) : nil
        let gradValue = saved.needsGrad(1) ? try Tensor.where(mask, grad, zero).sum() : nil
        return [gradSelf, gradValue]
    }

    static func probeMask() throws -> Tensor {
        try Tensor.from([.bool(true), .bool(false), .bool(true)], shape: [3], dtype: .bool)
    }

    static let clampMin = OpRow<Scalar>(
        "ClampMinBackward0",
        python: PythonSignature("clamp_min", "Tensor.clamp_min(min) -> Tensor", "Each element raised to at least min."),
        saves: [.input], probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].clampMin(.float(0.1)) }
    ) { grad, saved, low in
        [try Tensor.where(Comparison.greater.compute(saved.input(), .wrapping(low)), grad, .wrapping(.int(0)))]
    }

    static let clampMax = OpRow<Scalar>(
        "ClampMaxBackward0",
        python: PythonSignature("clamp_max", "Tensor.clamp_max(max) -> Tensor", "Each element lowered to at most max."),
        saves: [.input], probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].clampMax(.float(0.1)) }
    ) { grad, saved, high in
        [try Tensor.where(Comparison.less.compute(saved.input(), .wrapping(high)), grad, .wrapping(.int(0)))]
    }

    static let maskingRows: [AnyOpRow] = [maskedFillNumber, maskedFillTensor, clampMin, clampMax]
}

extension BinaryOp {
    /// `atan2(y, x)`: the angle of the point (x, y).
    static let atan2 = BinaryOp(
        pythonName: "atan2", nodeName: "Atan2Backward0",
        summary: "The angle of the point (other, self) elementwise, in (-pi, pi].",
        forward: { try Pointwise.floating($0, $1, ArcTangent2.self) },
        lhsNeeds: [.lhs, .rhs], rhsNeeds: [.lhs, .rhs],
        lhsDerivative: { grad, saved in
            let (y, x) = (try saved.lhs(), try saved.rhs())
            return try grad * x / (y * y + x * x)
        },
        rhsDerivative: { grad, saved in
            let (y, x) = (try saved.lhs(), try saved.rhs())
            return try grad * y.negated() / (y * y + x * x)
        })
}

enum ArcTangent2: BinaryFormula {
    static func apply<T: FloatElement>(_ a: T, _ b: T) -> T { T(Glibc.atan2(Double(a), Double(b))) }
}

extension Tensor {
    /// `masked_fill(mask, value)` with a number.
    public func maskedFill(_ mask: Tensor, _ value: Scalar) throws -> Tensor {
        let result = try maskedFillForward(mask, Tensor.wrapping(value.checkedConvert(to: dtype)))
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Pointwise.maskedFillNumber.record(result, inputs: [self], saving: [mask], params: (shape, dtype))
        return result
    }

    /// `masked_fill(mask, value)` with a 0-d tensor, which receives a gradient too.
    public func maskedFill(_ mask: Tensor, _ value: Tensor) throws -> Tensor {
        guard value.dim == 0 else {
            throw TorchError.runtime(
                "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with \(value.dim) dimension(s).")
        }
        let result = try maskedFillForward(mask, value)
        guard GraphRecorder.shouldRecord([self, value]) else { return result }
        Pointwise.maskedFillTensor.record(result, inputs: [self, value], saving: [mask], params: (shape, dtype))
        return result
    }

    private func maskedFillForward(_ mask: Tensor, _ value: Tensor) throws -> Tensor {
        guard mask.dtype == .bool else {
            throw TorchError.runtime("masked_fill_ only supports boolean masks, but got mask with dtype \(mask.dtype.cTypeName)")
        }
        let shape = try Broadcast.shape(self.shape, mask.shape)
        guard shape == self.shape else {
            throw TorchError.runtime(
                "The expanded size of the tensor (\(self.shape.last ?? 0)) must match the existing size (\(mask.shape.last ?? 0)) at non-singleton dimension \(max(self.dim - 1, 0)).  Target sizes: \(self.shape).  Tensor sizes: \(mask.shape)"
            )
        }
        return try GradMode.with(false) { try Pointwise.select(mask, value.converted(to: dtype), self) }
    }

    public func clampMin(_ low: Scalar) throws -> Tensor {
        let result = try GradMode.with(false) { try clamp(min: low, max: nil) }
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Pointwise.clampMin.record(result, inputs: [self], saving: [self], params: low)
        return result
    }

    public func clampMax(_ high: Scalar) throws -> Tensor {
        let result = try GradMode.with(false) { try clamp(min: nil, max: high) }
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Pointwise.clampMax.record(result, inputs: [self], saving: [self], params: high)
        return result
    }

    public func atan2(_ other: Tensor) throws -> Tensor { try BinaryOp.atan2(self, other) }

    /// `isclose`: `|a - b| <= atol + rtol * |b|`, equal infinities close, NaNs close only with `equalNaN`.
    public func isClose(_ other: Tensor, rtol: Double, atol: Double, equalNaN: Bool) throws -> Tensor {
        let shape = try Broadcast.shape(self.shape, other.shape)
        let a = Kernels.broadcastValues(try converted(to: .float64), Double.self, to: shape)
        let b = Kernels.broadcastValues(try other.converted(to: .float64), Double.self, to: shape)
        let close = a.indices.map { i -> Scalar in
            let (x, y) = (a[i], b[i])
            if x == y { return .bool(true) }
            if x.isNaN || y.isNaN { return .bool(equalNaN && x.isNaN && y.isNaN) }
            if !x.isFinite || !y.isFinite { return .bool(false) }
            return .bool(Swift.abs(x - y) <= atol + rtol * Swift.abs(y))
        }
        return try Tensor.from(close, shape: shape, dtype: .bool)
    }
}
