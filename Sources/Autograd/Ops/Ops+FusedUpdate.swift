/// The in-place updates optimizers are made of (`add_(other, alpha=)`, `addcmul_`, `addcdiv_`,
/// `lerp_`), each rounding exactly as ATen's CPU kernel does: `add` with `alpha` and `lerp` are one
/// fused multiply-add, `addcmul` is `fma(value * t1, t2, self)` and `addcdiv` is
/// `self + (value * t1) / t2` (measured against PyTorch 2.15 on AVX2/AVX-512 CPUs, where the
/// vector and scalar loops agree).
public enum FusedUpdate: Sendable {
    /// `self + alpha * other` (`add_(other, alpha=alpha)`; `sub_` passes `-alpha`).
    case addScaled(alpha: Double)
    /// `self + value * t1 * t2`.
    case addcmul(value: Double)
    /// `self + value * t1 / t2`.
    case addcdiv(value: Double)
    /// `self + weight * (end - self)`.
    case lerp(weight: Double)

    /// The Python method name, for messages.
    var methodName: String {
        switch self {
        case .addScaled: "add_"
        case .addcmul: "addcmul_"
        case .addcdiv: "addcdiv_"
        case .lerp: "lerp_"
        }
    }

    /// How many tensor operands the update reads besides `self`.
    var operandCount: Int {
        switch self {
        case .addScaled, .lerp: 1
        case .addcmul, .addcdiv: 2
        }
    }

    /// The formula's number in `VectorKernels.UpdateLoops` (its loops are this type's formulas).
    var loopKind: Int {
        switch self {
        case .addScaled: 0
        case .addcmul: 1
        case .addcdiv: 2
        case .lerp: 3
        }
    }

    var coefficient: Double {
        switch self {
        case .addScaled(let c), .addcmul(let c), .addcdiv(let c), .lerp(let c): c
        }
    }
}

extension Tensor {
    /// Applies `update` to this floating tensor in place, reading `operands` broadcast to its shape.
    ///
    /// Wick records no history for these updates: under grad mode with an input that requires grad
    /// it raises instead of computing something autograd cannot differentiate.
    public func fusedUpdate(_ update: FusedUpdate, _ operands: [Tensor]) throws {
        guard operands.count == update.operandCount else {
            throw TorchError.runtime("\(update.methodName) expects \(update.operandCount) tensor operands")
        }
        try checkInPlace(with: operands)
        if GraphRecorder.shouldRecord([self] + operands) {
            throw TorchError.runtime(
                "\(update.methodName) is not differentiable in Wick: call it under torch.no_grad() or on tensors that do not require grad"
            )
        }
        try writeFused(update, operands)
    }

    /// The write of `fusedUpdate` without autograd's checks (`applyInPlace` records its own node).
    func writeFused(_ update: FusedUpdate, _ operands: [Tensor]) throws {
        guard dtype.isFloatingPoint else { throw TorchError.notImplemented(update.methodName, dtype) }
        for operand in operands where operand.shape != shape {
            let common = try Broadcast.shape(shape, operand.shape)
            guard common == shape else {
                throw TorchError.runtime(
                    "output with shape \(ShapeText.bracketed(shape)) doesn't match the broadcast shape \(ShapeText.bracketed(common))"
                )
            }
        }
        let inputs = try GradMode.with(false) {
            try operands.map { operand in
                let expanded = operand.shape == shape ? operand : try operand.expand(shape)
                let typed = expanded.dtype == dtype ? expanded : try expanded.to(dtype)
                // A fresh copy when the operand shares this tensor's memory, so reads never see writes.
                return typed.storage === storage ? try typed.clone() : try typed.contiguous()
            }
        }
        let target = isContiguous ? self : try GradMode.with(false) { try contiguous().clone() }
        try dtype.dispatch(FusedUpdateKernel(target: target, inputs: inputs, update: update))
        if target === self { bumpVersion() } else { try assign(from: target) }
    }
}

/// The element loop of `fusedUpdate`: `target` is contiguous and every input is contiguous and
/// of the target's shape and dtype.
private struct FusedUpdateKernel: FloatingVisitor {
    typealias Output = Void
    let target: Tensor
    let inputs: [Tensor]
    let update: FusedUpdate

    func floating<T: FloatElement>(_: T.Type) throws {
        let s = target.storageBuffer(T.self)
        guard let first = inputs.first, let sp = s.baseAddress else { return }
        let a = first.storageBuffer(T.self)
        let b = inputs.count > 1 ? inputs[1].storageBuffer(T.self) : a
        guard let ap = a.baseAddress, let bp = b.baseAddress else { return }
        let (k, kind) = (T(update.coefficient), update.loopKind)
        try withExtendedLifetime((target, inputs)) {
            try Parallel.forEachPiece(s.count) { p, _ in
                T.updateLoop(kind, sp + p.lowerBound, ap + p.lowerBound, bp + p.lowerBound, k, count: p.count)
            }
        }
    }

    func nonFloating(_ dtype: DType) throws { throw TorchError.notImplemented(update.methodName, dtype) }
}
