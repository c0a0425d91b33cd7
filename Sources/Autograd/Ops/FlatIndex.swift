/// Moving elements by row-major (logical) flat index: the kernels behind flip, roll, diag, gather,
/// scatter, sort and friends, written once for every dtype.
enum FlatIndex {
    /// `out[j] = a[indices[j]]`, shaped `shape`, in `a`'s dtype.
    static func take(_ a: Tensor, _ indices: [Int], shape: [Int]) throws -> Tensor {
        try a.dtype.dispatch(Take(a: a, indices: indices, shape: shape))
    }

    private struct Take: ElementVisitor {
        typealias Output = Tensor
        let a: Tensor
        let indices: [Int]
        let shape: [Int]

        func visit<T: TensorElement>(_: T.Type) throws -> Tensor {
            let source = try a.contiguousData()
            return try withExtendedLifetime(source) {
                let p = source.pointer(T.self) + source.offset
                return try Kernels.tensor(indices.map { p[$0] }, shape: shape, dtype: T.dtype)
            }
        }
    }

    /// A copy of `base` where `base[indices[j]]` becomes `values[j]` (or has it added, with `accumulate`).
    static func place(_ base: Tensor, _ indices: [Int], _ values: Tensor, accumulate: Bool) throws -> Tensor {
        try base.dtype.dispatch(Place(base: base, indices: indices, values: values, accumulate: accumulate))
    }

    private struct Place: NumericVisitor {
        typealias Output = Tensor
        let base: Tensor
        let indices: [Int]
        let values: Tensor
        let accumulate: Bool

        func numeric<T: NumericElement>(_: T.Type) throws -> Tensor {
            var out = try base.converted(to: T.dtype).contiguousData().checkedValues(T.self)
            let source = try values.converted(to: T.dtype).contiguousData().checkedValues(T.self)
            for (j, i) in indices.enumerated() where j < source.count {
                out[i] = accumulate ? out[i] + source[j] : source[j]
            }
            return try Kernels.tensor(out, shape: base.shape, dtype: T.dtype)
        }
        func boolean() throws -> Tensor {
            var out = try base.contiguousData().checkedValues(Bool.self)
            let source = try values.converted(to: .bool).contiguousData().checkedValues(Bool.self)
            for (j, i) in indices.enumerated() where j < source.count { out[i] = accumulate ? (out[i] || source[j]) : source[j] }
            return try Kernels.tensor(out, shape: base.shape, dtype: .bool)
        }
    }

    /// Row-major strides of a shape.
    static func strides(_ shape: [Int]) -> [Int] { Tensor.contiguousStrides(shape) }

    /// Calls `body` with the coordinates of every element of `shape` in row-major order.
    static func forEachCoordinate(_ shape: [Int], _ body: ([Int]) throws -> Void) rethrows {
        guard !shape.contains(where: { $0 <= 0 }) else { return }
        var c = [Int](repeating: 0, count: shape.count)
        while true {
            try body(c)
            guard StridedLoop.increment(&c, within: shape) else { return }
        }
    }

    /// The flat index of coordinates under row-major strides.
    static func flat(_ c: [Int], _ strides: [Int]) -> Int {
        var f = 0
        for (x, s) in zip(c, strides) { f += x * s }
        return f
    }

    /// `(outer, size, inner)` of `shape` around dimension `d`: element (o, k, i) is at `(o * size + k) * inner + i`.
    static func lanes(_ shape: [Int], _ d: Int) -> (outer: Int, size: Int, inner: Int) {
        guard !shape.isEmpty else { return (1, 1, 1) }
        return (shape[..<d].reduce(1, *), shape[d], shape[(d + 1)...].reduce(1, *))
    }
}

extension Tensor {
    /// The stored values in row-major order, as Swift values.
    func checkedValues<T>(_: T.Type) throws -> [T] {
        let source = try contiguousData()
        return withExtendedLifetime(source) {
            Array(UnsafeBufferPointer(start: source.pointer(T.self) + source.offset, count: numel))
        }
    }
}
