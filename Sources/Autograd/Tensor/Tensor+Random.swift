extension Tensor {
    /// `torch.rand(shape)`: uniform on [0, 1), PyTorch's exact draws.
    public static func rand(
        _ shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false,
        generator: Generator = DefaultGenerator.shared
    ) throws -> Tensor {
        try filled(zeros(shape, dtype: dtype), requiresGrad: requiresGrad) {
            try $0.uniformFill(from: 0, to: 1, generator: generator)
        }
    }

    /// `torch.randn(shape)`: standard normal, PyTorch's exact draws.
    public static func randn(
        _ shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false,
        generator: Generator = DefaultGenerator.shared
    ) throws -> Tensor {
        try filled(zeros(shape, dtype: dtype), requiresGrad: requiresGrad) {
            try $0.normalFill(mean: 0, std: 1, generator: generator)
        }
    }

    /// `t`, a new tensor, filled by `fill` and left at version 0 as a factory's result is.
    private static func filled(
        _ t: Tensor, requiresGrad: Bool = false, _ fill: (Tensor) throws -> Void
    ) throws -> Tensor {
        try fill(t)
        t.resetVersion()
        t.leafRequiresGrad = requiresGrad
        return t
    }

    /// `torch.randint(low, high, shape, dtype=…)`: the same int64 draws whatever the dtype (PyTorch's
    /// kernel draws, then casts), with PyTorch's bounds check for the narrow integer types.
    public static func randint(
        low: Int64, high: Int64, shape: [Int], dtype: DType = .int64,
        generator: Generator = DefaultGenerator.shared
    ) throws -> Tensor {
        guard low < high else {
            throw TorchError.runtime("random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)")
        }
        if let bounds = dtype.dispatch(IntegralBounds()) {
            guard bounds.range.contains(low) else { throw TorchError.runtime("from is out of bounds for \(bounds.name)") }
            guard bounds.range.contains(high - 1) else {
                throw TorchError.runtime("to - 1 is out of bounds for \(bounds.name)")
            }
        }
        let t = try zeros(shape, dtype: .int64)
        try generator.fillRandint(t.storageBuffer(Int64.self), low: low, high: high)
        return dtype == .int64 ? t : try t.to(dtype)
    }

    /// `torch.randperm(n)` as int64.
    public static func randperm(_ n: Int, generator: Generator = DefaultGenerator.shared) throws -> Tensor {
        guard n >= 0 else { throw TorchError.runtime("n must be non-negative, got\(n)") }
        // Drawn straight into the tensor, so the memory budget refuses a huge n before any work.
        let t = try Tensor(uninitialized: [n], dtype: .int64)
        try generator.randperm(into: t.storageBuffer(Int64.self))
        return t
    }

    /// `uniform_(from, to)`: fills this tensor's memory in storage order.
    public func uniformFill(from: Double, to: Double, generator: Generator = DefaultGenerator.shared) throws {
        try checkUniformBounds(from: from, to: to)
        try dtype.dispatch(RandomFill(tensor: self, generator: generator, distribution: .uniform(from: from, to: to)))
        bumpVersion()
    }

    /// `normal_(mean, std)`: fills this tensor's memory in storage order.
    public func normalFill(mean: Double, std: Double, generator: Generator = DefaultGenerator.shared) throws {
        guard std >= 0 else {
            throw TorchError.runtime("normal expects std >= 0.0, but found std \(NumberFormat.general(std, digits: 6))")
        }
        try dtype.dispatch(
            RandomFill(tensor: self, generator: generator, distribution: .normal(mean: mean, std: std)))
        bumpVersion()
    }

    /// PyTorch's `check_uniform_bounds`: both ends finite in the dtype, ordered, and a representable span.
    private func checkUniformBounds(from: Double, to: Double) throws {
        guard let limit = dtype.dispatch(FloatingLimit()) else { return }
        let (cName, typeName) = (dtype.cTypeName, dtype.scalarTypeName)
        for (name, value) in [("from", from), ("to", to)] where !(value >= -limit && value <= limit) {
            throw TorchError.runtime("\(name) is out of bounds for \(cName)")
        }
        let text = { (v: Double) in NumberFormat.general(v, digits: 6) }
        guard from <= to else {
            throw TorchError.runtime(
                "uniform_ expects to return a [from, to) range, but found from=\(text(from)) > to=\(text(to))")
        }
        guard to - from <= limit else {
            throw TorchError.runtime(
                "uniform_ expects to-from <= std::numeric_limits<\(typeName)>::max(), but found to=\(text(to)) and from=\(text(from)) which result in to-from to exceed the limit"
            )
        }
    }

    /// The memory this (dense) tensor covers, in storage order.
    func storageBuffer<T>(_: T.Type) -> UnsafeMutableBufferPointer<T> {
        UnsafeMutableBufferPointer(start: pointer(T.self) + offset, count: numel)
    }
}

