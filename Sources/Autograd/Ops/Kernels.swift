/// Elementwise loops with contiguous fast paths; strided views fall back to an index walk.
enum Kernels {
    /// `out[i] = f(a[i])` for a new contiguous result of dtype `R`, on this thread (a closure runs
    /// fast only where it is inlined: `RangedFormula` has the loops that use the pool's threads).
    @inline(__always)
    static func map<T, R>(_ a: Tensor, _: T.Type, to dtype: DType, _ f: (T) -> R) throws -> Tensor {
        try mapInRanges(a, T.self, to: dtype) { v, _, _ in f(v) }
    }

    /// `map` whose formula also sees the element's index and the thread range it falls in, for
    /// ATen's vectorised loops that treat the tail of each range apart (ATen's ranges for the
    /// session's thread count, walked on this thread). A strided `a` is one range.
    @inline(__always)
    static func mapInRanges<T, R>(
        _ a: Tensor, _: T.Type, to dtype: DType, _ f: (T, _ index: Int, _ range: Range<Int>) -> R
    ) throws -> Tensor {
        assert(MemoryLayout<R>.stride == dtype.itemSize, "map writes \(R.self) into a \(dtype) tensor")
        let out = try Tensor(uninitialized: a.shape, dtype: dtype, like: a)
        let dst = out.pointer(R.self)
        let src = a.pointer(T.self)
        if a.isContiguous {
            let base = UnsafePointer(src + a.offset)
            try withExtendedLifetime(a) {
                try Parallel.forEachPieceInline(a.numel) { piece, range in
                    var i = piece.lowerBound
                    while i < piece.upperBound {
                        dst[i] = f(base[i], i, range)
                        i &+= 1
                    }
                }
            }
        } else {
            var i = 0
            let all = 0..<a.numel
            try StridedLoop.forEachChecked(shape: a.shape, strides: a.strides, start: a.offset) {
                dst[i] = f(src[$0], i, all)
                i += 1
            }
        }
        return out
    }

