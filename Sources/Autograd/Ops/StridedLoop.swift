/// Row-major walks over strided layouts; the inner dimension runs as a tight loop.
enum StridedLoop {
    /// Calls `body(offset)` for every element of a strided view, in row-major order.
    @inline(__always)
    static func forEach(shape: [Int], strides: [Int], start: Int, _ body: (Int) -> Void) {
        let rank = shape.count
        guard rank > 0 else { return body(start) }
        guard !shape.contains(0) else { return }
        var index = [Int](repeating: 0, count: rank)
        var base = start
        let last = rank - 1
        let inner = shape[last]
        let innerStride = strides[last]
        outer: while true {
            var offset = base
            for _ in 0..<inner {
                body(offset)
                offset &+= innerStride
            }
            var d = last - 1
            while d >= 0 {
                index[d] += 1
                base &+= strides[d]
                if index[d] < shape[d] { continue outer }
                base &-= strides[d] &* shape[d]
                index[d] = 0
                d -= 1
            }
            return
        }
    }

    /// Calls `body(a, b)` with the offsets of two layouts that share one shape.
    @inline(__always)
    static func forEach2(
        shape: [Int], stridesA: [Int], startA: Int, stridesB: [Int], startB: Int,
        _ body: (Int, Int) -> Void
    ) {
        let rank = shape.count
        guard rank > 0 else { return body(startA, startB) }
        guard !shape.contains(0) else { return }
        var index = [Int](repeating: 0, count: rank)
        var baseA = startA
        var baseB = startB
        let last = rank - 1
        let inner = shape[last]
        let innerA = stridesA[last]
        let innerB = stridesB[last]
        outer: while true {
            var a = baseA
            var b = baseB
            for _ in 0..<inner {
                body(a, b)
                a &+= innerA
                b &+= innerB
            }
            var d = last - 1
            while d >= 0 {
                index[d] += 1
                baseA &+= stridesA[d]
                baseB &+= stridesB[d]
                if index[d] < shape[d] { continue outer }
                baseA &-= stridesA[d] &* shape[d]
                baseB &-= stridesB[d] &* shape[d]
                index[d] = 0
                d -= 1
            }
            return
        }
    }

    /// Calls `body(a, b, count, strideA, strideB)` once per innermost row of two layouts that share
    /// one shape, so the caller can run a tight (often contiguous or broadcast) loop over the row.
    @inline(__always)
    static func forEachRow2(
        shape: [Int], stridesA: [Int], startA: Int, stridesB: [Int], startB: Int,
        _ body: (_ a: Int, _ b: Int, _ count: Int, _ strideA: Int, _ strideB: Int) -> Void
    ) {
        let rank = shape.count
        guard rank > 0 else { return body(startA, startB, 1, 0, 0) }
        guard !shape.contains(0) else { return }
        let last = rank - 1
        var index = [Int](repeating: 0, count: rank)
        var baseA = startA
        var baseB = startB
        while true {
            body(baseA, baseB, shape[last], stridesA[last], stridesB[last])
            var d = last - 1
            while d >= 0 {
                index[d] += 1
                baseA &+= stridesA[d]
                baseB &+= stridesB[d]
                if index[d] < shape[d] { break }
                baseA &-= stridesA[d] &* shape[d]
                baseB &-= stridesB[d] &* shape[d]
                index[d] = 0
                d -= 1
            }
            if d < 0 { return }
        }
    }

    /// The storage offset of the element at a row-major flat index.
    static func offset(ofFlatIndex flat: Int, shape: [Int], strides: [Int], start: Int) -> Int {
        var remaining = flat
        var offset = start
        for d in stride(from: shape.count - 1, through: 0, by: -1) where shape[d] > 0 {
            offset += (remaining % shape[d]) * strides[d]
            remaining /= shape[d]
        }
        return offset
    }
}
