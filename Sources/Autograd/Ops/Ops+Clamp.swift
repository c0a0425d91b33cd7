/// `clamp`, `maximum`/`minimum` and `where`: ops that pick between values.
extension Tensor {
    /// `clamp(min, max)` with Python-number bounds (`ClampBackward1`); at least one bound is required.
    public func clamp(min low: Scalar?, max high: Scalar?) throws -> Tensor {
        guard low != nil || high != nil else {
            throw TorchError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None")
        }
        let result = try Pointwise.clamped(self, low, high)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Pointwise.clampNumbers.record(result, inputs: [self], saving: [self], params: (low, high))
        return result
    }

    /// `clamp(min, max)` with tensor bounds (`ClampBackward0`): `minimum(maximum(x, min), max)`,
    /// a value tied with a bound sharing the gradient with it.
    public func clamp(min low: Tensor?, max high: Tensor?) throws -> Tensor {
        guard low != nil || high != nil else {
            throw TorchError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None")
        }
        let raised = try low.map { try Pointwise.extremum(self, $0, larger: true) } ?? self
        let result = try high.map { try Pointwise.extremum(raised, $0, larger: false) } ?? raised
        let bounds = [low, high].map { $0 ?? Tensor.wrapping(.int(0)) }
        guard GraphRecorder.shouldRecord([self] + bounds) else { return result }
        Pointwise.clampTensors.record(
            result, inputs: [self] + bounds, saving: [self] + bounds,
            params: (shapes: ([self] + bounds).map { ($0.shape, $0.dtype) }, hasLow: low != nil, hasHigh: high != nil))
        return result
    }

    /// A clamp bound on this integer tensor from a Python int beyond its dtype (`2**63` on int64):
    /// nil when it clamps nothing, else PyTorch's `Clamp min value … is outside the representable range`.
    public func clampBoundBeyondRange(_ value: Double, lower: Bool) throws -> Scalar? {
        try Pointwise.outsideRange(value, dtype, lower: lower, below: value < 0)
    }

    /// `clamp_(min, max)`: clamps in place, keeping the dtype.
    public func clampInPlace(min low: Scalar?, max high: Scalar?) throws {
        let resultType = TypePromotion.resultType([self] + [low, high].compactMap { $0.map(Tensor.wrapping) })
        if TypePromotion.promote(resultType, dtype) != dtype {
            throw TorchError.runtime(
                "result type \(resultType.scalarTypeName) can't be cast to the desired output type \(dtype.cTypeName)"
            )
        }
        try updateInPlace { try $0.clamp(min: low, max: high) }
    }

    /// `torch.maximum(self, other)` (`MaximumBackward0`).
    public func maximum(_ other: Tensor) throws -> Tensor { try BinaryOp.maximum(self, other) }

    /// `torch.minimum(self, other)` (`MinimumBackward0`).
    public func minimum(_ other: Tensor) throws -> Tensor { try BinaryOp.minimum(self, other) }

    /// `torch.where(condition, a, b)` (`WhereBackward0`); the condition must be a bool tensor.
    public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard condition.dtype == .bool else {
            throw TorchError.runtime(
                "where expected condition to be a boolean tensor, but got a tensor with dtype \(condition.dtype.scalarTypeName)"
            )
        }
        let result = try Pointwise.select(condition, a, b)
        guard GraphRecorder.shouldRecord([a, b]) else { return result }
        Pointwise.choose.record(
            result, inputs: [a, b], saving: [condition], params: (a: (a.shape, a.dtype), b: (b.shape, b.dtype)))
        return result
    }
}

extension BinaryOp {
    /// Ties split the gradient evenly between the two inputs.
    static let maximum = BinaryOp(
        pythonName: "maximum", nodeName: "MaximumBackward0",
        summary: "The larger of the two tensors at each position (other must be a tensor);\nties split the gradient in half.",
        forward: { try Pointwise.extremum($0, $1, larger: true) },
        lhsNeeds: [.lhs, .rhs], rhsNeeds: [.lhs, .rhs],
        lhsDerivative: { grad, saved in try Pointwise.splitTies(grad, saved.lhs(), saved.rhs(), zeroWhere: .less) },
        rhsDerivative: { grad, saved in try Pointwise.splitTies(grad, saved.lhs(), saved.rhs(), zeroWhere: .greater) })

