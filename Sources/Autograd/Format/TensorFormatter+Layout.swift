/// The part of a tensor that is actually printed, gathered in row-major order.
///
/// When summarising, every dimension longer than `2 * edgeItems` keeps only its
/// first and last `edgeItems` entries; only those elements are ever read.
struct DisplayedElements {
    /// Entries kept at each end of a cut dimension (`edgeitems`).
    let edgeItems: Int
    /// Number of kept entries per dimension.
    let counts: [Int]
    /// Whether each dimension was cut (and so shows an ellipsis after its head).
    let isCut: [Bool]
    /// The kept elements, row-major over `counts`.
    let values: [Scalar]

    /// Reads the displayed elements of a non-empty tensor through `element`.
    init(shape: [Int], summarise: Bool, edgeItems requested: Int = 3, element: (Int) -> Scalar) {
        let edgeItems = max(requested, 0)
        self.edgeItems = edgeItems
        let kept = shape.map { size -> [Int] in
            if summarise && size > 2 * edgeItems {
                let tail = (size - edgeItems)..<size
                return Array(0..<edgeItems) + Array(tail)
            }
            return Array(0..<max(size, 0))
        }
        counts = kept.map(\.count)
        isCut = kept.indices.map { kept[$0].count < shape[$0] }
        values = Self.gather(kept: kept, strides: Self.strides(shape), element: element)
    }

    /// Row-major strides, saturating instead of overflowing on absurd shapes.
    static func strides(_ shape: [Int]) -> [Int] {
        var result = [Int](repeating: 1, count: shape.count)
        var running = 1
        for dim in shape.indices.reversed() {
            result[dim] = running
            running = saturatingMultiply(running, max(shape[dim], 0))
        }
        return result
    }

    /// Walks every combination of kept indices like an odometer, last dimension fastest.
    private static func gather(
        kept: [[Int]], strides: [Int], element: (Int) -> Scalar
    ) -> [Scalar] {
        guard !kept.contains(where: \.isEmpty) else { return [] }
        var position = [Int](repeating: 0, count: kept.count)
        var result: [Scalar] = []
        while true {
            var flat = 0
            for dim in kept.indices {
                let offset = saturatingMultiply(kept[dim][position[dim]], strides[dim])
                flat = saturatingAdd(flat, offset)
            }
            result.append(element(flat))
            var dim = kept.count - 1
            while dim >= 0 {
                position[dim] += 1
                if position[dim] < kept[dim].count { break }
                position[dim] = 0
                dim -= 1
            }
            if dim < 0 { return result }
        }
    }

    /// `a * b`, clamped to `Int.max` instead of trapping.
    static func saturatingMultiply(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? Int.max : product
    }

    /// `a + b`, clamped to `Int.max` instead of trapping.
    static func saturatingAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}

/// Lays out the bracketed body of a non-empty tensor with ≥ 1 dimension.
struct BodyLayout {
    let displayed: DisplayedElements
    /// Padded element texts, parallel to `displayed.values`.
    let texts: [String]
    let width: Int
    /// Total line width rows wrap to (`linewidth`).
    var lineWidth = 80

    /// The block for dimension `dim` whose first element is `texts[offset]`.
    ///
    /// `indent` is the column of this block's `[`; its contents start one further right.
    func block(dim: Int, offset: Int, indent: Int) -> String {
        let last = displayed.counts.count - 1
        if dim >= last { return vector(offset: offset, indent: indent) }
        let stride = displayed.counts[(dim + 1)...].reduce(1, DisplayedElements.saturatingMultiply)
        var parts = (0..<displayed.counts[dim]).map { index in
            block(dim: dim + 1, offset: offset + index * stride, indent: indent + 1)
        }
        if displayed.isCut[dim] { parts.insert("...", at: displayed.edgeItems) }
        // Newlines before the spaces, so blank separator lines carry no trailing blanks.
        let newlines = String(repeating: "\n", count: last - dim)
        let separator = "," + newlines + String(repeating: " ", count: indent + 1)
        return "[" + parts.joined(separator: separator) + "]"
    }

    /// Python's `math.floor(a / b)` for a positive `b`.
    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && a < 0) ? q - 1 : q
    }

    /// A 1-d row, wrapped so that each line holds as many `width + 2` items as fit in 80 columns.
    private func vector(offset: Int, indent: Int) -> String {
        let count = displayed.counts.last ?? 0
        var items = Array(texts[offset..<(offset + count)])
        if displayed.isCut.last == true {
            items.insert(" ...", at: displayed.edgeItems)
        }
        let perLine = max(1, Self.floorDivide(lineWidth - indent, width + 2))
        let lines = stride(from: 0, to: items.count, by: perLine).map { start in
            items[start..<min(start + perLine, items.count)].joined(separator: ", ")
        }
        let separator = ",\n" + String(repeating: " ", count: indent + 1)
        return "[" + lines.joined(separator: separator) + "]"
    }
}
