/// ATen's CPU summation order for floating tensors, so sums (and means, losses) match PyTorch to
/// the last bit: cascaded partial sums, 4-way interleaved accumulators, and the AVX2 lane layout
/// (8 floats or 4 doubles per vector) of `SumKernel.cpp`.
///
/// This is the tensor-level driver: it coalesces dimensions, walks the outer slices and hands each
/// contiguous row or block of columns to the vector kernels (`VectorKernels.CascadeSum`).
enum CascadeSum {
    /// Sums a floating tensor over `dims` (sorted, normalized) into `out`, one value per output
    /// slot in row-major order (`out` holds the product of the kept sizes).
    static func sum<T: FloatElement>(_ t: Tensor, dims: [Int], _: T.Type, into out: UnsafeMutablePointer<T>) throws {
        let source = try t.contiguousData()
        let p = UnsafePointer(source.pointer(T.self) + source.offset)
        let groups = Group.coalesce(shape: t.shape, reduced: dims)
        let outCount = groups.lazy.filter { !$0.reduced }.reduce(1) { $0 * $1.size }
        out.initialize(repeating: 0, count: outCount)
        guard t.numel > 0 else { return }
        guard groups.contains(where: \.reduced) else {
            for i in 0..<t.numel { out[i] = 0 + p[i] }
            return
        }
        try withExtendedLifetime(source) {
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
                accumulate(p + base, inner: inner, into: out + slot)
                try Interruption.check()
                var d = outer.count - 1
                while d >= 0 {
                    index[d] += 1
                    if index[d] < outer[d].size { break }
                    index[d] = 0
                    d -= 1
                }
                if d < 0 { return }
            }
        }
    }

    /// The sum of every element, in ATen's order.
    static func total<T: FloatElement>(_ t: Tensor, _: T.Type) throws -> T {
        var result: T = 0
        try sum(t, dims: Array(0..<t.dim), T.self, into: &result)
        return result
    }

    /// The two innermost groups: an inner reduction of rows, or an outer reduction of columns.
    private static func accumulate<T: FloatElement>(_ p: UnsafePointer<T>, inner: [Group], into out: UnsafeMutablePointer<T>) {
        guard let last = inner.last else { return }
        if last.reduced {
            let rows = inner.count == 2 ? inner[0].size : 1
            for r in 0..<rows { out[r] += T.cascadeSum(p + r * last.size, count: last.size) }
        } else {
            T.cascadeColumnSums(p, rows: inner[0].size, columns: last.size, into: out)
        }
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