    static let minimum = BinaryOp(
        pythonName: "minimum", nodeName: "MinimumBackward0",
        summary: "The smaller of the two tensors at each position (other must be a tensor);\nties split the gradient in half.",
        forward: { try Pointwise.extremum($0, $1, larger: false) },
        lhsNeeds: [.lhs, .rhs], rhsNeeds: [.lhs, .rhs],
        lhsDerivative: { grad, saved in try Pointwise.splitTies(grad, saved.lhs(), saved.rhs(), zeroWhere: .greater) },
        rhsDerivative: { grad, saved in try Pointwise.splitTies(grad, saved.lhs(), saved.rhs(), zeroWhere: .less) })
}

extension Pointwise {
    /// `where(a == b, grad / 2, grad)` with zeros where `a (op) b`, as PyTorch's `maximum` backward.
    static func splitTies(_ grad: Tensor, _ a: Tensor, _ b: Tensor, zeroWhere op: Comparison) throws -> Tensor {
        let halved = try Tensor.where(Comparison.equal.compute(a, b), grad / Tensor.wrapping(.int(2)), grad)
        return try Tensor.where(op.compute(a, b), Tensor.wrapping(.int(0)), halved)
    }

    /// Gradients of `minimum(maximum(x, lo), hi)` for `x`, `lo` and `hi`, through the tie-splitting rules.
    static func clampGradients(_ grad: Tensor, _ x: Tensor, _ lo: Tensor?, _ hi: Tensor?) throws -> [Tensor?] {
        let raised = try lo.map { try extremum(x, $0, larger: true) } ?? x
        var gradRaised = grad
        var gradHigh: Tensor?
        if let hi {
            gradHigh = try splitTies(grad, raised, hi, zeroWhere: .less)
            gradRaised = try splitTies(grad, raised, hi, zeroWhere: .greater)
        }
        guard let lo else { return [gradRaised, nil, gradHigh] }
        return [
            try splitTies(gradRaised, x, lo, zeroWhere: .less), try splitTies(gradRaised, x, lo, zeroWhere: .greater),
            gradHigh,
        ]
    }

    /// The kernel of `clamp`, as ATen's: NaN stays NaN; `min > max` gives `max` everywhere; a NaN
    /// bound gives NaN everywhere; a float bound is checked by `checked_convert`, an int bound on an
    /// int tensor by `prepare_clamp_bound` (beyond the type on the side that clamps nothing, it is
    /// dropped; on the other side it is PyTorch's error).
    static func clamped(_ a: Tensor, _ low: Scalar?, _ high: Scalar?) throws -> Tensor {
        let bounds = [low, high].compactMap { $0.map(Tensor.wrapping) }
        let dtype = TypePromotion.resultType([a] + bounds)
        let x = try a.dtype == dtype ? a : a.converted(to: dtype)
        if dtype.isFloatingPoint, [low, high].contains(where: { $0?.doubleValue.isNaN == true }) {
            return try Tensor.full(a.shape, .float(.nan), dtype: dtype)
        }
        let lo = try clampBound(low, dtype, lower: true)
        let hi = try clampBound(high, dtype, lower: false)
        return try dtype.dispatch(Clamped(x: x, low: lo, high: hi))
    }

    private static func clampBound(_ bound: Scalar?, _ dtype: DType, lower: Bool) throws -> Scalar? {
        guard let bound, dtype.isIntegral, case .int(let value) = bound else { return try bound?.checkedConvert(to: dtype) }
        guard dtype == .int32, Int32(exactly: value) == nil else { return bound }
        return try outsideRange(Double(value), dtype, lower: lower, below: value < 0)
    }

    /// An int bound outside an int dtype: nil (no clamp) on the side it cannot reach, else the error.
    static func outsideRange(_ value: Double, _ dtype: DType, lower: Bool, below: Bool) throws -> Scalar? {
        if lower == below { return nil }
        let (side, shown) = (lower ? "min" : "max", NumberFormat.general(value, digits: 6))
        throw TorchError.runtime("Clamp \(side) value \(shown) is outside the representable range of \(dtype.scalarTypeName)")
    }

