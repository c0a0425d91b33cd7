/// Strided walks that stop for Ctrl-C: the same row-major order as `forEach` and `forEach2`, cut
/// into blocks of about `Interruption.chunk` elements with a check between blocks.
extension StridedLoop {
    /// `forEach`, throwing `KeyboardInterrupt` between blocks when Ctrl-C is pending.
    @inline(__always)
    static func forEachChecked(shape: [Int], strides: [Int], start: Int, _ body: (Int) -> Void) throws {
        try blocks(shape) { blockShape, leading in
            forEach(shape: blockShape, strides: strides, start: start &+ leading(strides), body)
        }
    }

    /// `forEach2`, throwing `KeyboardInterrupt` between blocks when Ctrl-C is pending.
    @inline(__always)
    static func forEach2Checked(
        shape: [Int], stridesA: [Int], startA: Int, stridesB: [Int], startB: Int, _ body: (Int, Int) -> Void
    ) throws {
        try blocks(shape) { blockShape, leading in
            forEach2(
                shape: blockShape, stridesA: stridesA, startA: startA &+ leading(stridesA), stridesB: stridesB,
                startB: startB &+ leading(stridesB), body)
        }
    }

    /// `forEachRow2` over the coalesced layout, throwing `KeyboardInterrupt` between blocks when
    /// Ctrl-C is pending; a row longer than a chunk arrives in pieces.
    @inline(__always)
    static func forEachRow2Checked(
        shape: [Int], stridesA: [Int], startA: Int, stridesB: [Int], startB: Int,
        _ body: (_ a: Int, _ b: Int, _ count: Int, _ strideA: Int, _ strideB: Int) -> Void
    ) throws {
        guard !shape.contains(0) else { return }
        let walk = coalesced(shape: shape, stridesA: stridesA, stridesB: stridesB)
        try blocks(walk.shape) { blockShape, leading in
            forEachRow2(
                shape: blockShape, stridesA: walk.stridesA, startA: startA &+ leading(walk.stridesA),
                stridesB: walk.stridesB, startB: startB &+ leading(walk.stridesB), body)
        }
    }

    /// Calls `walk(blockShape, leading)` for consecutive row-major blocks of `shape`: `blockShape`
    /// has `shape`'s rank, and `leading(strides)` is the offset of the block's first element.
    /// A walk of at most one chunk is a single block with no check.
    private static func blocks(
        _ shape: [Int], _ walk: (_ blockShape: [Int], _ leading: ([Int]) -> Int) -> Void
    ) throws {
        let count = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
        guard count > Interruption.chunk, !shape.isEmpty else { return walk(shape, { _ in 0 }) }
        // The outermost dimensions whose one step still covers more than a chunk are walked
        // index by index; the next dimension is split into blocks of rows.
        var split = 0
        var inner = count / shape[0]
        while inner > Interruption.chunk && split + 1 < shape.count {
            split += 1
            inner /= shape[split]
        }
        let rowsPerBlock = max(1, Interruption.chunk / max(inner, 1))
        var index = [Int](repeating: 0, count: split)
        while true {
            var row = 0
            while row < shape[split] {
                let rows = min(rowsPerBlock, shape[split] - row)
                var blockShape = shape
                for d in 0..<split { blockShape[d] = 1 }
                blockShape[split] = rows
                let first = row
                walk(blockShape) { strides in
                    var offset = first &* strides[split]
                    for d in 0..<split { offset &+= index[d] &* strides[d] }
                    return offset
                }
                row += rows
                try Interruption.check()
            }
            guard increment(&index, within: shape) else { return }
        }
    }

    /// Steps `index` (the first `index.count` dims of `shape`) to the next position in row-major
    /// order; false, with `index` back at zeros, after the last one.
    static func increment(_ index: inout [Int], within shape: [Int]) -> Bool {
        var d = index.count - 1
        while d >= 0 {
            index[d] += 1
            if index[d] < shape[d] { return true }
            index[d] = 0
            d -= 1
        }
        return false
    }
}
