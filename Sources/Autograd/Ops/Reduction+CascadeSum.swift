/// ATen's CPU summation order for floating tensors, so sums (and means, losses) match PyTorch to
/// the last bit: cascaded partial sums, 4-way interleaved accumulators, and the AVX2 lane layout
/// (8 floats or 4 doubles per vector) of `SumKernel.cpp`.
enum CascadeSum {
    /// Sums a contiguous floating tensor over `dims` (sorted, normalized); one value per output
    /// slot in row-major order.
    static func sum<T: FloatElement>(_ t: Tensor, dims: [Int], _: T.Type) throws -> [T] {
        let source = try t.contiguousData()
        let p = UnsafePointer(source.pointer(T.self) + source.offset)
        let width = 32 / MemoryLayout<T>.size
        let groups = Group.coalesce(shape: t.shape, reduced: dims)
        var out = [T](repeating: 0, count: groups.filter { !$0.reduced }.reduce(1) { $0 * $1.size })
        guard t.numel > 0 else { return out }
        guard groups.contains(where: \.reduced) else {
            for i in 0..<t.numel { out[i] = 0 + p[i] }
            return out
        }
        let innerCount = Swift.min(groups.count, 2)
        let inner = Array(groups.suffix(innerCount))
        let outer = Array(groups.dropLast(innerCount))
        var index = [Int](repeating: 0, count: outer.count)
        while true {
            var base = 0
            var slot = 0
            for (g, i) in zip(outer, index) {
                base += i * g.inputStride
                slot += i * g.outputStride
            }
            accumulate(p, base: base, slot: slot, inner: inner, width: width, into: &out)
            var d = outer.count - 1
            while d >= 0 {
                index[d] += 1
                if index[d] < outer[d].size { break }
                index[d] = 0
                d -= 1
            }
            if d < 0 { return out }
        }
    }

    /// The two innermost groups: an inner reduction of rows, or an outer reduction of columns.
    private static func accumulate<T: FloatElement>(
        _ p: UnsafePointer<T>, base: Int, slot: Int, inner: [Group], width: Int, into out: inout [T]
    ) {
        guard let last = inner.last else { return }
        if last.reduced {
            let rows = inner.count == 2 ? inner[0].size : 1
            for r in 0..<rows { out[slot + r] += innerSum(p, base + r * last.size, last.size, width: width) }
            return
        }
        let rows = inner[0].size
        let columns = last.size
        let block = columns >= width ? 4 * width : 4
        let cascaded = columns / block * block
        for j in 0..<columns {
            let start = base + j
            out[slot + j] +=
                j < cascaded
                ? cascade(p, start, stride: columns, count: rows) : interleaved(p, start, stride: columns, count: rows)
        }
    }

    /// `vectorized_inner_sum` for a contiguous run of at least one vector, else `row_sum`.
    static func innerSum<T: FloatElement>(_ p: UnsafePointer<T>, _ start: Int, _ count: Int, width: Int) -> T {
        guard count >= width else { return interleaved(p, start, stride: 1, count: count) }
        let vectors = count / width
        let lanes = (0..<width).map { interleaved(p, start + $0, stride: width, count: vectors) }
        var total: T = 0
        for k in (vectors * width)..<count { total += p[start + k] }
        for lane in lanes { total += lane }
        return total
    }

    /// `row_sum`: four interleaved cascades, the leftover elements, then the four partials in order.
    static func interleaved<T: FloatElement>(_ p: UnsafePointer<T>, _ start: Int, stride: Int, count: Int) -> T {
        let rows = count / 4
        var partials = (0..<4).map { cascade(p, start + $0 * stride, stride: 4 * stride, count: rows) }
        for i in (rows * 4)..<count { partials[0] += p[start + i * stride] }
        return partials[0] + partials[1] + partials[2] + partials[3]
    }

    /// One column of `multi_row_sum`: blocks of `2^power` elements pushed up four levels of partial sums.
    static func cascade<T: FloatElement>(_ p: UnsafePointer<T>, _ start: Int, stride: Int, count: Int) -> T {
        let levels = 4
        let power = Swift.max(4, ceilLog2(count) / levels)
        let step = 1 << power
        let mask = step - 1
        var acc = [T](repeating: 0, count: levels)
        var i = 0
        while i + step <= count {
            for _ in 0..<step {
                acc[0] += p[start + i * stride]
                i += 1
            }
            for j in 1..<levels {
                acc[j] += acc[j - 1]
                acc[j - 1] = 0
                if i & (mask << (j * power)) != 0 { break }
            }
        }
        while i < count {
            acc[0] += p[start + i * stride]
            i += 1
        }
        for j in 1..<levels { acc[0] += acc[j] }
        return acc[0]
    }

    /// c10's `CeilLog2` (1 for sizes up to 2).
    static func ceilLog2(_ x: Int) -> Int {
        x <= 2 ? 1 : Int.bitWidth - (x - 1).leadingZeroBitCount
    }

    /// A run of adjacent dimensions that are all reduced or all kept, merged into one.
    struct Group {
        var size: Int
        let reduced: Bool
        var inputStride = 1
        var outputStride = 0

        static func coalesce(shape: [Int], reduced dims: [Int]) -> [Group] {
            var groups: [Group] = []
            for (d, size) in shape.enumerated() {
                let isReduced = dims.contains(d)
                if let last = groups.last, last.reduced == isReduced {
                    groups[groups.count - 1].size *= size
                } else {
                    groups.append(Group(size: size, reduced: isReduced))
                }
            }
            var inputStride = 1
            var outputStride = 1
            for i in groups.indices.reversed() {
                groups[i].inputStride = inputStride
                inputStride *= groups[i].size
                if !groups[i].reduced {
                    groups[i].outputStride = outputStride
                    outputStride *= groups[i].size
                }
            }
            return groups
        }
    }
}
