/// Element loops over formulas given as types, the ones that run on the pool's threads.
///
/// A closure handed to another thread is opaque there: the compiler can no longer inline it, so
/// a closure-built loop would call it once per element, ten times slower than the loop inlined
/// on one thread (measured: `a + b` on 2^20 floats took 6 ms on two threads against 0.5 ms on
/// one). A formula that is a type is specialised into the loop of every thread, as ATen's kernels
/// are compiled into its OpenMP regions. Closure-built loops (`Kernels.map`, `zip`, `update`)
/// therefore walk ATen's ranges on the calling thread, with the same results.
protocol RangedFormula {
    /// The value of element `index`, which falls in the thread range `range`.
    static func apply<T: FloatElement>(_ x: T, _ index: Int, _ range: Range<Int>) -> T
}

/// A `UnaryFormula` that does not care where its element falls.
enum AnyRange<F: UnaryFormula>: RangedFormula {
    @inline(__always)
    static func apply<T: FloatElement>(_ x: T, _: Int, _: Range<Int>) -> T { F.apply(x) }
}

/// A `VectorizedFormula` with ATen's split: vector registers for whole blocks of two registers
/// in each thread's range, the C library for the range's ragged end (`cpu_kernel_vec`).
enum RangeTail<F: VectorizedFormula>: RangedFormula {
    @inline(__always)
    static func apply<T: FloatElement>(_ x: T, _ index: Int, _ range: Range<Int>) -> T {
        F.apply(x, vectorized: index < range.upperBound - range.count % (2 * VectorMath.width(T.self)))
    }
}

extension Kernels {
    /// `out[i] = F(a[i])` for a new contiguous floating result of `a`'s dtype; a large contiguous
    /// `a` runs on the pool's threads.
    static func map<F: RangedFormula, T: FloatElement>(_ a: Tensor, _: T.Type, _: F.Type) throws -> Tensor {
        guard a.isContiguous, a.numel > Parallel.grainSize else {
            return try mapInRanges(a, T.self, to: T.dtype) { F.apply($0, $1, $2) }
        }
        let out = try Tensor(uninitialized: a.shape, dtype: T.dtype)
        let (src, dst) = (UnsafePointer(a.pointer(T.self) + a.offset), out.pointer(T.self))
        try withExtendedLifetime(a) {
            try Parallel.forEachPiece(a.numel) { piece, range in
                var i = piece.lowerBound
                while i < piece.upperBound {
                    dst[i] = F.apply(src[i], i, range)
                    i &+= 1
                }
            }
        }
        return out
    }

    /// `out[i] = F(a[i], b[i])` with broadcasting: same-layout operands and a one-element operand
    /// run on the pool's threads, other broadcasts row by row on this one.
    static func zip<F: BinaryFormula, T: FloatElement>(
        _ a: Tensor, _ b: Tensor, _: T.Type, shape: [Int], _: F.Type
    ) throws -> Tensor {
        let n = shape.reduce(1, *)
        let flat = a.isContiguous && b.isContiguous && (a.numel == n || a.numel == 1) && (b.numel == n || b.numel == 1)
        guard flat, n > Parallel.grainSize else { return try zip(a, b, T.self, shape: shape, to: T.dtype) { F.apply($0, $1) } }
        let out = try Tensor(uninitialized: shape, dtype: T.dtype)
        let dst = out.pointer(T.self)
        let (pa, pb) = (UnsafePointer(a.pointer(T.self) + a.offset), UnsafePointer(b.pointer(T.self) + b.offset))
        let (sa, sb) = (a.numel == n ? 1 : 0, b.numel == n ? 1 : 0)
        try withExtendedLifetime((a, b)) {
            try Parallel.forEachPiece(n) { p, _ in FormulaLoops.zip(F.self, pa, sa, pb, sb, dst, p) }
        }
        return out
    }

    /// `a[i] = F(a[i], b[i])` in place for a contiguous `a` and a same-shape contiguous or
    /// one-element `b`, on the pool's threads; other layouts on this thread.
    static func update<F: BinaryFormula, T: FloatElement>(_ a: Tensor, with b: Tensor, _: T.Type, _: F.Type) throws {
        let n = a.numel
        let flat = a.isContiguous && b.isContiguous && (b.numel == 1 || (b.numel == n && a.shape == b.shape))
        guard flat, n > Parallel.grainSize else { return try update(a, with: b, T.self) { F.apply($0, $1) } }
        defer { a.bumpVersion() }
        let pa = a.pointer(T.self) + a.offset
        let pb = UnsafePointer(b.pointer(T.self) + b.offset)
        let sb = b.numel == n ? 1 : 0
        try withExtendedLifetime(b) {
            try Parallel.forEachPiece(n) { p, _ in FormulaLoops.zip(F.self, UnsafePointer(pa), 1, pb, sb, pa, p) }
        }
    }
}

/// The inner loops of the formula kernels, one per operand pattern so each vectorises.
enum FormulaLoops {
    /// `dst[i] = F(a[i * sa], b[i * sb])` over `range`, strides 1 or 0 (a one-element operand).
    @inline(__always)
    static func zip<F: BinaryFormula, T: FloatElement>(
        _: F.Type, _ a: UnsafePointer<T>, _ sa: Int, _ b: UnsafePointer<T>, _ sb: Int,
        _ dst: UnsafeMutablePointer<T>, _ range: Range<Int>
    ) {
        var i = range.lowerBound
        if sa == 1 && sb == 1 {
            while i < range.upperBound {
                dst[i] = F.apply(a[i], b[i])
                i &+= 1
            }
        } else if sa == 1 {
            let s = b[0]
            while i < range.upperBound {
                dst[i] = F.apply(a[i], s)
                i &+= 1
            }
        } else {
            let s = a[0]
            while i < range.upperBound {
                dst[i] = F.apply(s, b[i])
                i &+= 1
            }
        }
    }
}
