/// Elementwise loops with contiguous fast paths; strided views fall back to an index walk.
enum Kernels {
    /// `out[i] = f(a[i])` for a new contiguous result of dtype `R`.
    @inline(__always)
    static func map<T, R>(_ a: Tensor, _: T.Type, to dtype: DType, _ f: (T) -> R) throws -> Tensor {
        let out = try Tensor(uninitialized: a.shape, dtype: dtype)
        let dst = out.pointer(R.self)
        let src = a.pointer(T.self)
        if a.isContiguous {
            let base = src + a.offset
            try Interruption.chunked(a.numel) { for i in $0 { dst[i] = f(base[i]) } }
        } else {
            var i = 0
            try StridedLoop.forEachChecked(shape: a.shape, strides: a.strides, start: a.offset) {
                dst[i] = f(src[$0])
                i += 1
            }
        }
        return out
    }

    /// `out[i] = f(a[i], b[i])` with broadcasting, for a new contiguous result of dtype `R`.
    @inline(__always)
    static func zip<T, R>(
        _ a: Tensor, _ b: Tensor, _: T.Type, shape: [Int], to dtype: DType, _ f: (T, T) -> R
    ) throws -> Tensor {
        let out = try Tensor(uninitialized: shape, dtype: dtype)
        let dst = out.pointer(R.self)
        let pa = a.pointer(T.self)
        let pb = b.pointer(T.self)
        let n = out.numel
        if a.shape == shape && b.shape == shape && a.isContiguous && b.isContiguous {
            let xa = pa + a.offset
            let xb = pb + b.offset
            try Interruption.chunked(n) { for i in $0 { dst[i] = f(xa[i], xb[i]) } }
        } else if b.numel == 1 && a.shape == shape && a.isContiguous {
            let xa = pa + a.offset
            let s = pb[b.offset]
            try Interruption.chunked(n) { for i in $0 { dst[i] = f(xa[i], s) } }
        } else if a.numel == 1 && b.shape == shape && b.isContiguous {
            let xb = pb + b.offset
            let s = pa[a.offset]
            try Interruption.chunked(n) { for i in $0 { dst[i] = f(s, xb[i]) } }
        } else {
            var i = 0
            try StridedLoop.forEach2Checked(
                shape: shape, stridesA: Broadcast.strides(of: a, expandedTo: shape), startA: a.offset,
                stridesB: Broadcast.strides(of: b, expandedTo: shape), startB: b.offset
            ) {
                dst[i] = f(pa[$0], pb[$1])
                i += 1
            }
        }
        return out
    }

    /// `a[i] = f(a[i], b[i])` in place, `b` broadcast to `a`'s shape.
    @inline(__always)
    static func update<T>(_ a: Tensor, with b: Tensor, _: T.Type, _ f: (T, T) -> T) throws {
        // Ctrl-C part-way leaves `a` partly updated, and still counted as written.
        defer { a.bumpVersion() }
        let pa = a.pointer(T.self)
        let pb = b.pointer(T.self)
        if a.shape == b.shape && a.isContiguous && b.isContiguous {
            let xa = pa + a.offset
            let xb = pb + b.offset
            try Interruption.chunked(a.numel) { for i in $0 { xa[i] = f(xa[i], xb[i]) } }
        } else {
            try StridedLoop.forEach2Checked(
                shape: a.shape, stridesA: a.strides, startA: a.offset,
                stridesB: Broadcast.strides(of: b, expandedTo: a.shape), startB: b.offset
            ) { pa[$0] = f(pa[$0], pb[$1]) }
        }
    }

    /// Sum of all elements, accumulated in `Double` for floats.
    static func sumAll(_ a: Tensor) -> Scalar {
        switch a.dtype {
        case .float32: return .float(sumDouble(a, Float.self) { Double($0) })
        case .float64: return .float(sumDouble(a, Double.self) { $0 })
        case .int64: return .int(sumInt(a, Int64.self) { $0 })
        case .int32: return .int(sumInt(a, Int32.self) { Int64($0) })
        case .bool: return .int(sumInt(a, Bool.self) { $0 ? 1 : 0 })
        }
    }

    private static func sumDouble<T>(_ a: Tensor, _: T.Type, _ widen: (T) -> Double) -> Double {
        var total = 0.0
        let p = a.pointer(T.self)
        StridedLoop.forEach(shape: a.shape, strides: a.strides, start: a.offset) { total += widen(p[$0]) }
        return total
    }

    private static func sumInt<T>(_ a: Tensor, _: T.Type, _ widen: (T) -> Int64) -> Int64 {
        var total: Int64 = 0
        let p = a.pointer(T.self)
        StridedLoop.forEach(shape: a.shape, strides: a.strides, start: a.offset) { total &+= widen(p[$0]) }
        return total
    }
}
