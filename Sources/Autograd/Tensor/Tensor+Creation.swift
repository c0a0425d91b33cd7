extension Tensor {
    /// A Python number as PyTorch wraps it: a 0-d tensor that promotes weakly.
    public static func wrapping(_ value: Scalar) -> Tensor {
        let dtype: DType =
            switch value {
            case .float: .float64
            case .int: .int64
            case .bool: .bool
            }
        let t = scalarTensor(value, dtype: dtype)
        t.wrappedNumberType = dtype
        return t
    }

    /// A Python number about to meet `partner` in a binary operation: stored directly in the
    /// partner's dtype when promotion would pick that dtype anyway (the number's kind — bool,
    /// integer, floating — is not above the partner's), which saves the conversion the kernel
    /// would otherwise make. The result type and values are the same either way.
    public static func wrapping(_ value: Scalar, meeting partner: Tensor) -> Tensor {
        func kind(_ d: DType) -> Int { d == .bool ? 0 : d.isFloatingPoint ? 2 : 1 }
        let valueKind: Int =
            switch value {
            case .bool: 0
            case .int: 1
            case .float: 2
            }
        guard valueKind <= kind(partner.dtype) else { return wrapping(value) }
        let t = scalarTensor(value, dtype: partner.dtype)
        t.wrappedNumberType = valueKind == 0 ? .bool : valueKind == 1 ? .int64 : .float64
        return t
    }

    /// A 0-d tensor holding `value` converted to `dtype`.
    public static func scalarTensor(_ value: Scalar, dtype: DType) -> Tensor {
        let t = Tensor(scalarOf: dtype)
        t.initializeScalar(value)
        return t
    }

    /// `torch.full(shape, value)`.
    public static func full(_ shape: [Int], _ value: Scalar, dtype: DType, requiresGrad: Bool = false) throws -> Tensor {
        try checkShape(shape, dtype: dtype)
        let value = try value.checkedConvert(to: dtype)
        let t = try Tensor(uninitialized: shape, dtype: dtype)
        try t.fill(with: value)
        t.resetVersion()
        try t.setRequiresGrad(requiresGrad, site: .factory)
        return t
    }

    /// `torch.ones(shape)`.
    public static func ones(_ shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false) throws -> Tensor {
        try full(shape, .int(1), dtype: dtype, requiresGrad: requiresGrad)
    }

    /// `torch.zeros(shape)`.
    public static func zeros(_ shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false) throws -> Tensor {
        try checkShape(shape, dtype: dtype)
        let t = try Tensor(zeros: shape, dtype: dtype)
        try t.setRequiresGrad(requiresGrad, site: .factory)
        return t
    }

    /// A tensor from row-major values and a shape (`torch.tensor` after the language flattened its lists).
    public static func from(_ values: [Scalar], shape: [Int], dtype: DType, requiresGrad: Bool = false) throws -> Tensor {
        try checkShape(shape, dtype: dtype)
        let t = try Tensor(uninitialized: shape, dtype: dtype)
        dtype.dispatch(FillFromScalars(tensor: t, values: values))
        try t.setRequiresGrad(requiresGrad, site: .factory)
        return t
    }

    /// Rejects negative sizes and sizes whose byte count overflows, with PyTorch's messages;
    /// sizes that merely exceed the memory budget are refused when the storage is allocated.
    static func checkShape(_ shape: [Int], dtype: DType = .float32) throws {
        if let bad = shape.first(where: { $0 < 0 }) {
            throw TorchError.runtime("Trying to create tensor with negative dimension \(bad): \(ShapeText.bracketed(shape))")
        }
        // PyTorch's order: the element count left to right, then bytes, then contiguous strides
        // (`zeros(2**62, 0, 4)` is fine, `zeros(0, 2**62, 4)` overflows its first stride).
        var numel = 1
        var overflow = false
        for size in shape {
            let (product, o) = numel.multipliedReportingOverflow(by: size)
            overflow = overflow || o
            numel = product
        }
        if overflow || numel.multipliedReportingOverflow(by: dtype.itemSize).overflow {
            throw TorchError.runtime("Storage size calculation overflowed with sizes=\(ShapeText.bracketed(shape))")
        }
        try checkStrides(shape)
    }

    /// PyTorch's `Stride calculation overflowed` for contiguous strides that do not fit 64 bits.
    static func checkStrides(_ shape: [Int]) throws {
        var running = 1
        for size in shape.dropFirst().reversed() {
            let (product, overflow) = running.multipliedReportingOverflow(by: max(size, 1))
            if overflow { throw TorchError.runtime("Stride calculation overflowed") }
            running = product
        }
    }
}

/// Writes row-major values into a fresh contiguous tensor, converting each to its dtype.
private struct FillFromScalars: ElementVisitor {
    typealias Output = Void
    typealias Failure = Never
    let tensor: Tensor
    let values: [Scalar]

    func visit<T: TensorElement>(_: T.Type) {
        let p = tensor.pointer(T.self)
        for (i, v) in values.prefix(tensor.numel).enumerated() { p[i] = T(scalar: v) }
    }
}