    /// `out[i] = f(a[i], b[i])` with broadcasting, for a new contiguous result of dtype `R`.
    ///
    /// Same-layout contiguous operands and a one-element operand run as flat loops; any other
    /// broadcast runs row by row, each row flat when its inner strides are 1 or 0 (a bias added to
    /// every row of a matrix, say).
    @inline(__always)
    static func zip<T, R>(
        _ a: Tensor, _ b: Tensor, _: T.Type, shape: [Int], to dtype: DType, _ f: (T, T) -> R
    ) throws -> Tensor {
        assert(MemoryLayout<R>.stride == dtype.itemSize, "zip writes \(R.self) into a \(dtype) tensor")
        let out = try Tensor(uninitialized: shape, dtype: dtype, like: a.dim == shape.count ? a : b)
        let dst = out.pointer(R.self)
        let pa = UnsafePointer(a.pointer(T.self))
        let pb = UnsafePointer(b.pointer(T.self))
        let n = out.numel
        // Flat loops run in chunks so Ctrl-C can stop them between two (`Interruption`).
        if a.numel == n && b.numel == n && a.isContiguous && b.isContiguous {
            let (xa, xb) = (pa + a.offset, pb + b.offset)
            try withExtendedLifetime((a, b)) {
                try Parallel.forEachPieceInline(n) { p, _ in
                    Loops.zip(xa + p.lowerBound, xb + p.lowerBound, dst + p.lowerBound, p.count, f)
                }
            }
        } else if b.numel == 1 && a.numel == n && a.isContiguous {
            let s = pb[b.offset]
            let xa = pa + a.offset
            try withExtendedLifetime(a) {
                try Parallel.forEachPieceInline(n) { p, _ in
                    Loops.map(xa + p.lowerBound, dst + p.lowerBound, p.count) { f($0, s) }
                }
            }
        } else if a.numel == 1 && b.numel == n && b.isContiguous {
            let s = pa[a.offset]
            let xb = pb + b.offset
            try withExtendedLifetime(b) {
                try Parallel.forEachPieceInline(n) { p, _ in
                    Loops.map(xb + p.lowerBound, dst + p.lowerBound, p.count) { f(s, $0) }
                }
            }
        } else if zipRepeated(a, b, shape, n: n, into: dst, f) {
            return out
        } else if a.readsOneElement && b.readsOneElement {
            // An expanded 0-d operand (`mean`'s backward divides `grad.expand(shape)` by n): one value.
            let v = f(pa[a.offset], pb[b.offset])
            dst.initialize(repeating: v, count: n)
        } else {
            var row = dst
            try StridedLoop.forEachRow2Checked(
                shape: shape, stridesA: Broadcast.strides(of: a, expandedTo: shape), startA: a.offset,
                stridesB: Broadcast.strides(of: b, expandedTo: shape), startB: b.offset
            ) { oa, ob, count, sa, sb in
                Loops.zipRow(pa + oa, sa, pb + ob, sb, row, count, f)
                row += count
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
        let pb = UnsafePointer(b.pointer(T.self))
        let n = a.numel
        if b.numel == n && a.isContiguous && b.isContiguous && a.shape == b.shape {
            let (xa, xb) = (pa + a.offset, pb + b.offset)
            try Parallel.forEachPieceInline(n) { p, _ in
                Loops.zip(UnsafePointer(xa + p.lowerBound), xb + p.lowerBound, xa + p.lowerBound, p.count, f)
            }
        } else if b.numel == 1 && a.isContiguous {
            let s = pb[b.offset]
            let xa = pa + a.offset
            try Parallel.forEachPieceInline(n) { p, _ in
                Loops.map(UnsafePointer(xa + p.lowerBound), xa + p.lowerBound, p.count) { f($0, s) }
            }
        } else {
            try StridedLoop.forEachRow2Checked(
                shape: a.shape, stridesA: a.strides, startA: a.offset,
                stridesB: Broadcast.strides(of: b, expandedTo: a.shape), startB: b.offset
            ) { oa, ob, count, sa, sb in
                Loops.zipRow(UnsafePointer(pa + oa), sa, pb + ob, sb, pa + oa, count, f, outStride: sa)
            }
        }
    }

    /// Sum of all elements, accumulated in `Double` for floats.
    static func sumAll(_ a: Tensor) -> Scalar {
        a.dtype.dispatch(SumAll(a: a))
    }

    private struct SumAll: DTypeVisitor {
        typealias Output = Scalar
        typealias Failure = Never
        let a: Tensor

        func floating<T: FloatElement>(_: T.Type) -> Scalar { .float(Kernels.sumDouble(a, T.self) { Double($0) }) }
        func integral<T: IntegerElement>(_: T.Type) -> Scalar { .int(Kernels.sumInt(a, T.self) { Int64($0) }) }
        func boolean() -> Scalar { .int(Kernels.sumInt(a, Bool.self) { $0 ? 1 : 0 }) }
    }

    fileprivate static func sumDouble<T>(_ a: Tensor, _: T.Type, _ widen: (T) -> Double) -> Double {
        var total = 0.0
        let p = a.pointer(T.self)
        StridedLoop.forEach(shape: a.shape, strides: a.strides, start: a.offset) { total += widen(p[$0]) }
        return total
    }

    fileprivate static func sumInt<T>(_ a: Tensor, _: T.Type, _ widen: (T) -> Int64) -> Int64 {
        var total: Int64 = 0
        let p = a.pointer(T.self)
        StridedLoop.forEach(shape: a.shape, strides: a.strides, start: a.offset) { total &+= widen(p[$0]) }
        return total
    }
}

/// The innermost loops of the elementwise kernels, on raw pointers: no reference counting, no
/// bounds or exclusivity checks, so the compiler unrolls and vectorises the flat ones. Outputs may
/// alias inputs element for element (in-place ops), never otherwise.
enum Loops {
    @inline(__always)
    static func map<T, R>(_ src: UnsafePointer<T>, _ dst: UnsafeMutablePointer<R>, _ n: Int, _ f: (T) -> R) {
        var i = 0
        while i < n {
            dst[i] = f(src[i])
            i &+= 1
        }
    }

    @inline(__always)
    static func zip<T, R>(
        _ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ dst: UnsafeMutablePointer<R>, _ n: Int, _ f: (T, T) -> R
    ) {
        var i = 0
        while i < n {
            dst[i] = f(a[i], b[i])
            i &+= 1
        }
    }

    /// One row of a broadcast: flat when both strides are 1, a scalar operand when one is 0.
    @inline(__always)
    static func zipRow<T, R>(
        _ a: UnsafePointer<T>, _ sa: Int, _ b: UnsafePointer<T>, _ sb: Int, _ dst: UnsafeMutablePointer<R>, _ n: Int,
        _ f: (T, T) -> R, outStride: Int = 1
    ) {
        if outStride == 1 && sa == 1 && sb == 1 {
            zip(a, b, dst, n, f)
        } else if outStride == 1 && sa == 1 && sb == 0 {
            let s = b[0]
            map(a, dst, n) { f($0, s) }
        } else if outStride == 1 && sa == 0 && sb == 1 {
            let s = a[0]
            map(b, dst, n) { f(s, $0) }
        } else {
            for i in 0..<n { dst[i &* outStride] = f(a[i &* sa], b[i &* sb]) }
        }
    }
}
