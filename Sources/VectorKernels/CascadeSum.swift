/// ATen's cascade summation (`SumKernel.cpp`) on raw memory, for one contiguous run or for the
/// columns of a row-major block.
///
/// ATen writes each step once as a template over its load type — one element or one AVX2
/// `Vectorized<T>` register of 8 floats or 4 doubles — and so does this file (`CascadeLane`).
/// Register lanes are independent IEEE additions, so summing a whole `SIMD8<Float>` at a time gives
/// the bits of eight scalar cascades at vector speed.
public enum CascadeSum {
    /// `vectorized_inner_sum` of `count` contiguous floats (`row_sum` below one register).
    @inline(never)
    public static func innerSum(_ p: UnsafePointer<Float>, count: Int) -> Float {
        inner(p, count, SIMD8<Float>.self)
    }

    /// `vectorized_inner_sum` of `count` contiguous doubles (`row_sum` below one register).
    @inline(never)
    public static func innerSum(_ p: UnsafePointer<Double>, count: Int) -> Double {
        inner(p, count, SIMD4<Double>.self)
    }

    /// Adds the sum of each column of a `rows × columns` row-major block to `out[column]`.
    @inline(never)
    public static func outerSum(_ p: UnsafePointer<Float>, rows: Int, columns: Int, into out: UnsafeMutablePointer<Float>) {
        outer(p, rows, columns, out, SIMD8<Float>.self)
    }

    /// Adds the sum of each column of a `rows × columns` row-major block to `out[column]`.
    @inline(never)
    public static func outerSum(
        _ p: UnsafePointer<Double>, rows: Int, columns: Int, into out: UnsafeMutablePointer<Double>
    ) {
        outer(p, rows, columns, out, SIMD4<Double>.self)
    }

    /// One 2-d block of ATen's `cascade_sum` loop, in its order: `rows` reduced elements `rowStride`
    /// apart for each of `columns` outputs (`columnStride` apart in the input, `outStride` in `out`,
    /// each added to its slot). Picks `vectorized_inner_sum`, `vectorized_outer_sum`,
    /// `scalar_inner_sum` or `scalar_outer_sum` from the strides as `cascade_sum` does.
    @inline(never)
    public static func blockSum(_ p: UnsafePointer<Float>, _ shape: BlockShape, into out: UnsafeMutablePointer<Float>) {
        block(p, shape.rows, shape.rowStride, shape.columns, shape.columnStride, out, shape.outStride, SIMD8<Float>.self)
    }

    /// `blockSum` of doubles (registers of 4).
    @inline(never)
    public static func blockSum(_ p: UnsafePointer<Double>, _ shape: BlockShape, into out: UnsafeMutablePointer<Double>) {
        block(p, shape.rows, shape.rowStride, shape.columns, shape.columnStride, out, shape.outStride, SIMD4<Double>.self)
    }

    /// A block's geometry: `rows` reduced elements `rowStride` apart for each of `columns` outputs
    /// (`columnStride` apart in the input, `outStride` in the output).
    public typealias BlockShape = (rows: Int, rowStride: Int, columns: Int, columnStride: Int, outStride: Int)

    @inline(__always)
    static func block<R: SIMD & CascadeLane>(
        _ p: UnsafePointer<R.Scalar>, _ rows: Int, _ rowStride: Int, _ columns: Int, _ columnStride: Int,
        _ out: UnsafeMutablePointer<R.Scalar>, _ outStride: Int, _: R.Type
    ) where R.Scalar: CascadeLane & BinaryFloatingPoint, R.Element == R.Scalar, R.Scalar.Element == R.Scalar {
        let width = R.scalarCount
        if rowStride == 1 && rows >= width {
            for j in 0..<columns { out[j * outStride] += inner(p + j * columnStride, rows, R.self) }
        } else if columnStride == 1 && columns >= width {
            vectorOuter(p, rows, rowStride: rowStride, columns, out, outStride: outStride, R.self)
        } else if rowStride < columnStride {
            for j in 0..<columns {
                out[j * outStride] += rowSum(p + j * columnStride, stride: rowStride, count: rows, as: R.Scalar.self)
            }
        } else {
            scalarOuter(p, rows, rowStride: rowStride, columns, columnStride: columnStride, out, outStride: outStride)
        }
    }