extension Tensor {
    /// A zero tensor with `dtype` and, when `other` is dense, `other`'s memory layout
    /// (PyTorch's `empty_like` with `preserve_format`), so `*_like` draws land as PyTorch's do.
    public static func zerosLike(_ other: Tensor, dtype: DType) throws -> Tensor {
        let order = (0..<other.dim).sorted { other.strides[$0] > other.strides[$1] }
        var expected = 1
        var dense = true
        for d in order.reversed() where other.shape[d] != 1 {
            if other.strides[d] != expected { dense = false }
            expected *= other.shape[d]
        }
        let t = try Tensor(zeros: other.shape, dtype: dtype)
        guard dense && !other.isContiguous else { return t }
        var strides = [Int](repeating: 0, count: other.dim)
        var running = 1
        for d in order.reversed() {
            strides[d] = running
            running *= max(other.shape[d], 1)
        }
        t.strides = strides
        return t
    }

    /// `torch.rand_like(t)`.
    public static func randLike(_ other: Tensor, dtype: DType) throws -> Tensor {
        try filled(zerosLike(other, dtype: dtype)) { try $0.uniformFill(from: 0, to: 1) }
    }

    /// `torch.randn_like(t)`.
    public static func randnLike(_ other: Tensor, dtype: DType) throws -> Tensor {
        try filled(zerosLike(other, dtype: dtype)) { try $0.normalFill(mean: 0, std: 1) }
    }
}

/// Fills a floating tensor's memory from the generator; other dtypes get PyTorch's error.
private struct RandomFill: FloatingVisitor {
    enum Distribution {
        case uniform(from: Double, to: Double)
        case normal(mean: Double, std: Double)
    }
    typealias Output = Void
    let tensor: Tensor
    let generator: Generator
    let distribution: Distribution

    func floating<T: FloatElement>(_: T.Type) throws {
        let buffer = tensor.storageBuffer(T.self)
        switch distribution {
        case .uniform(let from, let to): try T.fillUniform(buffer, generator, from: from, to: to)
        case .normal(let mean, let std):
            try T.fillNormal(buffer, generator, mean: mean, std: std, contiguous: tensor.isContiguous)
        }
    }

    func nonFloating(_ dtype: DType) throws {
        let kernel = if case .uniform = distribution { "check_uniform_bounds" } else { "normal_kernel_cpu" }
        throw TorchError.runtime("\"\(kernel)\" not implemented for '\(dtype.scalarTypeName)'")
    }
}

/// The floating types the generator fills, each with PyTorch's algorithm for it.
protocol RandomFloat {
    static func fillUniform(_ buffer: UnsafeMutableBufferPointer<Self>, _ g: Generator, from: Double, to: Double) throws
    static func fillNormal(
        _ buffer: UnsafeMutableBufferPointer<Self>, _ g: Generator, mean: Double, std: Double, contiguous: Bool) throws
}

extension Float: RandomFloat {
    static func fillUniform(_ buffer: UnsafeMutableBufferPointer<Float>, _ g: Generator, from: Double, to: Double) throws {
        try g.fillUniform(buffer, from: from, to: to)
    }
    static func fillNormal(
        _ buffer: UnsafeMutableBufferPointer<Float>, _ g: Generator, mean: Double, std: Double, contiguous: Bool
    ) throws { try g.fillNormal(buffer, mean: mean, std: std, contiguous: contiguous) }
}

extension Double: RandomFloat {
    static func fillUniform(_ buffer: UnsafeMutableBufferPointer<Double>, _ g: Generator, from: Double, to: Double) throws {
        try g.fillUniform(buffer, from: from, to: to)
    }
    static func fillNormal(
        _ buffer: UnsafeMutableBufferPointer<Double>, _ g: Generator, mean: Double, std: Double, contiguous: Bool
    ) throws { try g.fillNormal(buffer, mean: mean, std: std, contiguous: contiguous) }
}

/// The range `randint` checks its bounds against: the integer or bool dtype's whole range.
private struct IntegralBounds: DTypeVisitor {
    typealias Output = (name: String, range: ClosedRange<Int64>)?
    typealias Failure = Never
    func floating<T: FloatElement>(_: T.Type) -> Output { nil }
    func integral<T: IntegerElement>(_: T.Type) -> Output { (T.dtype.cTypeName, Int64(T.min)...Int64(T.max)) }
    func boolean() -> Output { (DType.bool.cTypeName, 0...1) }
}

/// The largest finite value of a floating dtype, which `uniform_`'s bounds must not exceed.
private struct FloatingLimit: FloatingVisitor {
    typealias Output = Double?
    typealias Failure = Never
    func floating<T: FloatElement>(_: T.Type) -> Double? { Double(T.greatestFiniteMagnitude) }
    func nonFloating(_ dtype: DType) -> Double? { nil }
}
