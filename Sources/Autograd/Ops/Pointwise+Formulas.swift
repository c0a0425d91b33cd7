/// A pointwise formula of one floating value, written once for both float widths.
protocol UnaryFormula {
    static func apply<T: FloatElement>(_ x: T) -> T
}

/// A pointwise formula of two floating values, written once for both float widths.
protocol BinaryFormula {
    static func apply<T: FloatElement>(_ a: T, _ b: T) -> T
}

/// A pointwise formula of three floating values (for backward kernels such as `grad * f(x, y)`).
protocol TernaryFormula {
    static func apply<T: FloatElement>(_ a: T, _ b: T, _ c: T) -> T
}

extension Pointwise {
    /// Applies a floating formula; integer and bool inputs compute in the default float dtype.
    static func floating<F: UnaryFormula>(_ a: Tensor, _: F.Type) throws -> Tensor {
        try a.dispatchFloating(Apply<F>())
    }

    private struct Apply<F: UnaryFormula>: FloatingKernel {
        func floating<T: FloatElement>(_: T.Type, _ source: Tensor) throws -> Tensor {
            try Kernels.map(source, T.self, AnyRange<F>.self)
        }
    }

    /// The floating dtype several operands compute in (integers promote to the default float).
    static func floatingType(_ operands: [Tensor]) -> DType {
        let dtype = TypePromotion.resultType(operands)
        return dtype.isFloatingPoint ? dtype : .defaultFloat
    }

    /// Applies a two-operand floating formula with type promotion and broadcasting.
    static func floating<F: BinaryFormula>(_ a: Tensor, _ b: Tensor, _: F.Type) throws -> Tensor {
        let dtype = floatingType([a, b])
        let shape = try Broadcast.shape(a.shape, b.shape)
        let x = try a.dtype == dtype ? a : a.converted(to: dtype)
        let y = try b.dtype == dtype ? b : b.converted(to: dtype)
        if dtype == .float64 { return try Kernels.zip(x, y, Double.self, shape: shape, F.self) }
        return try Kernels.zip(x, y, Float.self, shape: shape, F.self)
    }

    /// Applies a three-operand floating formula with type promotion and broadcasting.
    static func floating<F: TernaryFormula>(_ a: Tensor, _ b: Tensor, _ c: Tensor, _: F.Type) throws -> Tensor {
        let dtype = floatingType([a, b, c])
        let shape = try Broadcast.shape(Broadcast.shape(a.shape, b.shape), c.shape)
        func run<T: FloatElement>(_: T.Type) throws -> Tensor {
            let xs = try Kernels.broadcastValues(a.dtype == dtype ? a : a.converted(to: dtype), T.self, to: shape)
            let ys = try Kernels.broadcastValues(b.dtype == dtype ? b : b.converted(to: dtype), T.self, to: shape)
            let zs = try Kernels.broadcastValues(c.dtype == dtype ? c : c.converted(to: dtype), T.self, to: shape)
            let out = try Tensor(uninitialized: shape, dtype: dtype)
            let dst = out.pointer(T.self)
            for i in 0..<xs.count { dst[i] = F.apply(xs[i], ys[i], zs[i]) }
            return out
        }
        return try dtype == .float64 ? run(Double.self) : run(Float.self)
    }
}

extension Kernels {
    /// The elements of `t` read as if broadcast to `shape`, in row-major order.
    static func broadcastValues<T>(_ t: Tensor, _: T.Type, to shape: [Int]) -> [T] {
        let src = t.pointer(T.self)
        var out: [T] = []
        out.reserveCapacity(shape.reduce(1, *))
        StridedLoop.forEach(shape: shape, strides: Broadcast.strides(of: t, expandedTo: shape), start: t.offset) {
            out.append(src[$0])
        }
        return out
    }

    /// A new contiguous tensor of `dtype` holding `values` (row-major) with `shape`.
    static func tensor<T>(_ values: [T], shape: [Int], dtype: DType) throws -> Tensor {
        let out = try Tensor(uninitialized: shape, dtype: dtype)
        let dst = out.pointer(T.self)
        for (i, v) in values.enumerated() { dst[i] = v }
        return out
    }
}

/// A pointwise formula that ATen evaluates in vector registers for most elements and with the C
/// library for the ragged end of a contiguous run (`cpu_kernel_vec` handles two registers a step).
protocol VectorizedFormula {
    static func apply<T: FloatElement>(_ x: T, vectorized: Bool) -> T
}

extension Pointwise {
    /// Applies a formula with ATen's split between vectorized elements and the scalar tail of
    /// each thread's range.
    static func floating<F: VectorizedFormula>(_ a: Tensor, _: F.Type) throws -> Tensor {
        try a.dispatchFloating(ApplyVectorized<F>())
    }

    private struct ApplyVectorized<F: VectorizedFormula>: FloatingKernel {
        func floating<T: FloatElement>(_: T.Type, _ source: Tensor) throws -> Tensor {
            try Kernels.map(source, T.self, RangeTail<F>.self)
        }
    }
}
