/// `lerp`, `addcmul` and `addcdiv` out of place: differentiable, broadcasting over all their
/// tensors, each element rounded as ATen's CPU kernels round it (the same kernels as the
/// optimizers' in-place updates, `FusedUpdate`: `lerp` is one fused multiply-add from the nearer
/// end, `addcmul` is `fma(value * t1, t2, self)`, `addcdiv` is `self + value * t1 / t2`).
enum Interpolation {
    /// The shape and dtype of each tensor input, to reduce its gradient to.
    typealias Inputs = [([Int], DType)]

    static let lerpSignature = PythonSignature(
        "lerp", "Tensor.lerp(end, weight) -> Tensor",
        """
        self + weight * (end - self) for each element (broadcasting); weight is a number or a tensor.
        end and a tensor weight must have self's dtype.
        """)

    /// `lerp` with a Python-number weight: nothing saved but the number.
    static let lerpNumber = OpRow<(weight: Scalar, inputs: Inputs)>(
        "LerpBackward0", python: lerpSignature, overload: "number weight",
        probe: GradientProbe(shapes: [[2, 3], [3]]) { try $0[0].lerp($0[1], weight: .float(0.3)) }
    ) { grad, saved, p in
        let w = p.weight.doubleValue
        return try reducedGradients(
            [
                saved.needsGrad(0) ? grad * Tensor.wrapping(.float(1 - w)) : nil,
                saved.needsGrad(1) ? grad * Tensor.wrapping(p.weight) : nil,
            ], p.inputs)
    }

    /// `lerp` with a tensor weight: the weight for `self` and `end`, both ends for the weight.
    static let lerpTensor = OpRow<Inputs>(
        "LerpBackward1", python: lerpSignature, overload: "tensor weight", saves: [.weight, .end, .input],
        probe: GradientProbe(shapes: [[2, 3], [3], [2, 1]]) { try $0[0].lerp($0[1], weight: $0[2]) }
    ) { grad, saved, inputs in
        let one = Tensor.wrapping(.int(1))
        return try reducedGradients(
            [
                saved.needsGrad(0) ? grad * (one - saved(.weight)) : nil,
                saved.needsGrad(1) ? grad * saved(.weight) : nil,
                saved.needsGrad(2) ? grad * (saved(.end) - saved.input()) : nil,
            ], inputs)
    }

    static let addcmul = OpRow<(value: Scalar, inputs: Inputs)>(
        "AddcmulBackward0",
        python: PythonSignature(
            "addcmul", "Tensor.addcmul(tensor1, tensor2, *, value=1) -> Tensor",
            "self + value * tensor1 * tensor2 for each element (broadcasting)."),
        saves: [.tensor1, .tensor2],
        probe: GradientProbe(shapes: [[2, 3], [3], [2, 1]]) { try $0[0].addcmul($0[1], $0[2], value: .float(0.5)) }
    ) { grad, saved, p in
        let value = Tensor.wrapping(p.value)
        return try reducedGradients(
            [
                saved.needsGrad(0) ? grad : nil,
                saved.needsGrad(1) ? grad * (saved(.tensor2) * value) : nil,
                saved.needsGrad(2) ? grad * (saved(.tensor1) * value) : nil,
            ], p.inputs)
    }

    static let addcdiv = OpRow<(value: Scalar, inputs: Inputs)>(
        "AddcdivBackward0",
        python: PythonSignature(
            "addcdiv", "Tensor.addcdiv(tensor1, tensor2, *, value=1) -> Tensor",
            "self + value * tensor1 / tensor2 for each element (broadcasting); not for integer tensors."),
        saves: [.tensor1, .tensor2],
        probe: GradientProbe(shapes: [[2, 3], [3], [2, 1]], low: 0.5, high: 1.5) {
            try $0[0].addcdiv($0[1], $0[2], value: .float(0.5))
        }
    ) { grad, saved, p in
        let value = Tensor.wrapping(p.value)
        let gradT2: Tensor? =
            saved.needsGrad(2)
            ? try grad.negated() * (value * saved(.tensor1) / (saved(.tensor2) * saved(.tensor2))) : nil
        return try reducedGradients(
            [saved.needsGrad(0) ? grad : nil, saved.needsGrad(1) ? grad * (value / saved(.tensor2)) : nil, gradT2],
            p.inputs)
    }

    static let rows: [AnyOpRow] = [lerpNumber, lerpTensor, addcmul, addcdiv]

    /// Each gradient summed back to its input's shape and dtype.
    private static func reducedGradients(_ grads: [Tensor?], _ inputs: Inputs) throws -> [Tensor?] {
        try zip(grads, inputs).map { grad, input in try grad?.reduced(toShape: input.0, dtype: input.1) }
    }

    /// `self` broadcast to every operand's shape in `dtype`, a fresh tensor, updated by `update`.
    static func fused(_ update: FusedUpdate, _ start: Tensor, _ operands: [Tensor], dtype: DType) throws -> Tensor {
        let shape = try operands.reduce(start.shape) { try Broadcast.shape($0, $1.shape) }
        let out = try GradMode.with(false) {
            try (start.dtype == dtype ? start : start.converted(to: dtype)).expand(shape).clone()
        }
        try out.writeFused(update, operands)
        return out
    }

    /// `lerp`'s dtype rule: `end` (and a tensor weight) must have `self`'s floating dtype.
    static func checkLerp(_ start: Tensor, _ others: [(String, Tensor)], kernel: String) throws {
        for (name, other) in others where other.dtype != start.dtype {
            throw TorchError.runtime(Messages.lerpDtype(name, expected: start.dtype, got: other.dtype))
        }
        guard start.dtype.isFloatingPoint else { throw TorchError.notImplemented(kernel, start.dtype) }
    }