    /// c10's `CeilLog2` (1 for sizes up to 2).
    public static func ceilLog2(_ x: Int) -> Int {
        x <= 2 ? 1 : Int.bitWidth - (x - 1).leadingZeroBitCount
    }

    /// The registers summed lane-wise, then the leftover elements, then the lanes in order.
    @inline(__always)
    static func inner<R: SIMD & CascadeLane>(_ p: UnsafePointer<R.Scalar>, _ count: Int, _: R.Type) -> R.Scalar
    where R.Scalar: CascadeLane & BinaryFloatingPoint, R.Element == R.Scalar, R.Scalar.Element == R.Scalar {
        let width = R.scalarCount
        guard count >= width else { return rowSum(p, stride: 1, count: count, as: R.Scalar.self) }
        let vectors = count / width
        let lanes = rowSum(p, stride: width, count: vectors, as: R.self)
        var total: R.Scalar = 0
        for k in (vectors * width)..<count { total += p[k] }
        for lane in 0..<width { total += lanes[lane] }
        return total
    }

    /// `vectorized_outer_sum` when there is at least one register of columns, else `scalar_outer_sum`
    /// (a row-major block: rows `columns` apart, output slots adjacent).
    @inline(__always)
    static func outer<R: SIMD & CascadeLane>(
        _ p: UnsafePointer<R.Scalar>, _ rows: Int, _ columns: Int, _ out: UnsafeMutablePointer<R.Scalar>, _: R.Type
    ) where R.Scalar: CascadeLane & BinaryFloatingPoint, R.Element == R.Scalar, R.Scalar.Element == R.Scalar {
        if columns >= R.scalarCount {
            vectorOuter(p, rows, rowStride: columns, columns, out, outStride: 1, R.self)
        } else {
            scalarOuter(p, rows, rowStride: columns, columns, columnStride: 1, out, outStride: 1)
        }
    }

    /// `vectorized_outer_sum`: adjacent columns, rows `rowStride` apart. Blocks of four registers of
    /// columns cascade together, then single registers, then single columns (`row_sum` each).
    @inline(__always)
    static func vectorOuter<R: SIMD & CascadeLane>(
        _ p: UnsafePointer<R.Scalar>, _ rows: Int, rowStride: Int, _ columns: Int, _ out: UnsafeMutablePointer<R.Scalar>,
        outStride: Int, _: R.Type
    ) where R.Scalar: CascadeLane & BinaryFloatingPoint, R.Element == R.Scalar, R.Scalar.Element == R.Scalar {
        let width = R.scalarCount
        var j = 0
        while j + 4 * width <= columns {
            let sums = multiRowSum(p + j, rowStride: rowStride, columnStride: width, count: rows, as: R.self)
            accumulate(sums.0, into: out + j * outStride, outStride)
            accumulate(sums.1, into: out + (j + width) * outStride, outStride)
            accumulate(sums.2, into: out + (j + 2 * width) * outStride, outStride)
            accumulate(sums.3, into: out + (j + 3 * width) * outStride, outStride)
            j += 4 * width
        }
        while j + width <= columns {
            accumulate(rowSum(p + j, stride: rowStride, count: rows, as: R.self), into: out + j * outStride, outStride)
            j += width
        }
        while j < columns {
            out[j * outStride] += rowSum(p + j, stride: rowStride, count: rows, as: R.Scalar.self)
            j += 1
        }
    }

    /// `scalar_outer_sum`: blocks of four columns cascade together, then single columns.
    @inline(__always)
    static func scalarOuter<T: CascadeLane & BinaryFloatingPoint>(
        _ p: UnsafePointer<T>, _ rows: Int, rowStride: Int, _ columns: Int, columnStride: Int,
        _ out: UnsafeMutablePointer<T>, outStride: Int
    ) where T.Element == T {
        var j = 0
        while j + 4 <= columns {
            let sums = multiRowSum(
                p + j * columnStride, rowStride: rowStride, columnStride: columnStride, count: rows, as: T.self)
            out[j * outStride] += sums.0
            out[(j + 1) * outStride] += sums.1
            out[(j + 2) * outStride] += sums.2
            out[(j + 3) * outStride] += sums.3
            j += 4
        }
        while j < columns {
            out[j * outStride] += rowSum(p + j * columnStride, stride: rowStride, count: rows, as: T.self)
            j += 1
        }
    }