    private struct Clamped: DTypeVisitor {
        typealias Output = Tensor
        let x: Tensor
        let low: Scalar?
        let high: Scalar?

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor { try run(T.self) { $0.isNaN } }
        func integral<T: IntegerElement>(_: T.Type) throws -> Tensor { try run(T.self) { _ in false } }
        func boolean() throws -> Tensor {
            let kernel = low == nil ? "clamp_max_scalar_cpu" : high == nil ? "clamp_min_scalar_cpu" : "clamp_scalar_cpu"
            throw TorchError.notImplemented(kernel, .bool)
        }

        /// `std::min(std::max(v, lo), hi)`: a tie keeps `v`, so `-0.0` clamped at `0.0` stays `-0.0`.
        private func run<T: NumericElement>(_: T.Type, isNaN: (T) -> Bool) throws -> Tensor {
            let lo = low.map { T(scalar: $0) }
            let hi = high.map { T(scalar: $0) }
            return try Kernels.map(x, T.self, to: T.dtype) { v in
                if isNaN(v) { return v }
                var r = v
                if let lo, r < lo { r = lo }
                if let hi, hi < r { r = hi }
                return r
            }
        }
    }

    /// `maximum`/`minimum` with promotion and broadcasting; NaN wins, as in PyTorch.
    static func extremum(_ a: Tensor, _ b: Tensor, larger: Bool) throws -> Tensor {
        let o = try BinaryOperands(a, b)
        return try o.dtype.dispatch(Extremum(o: o, larger: larger))
    }

    private struct Extremum: DTypeVisitor {
        typealias Output = Tensor
        /// Held whole and read in place, so building the visitor retains nothing more.
        let o: BinaryOperands
        let larger: Bool

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
            try Kernels.zip(o.x, o.y, T.self, shape: o.shape, to: T.dtype) { $0.isNaN || $1.isNaN ? $0 + $1 : pick($0, $1) }
        }
        func integral<T: IntegerElement>(_: T.Type) throws -> Tensor {
            try Kernels.zip(o.x, o.y, T.self, shape: o.shape, to: T.dtype) { pick($0, $1) }
        }
        func boolean() throws -> Tensor {
            try Kernels.zip(o.x, o.y, Bool.self, shape: o.shape, to: .bool) { larger ? $0 || $1 : $0 && $1 }
        }

        private func pick<T: NumericElement>(_ p: T, _ q: T) -> T { larger ? Swift.max(p, q) : Swift.min(p, q) }
    }

    /// The kernel of `where`: promotion of the two value operands and broadcasting of all three.
    static func select(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let dtype = TypePromotion.resultType([a, b])
        // A Python number on either side is converted to the result dtype with `checked_convert`
        // (`torch.where(c, t, 1e308)` on float32 is PyTorch's overflow error).
        for operand in [a, b] where operand.isWrappedNumber { _ = try operand.element(at: 0).checkedConvert(to: dtype) }
        let shape = try Broadcast.shape(Broadcast.shape(condition.shape, a.shape), b.shape)
        let mask = Kernels.broadcastValues(condition, Bool.self, to: shape)
        let (x, y) = try (a.dtype == dtype ? a : a.converted(to: dtype), b.dtype == dtype ? b : b.converted(to: dtype))
        return try dtype.dispatch(Select(mask: mask, x: x, y: y, shape: shape))
    }

    private struct Select: ElementVisitor {
        typealias Output = Tensor
        let mask: [Bool]
        let x: Tensor
        let y: Tensor
        let shape: [Int]

        func visit<T: TensorElement>(_: T.Type) throws -> Tensor {
            let xs = Kernels.broadcastValues(x, T.self, to: shape)
            let ys = Kernels.broadcastValues(y, T.self, to: shape)
            return try Kernels.tensor(mask.indices.map { mask[$0] ? xs[$0] : ys[$0] }, shape: shape, dtype: T.dtype)
        }
    }
}