    /// `addcmul`/`addcdiv` compute floating tensors only in Wick.
    static func checkFloating(_ name: String, _ dtype: DType, _ tensors: [Tensor]) throws {
        if name == "addcdiv", tensors.dropFirst().allSatisfy({ !$0.dtype.isFloatingPoint }) {
            throw TorchError.runtime(Messages.addcdivInteger)
        }
        guard dtype.isFloatingPoint else {
            throw TorchError(.notImplementedError, Messages.interpolationFloatingOnly(name, dtype))
        }
    }
}

/// `lerp` with a tensor weight, element by element as ATen's `lerp_vec`: from the nearer end.
enum LerpFormula: TernaryFormula {
    static func apply<T: FloatElement>(_ start: T, _ end: T, _ weight: T) -> T {
        Swift.abs(weight) < 0.5 ? start.addingProduct(weight, end - start) : end.addingProduct(weight - 1, end - start)
    }
}

extension Tensor {
    /// `torch.lerp(self, end, weight)` with a number weight (`LerpBackward0`).
    public func lerp(_ end: Tensor, weight: Scalar) throws -> Tensor {
        try Interpolation.checkLerp(self, [("end", end)], kernel: "lerp_kernel_scalar")
        let result = try Interpolation.fused(.lerp(weight: weight.doubleValue), self, [end], dtype: dtype)
        guard GraphRecorder.shouldRecord([self, end]) else { return result }
        Interpolation.lerpNumber.record(
            result, inputs: [self, end], params: (weight, [(shape, dtype), (end.shape, end.dtype)]))
        return result
    }

    /// `torch.lerp(self, end, weight)` with a tensor weight (`LerpBackward1`).
    public func lerp(_ end: Tensor, weight: Tensor) throws -> Tensor {
        try Interpolation.checkLerp(self, [("end", end), ("weight", weight)], kernel: "lerp_kernel_tensor")
        let result = try Pointwise.floating(self, end, weight, LerpFormula.self)
        guard GraphRecorder.shouldRecord([self, end, weight]) else { return result }
        let absent: UInt8 = (requiresGrad || end.requiresGrad ? 0 : 0b001) | (weight.requiresGrad ? 0 : 0b110)
        let saving = (absent & 0b001 == 0 ? [weight] : []) + (absent & 0b110 == 0 ? [end, self] : [])
        Interpolation.lerpTensor.record(
            result, inputs: [self, end, weight], saving: saving, absent: absent,
            params: [(shape, dtype), (end.shape, end.dtype), (weight.shape, weight.dtype)])
        return result
    }

    /// `torch.addcmul(self, tensor1, tensor2, value=)` (`AddcmulBackward0`).
    public func addcmul(_ tensor1: Tensor, _ tensor2: Tensor, value: Scalar) throws -> Tensor {
        try Interpolation.product(.addcmul(value: value.doubleValue), Interpolation.addcmul, self, tensor1, tensor2, value)
    }

    /// `torch.addcdiv(self, tensor1, tensor2, value=)` (`AddcdivBackward0`).
    public func addcdiv(_ tensor1: Tensor, _ tensor2: Tensor, value: Scalar) throws -> Tensor {
        try Interpolation.product(.addcdiv(value: value.doubleValue), Interpolation.addcdiv, self, tensor1, tensor2, value)
    }
}

extension Interpolation {
    /// `addcmul`/`addcdiv`: the fused kernel, then the row, saving `tensor1` for `tensor2`'s
    /// gradient and `tensor2` for either (as PyTorch's generated code decides).
    static func product(
        _ update: FusedUpdate, _ row: OpRow<(value: Scalar, inputs: Inputs)>, _ start: Tensor, _ t1: Tensor,
        _ t2: Tensor, _ value: Scalar
    ) throws -> Tensor {
        let dtype = TypePromotion.resultType([start, t1, t2])
        try checkFloating(row.python?.name ?? "", dtype, [start, t1, t2])
        let result = try fused(update, start, [t1, t2], dtype: dtype)
        guard GraphRecorder.shouldRecord([start, t1, t2]) else { return result }
        let divides = row === addcdiv as AnyOpRow
        let needsT1 = t2.requiresGrad
        let needsT2 = divides ? t1.requiresGrad || t2.requiresGrad : t1.requiresGrad
        let absent: UInt8 = (needsT1 ? 0 : 0b01) | (needsT2 ? 0 : 0b10)
        row.record(
            result, inputs: [start, t1, t2], saving: (needsT1 ? [t1] : []) + (needsT2 ? [t2] : []), absent: absent,
            params: (value, [(start.shape, start.dtype), (t1.shape, t1.dtype), (t2.shape, t2.dtype)]))
        return result
    }
}

/// PyTorch's wording for `lerp` and `addcdiv`, and Wick's for what it does not compute.
extension Messages {
    static func lerpDtype(_ name: String, expected: DType, got: DType) -> String {
        "expected dtype \(expected.scalarTypeName.lowercased()) for `\(name)` but got dtype \(got.scalarTypeName.lowercased())"
    }

    static let addcdivInteger =
        "Integer division with addcdiv is no longer supported, and in a future  release addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), for all dtypes."

    static func interpolationFloatingOnly(_ name: String, _ dtype: DType) -> String {
        "Wick's \(name)() computes floating tensors only, not \(dtype.scalarTypeName)"
    }
}