    /// `CastStoreAccumulate` of one register: each lane added to its output slot.
    @inline(__always)
    static func accumulate<R: SIMD>(_ register: R, into out: UnsafeMutablePointer<R.Scalar>, _ stride: Int = 1)
    where R.Scalar: FloatingPoint {
        for lane in 0..<R.scalarCount { out[lane * stride] += register[lane] }
    }

    /// `row_sum`: the run read as rows of four, each column cascaded, the leftover elements added
    /// to the first partial, then the four partials in order.
    @inline(__always)
    static func rowSum<L: CascadeLane>(_ p: UnsafePointer<L.Element>, stride: Int, count: Int, as _: L.Type) -> L {
        let rows = count / 4
        let partials = multiRowSum(p, rowStride: 4 * stride, columnStride: stride, count: rows, as: L.self)
        var first = partials.0
        for i in (rows * 4)..<count { first = first + L.load(p, i * stride) }
        return ((first + partials.1) + partials.2) + partials.3
    }

    /// `multi_row_sum` over four columns: blocks of `2^power` rows pushed up four levels of
    /// partial sums, so only numbers of similar magnitude are ever added.
    @inline(__always)
    static func multiRowSum<L: CascadeLane>(
        _ p: UnsafePointer<L.Element>, rowStride: Int, columnStride: Int, count: Int, as _: L.Type
    ) -> (L, L, L, L) {
        let power = Swift.max(4, ceilLog2(count) / 4)
        let step = 1 << power
        let mask = step - 1
        let (c1, c2, c3) = (columnStride, 2 * columnStride, 3 * columnStride)
        var level0 = Quad<L>()
        var level1 = Quad<L>()
        var level2 = Quad<L>()
        var level3 = Quad<L>()
        var i = 0
        while i + step <= count {
            var row = p + i * rowStride
            for _ in 0..<step {
                level0.add(L.load(row, 0), L.load(row, c1), L.load(row, c2), L.load(row, c3))
                row += rowStride
            }
            i += step
            level1.add(level0)
            level0 = Quad()
            if i & (mask << power) == 0 {
                level2.add(level1)
                level1 = Quad()
                if i & (mask << (2 * power)) == 0 {
                    level3.add(level2)
                    level2 = Quad()
                }
            }
        }
        var row = p + i * rowStride
        while i < count {
            level0.add(L.load(row, 0), L.load(row, c1), L.load(row, c2), L.load(row, c3))
            row += rowStride
            i += 1
        }
        level0.add(level1)
        level0.add(level2)
        level0.add(level3)
        return (level0.a, level0.b, level0.c, level0.d)
    }

    /// Four accumulators of one cascade level, one per column.
    struct Quad<L: CascadeLane> {
        var a = L.zero
        var b = L.zero
        var c = L.zero
        var d = L.zero

        @inline(__always)
        mutating func add(_ x: L, _ y: L, _ z: L, _ w: L) {
            a = a + x
            b = b + y
            c = c + z
            d = d + w
        }

        @inline(__always)
        mutating func add(_ other: Quad) {
            add(other.a, other.b, other.c, other.d)
        }
    }
}

/// What the cascade adds up: one element, or one register of elements (ATen's `LoadPolicy`).
protocol CascadeLane {
    associatedtype Element
    static var zero: Self { get }
    static func + (lhs: Self, rhs: Self) -> Self
    /// The lane starting `offset` elements past `p` (a register reads `scalarCount` elements).
    static func load(_ p: UnsafePointer<Element>, _ offset: Int) -> Self
}

extension Float: CascadeLane {
    typealias Element = Float

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>, _ offset: Int) -> Float { p[offset] }
}

extension Double: CascadeLane {
    typealias Element = Double

    @inline(__always)
    static func load(_ p: UnsafePointer<Double>, _ offset: Int) -> Double { p[offset] }
}

extension SIMD8: CascadeLane where Scalar == Float {
    typealias Element = Float

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>, _ offset: Int) -> SIMD8<Float> {
        UnsafeRawPointer(p + offset).loadUnaligned(as: SIMD8<Float>.self)
    }
}

extension SIMD4: CascadeLane where Scalar == Double {
    typealias Element = Double

    @inline(__always)
    static func load(_ p: UnsafePointer<Double>, _ offset: Int) -> SIMD4<Double> {
        UnsafeRawPointer(p + offset).loadUnaligned(as: SIMD4<Double>.self)
    }
}
