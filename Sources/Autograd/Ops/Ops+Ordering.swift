/// `sort`, `argsort`, `topk`, `kthvalue`, `cumsum` and `cumprod`, each declared once as a row.
enum Ordering {
    /// What sort and topk remember: the input's shape and dtype, and the dim they picked along.
    typealias PickParams = (shape: [Int], dtype: DType, dim: Int)

    static let sortRow = OpRow<PickParams>(
        "SortBackward0",
        python: PythonSignature(
            "sort", "Tensor.sort(dim=-1, descending=False, stable=False) -> (Tensor, LongTensor)",
            "The elements sorted along dim (NaN last), and where each came from, as torch.return_types.sort."),
        saves: [.indices], probe: GradientProbe(shapes: [[2, 4]]) { try $0[0].sorted(dim: 1, descending: true).values }
    ) { grad, saved, p in [try selectionGradient(grad, saved(.indices), p.shape, p.dtype, p.dim)] }

    static let topkRow = OpRow<PickParams>(
        "TopkBackward0",
        python: PythonSignature(
            "topk", "Tensor.topk(k, dim=-1, largest=True, sorted=True) -> (Tensor, LongTensor)",
            "The k largest (or smallest) elements along dim and their indices, as torch.return_types.topk."),
        saves: [.indices], probe: GradientProbe(shapes: [[2, 4]]) { try $0[0].topk(2, dim: 1, largest: true).values }
    ) { grad, saved, p in [try selectionGradient(grad, saved(.indices), p.shape, p.dtype, p.dim)] }

    static let kthvalueRow = OpRow<(shape: [Int], dtype: DType, dim: Int, keepDim: Bool)>(
        "KthvalueBackward0",
        python: PythonSignature(
            "kthvalue", "Tensor.kthvalue(k, dim=-1, keepdim=False) -> (Tensor, LongTensor)",
            "The k-th smallest element along dim (k counts from 1) and its index, as torch.return_types.kthvalue."),
        saves: [.indices], probe: GradientProbe(shapes: [[2, 4]]) { try $0[0].kthvalue(2, dim: 1, keepDim: false).values }
    ) { grad, saved, p in
        let indices = try saved(.indices)
        let (g, i) = p.keepDim ? (grad, indices) : (try grad.unsqueeze(p.dim), try indices.unsqueeze(p.dim))
        return [try selectionGradient(g, i, p.shape, p.dtype, p.dim)]
    }

    static let cumsumRow = OpRow<(dim: Int, dtype: DType)>(
        "CumsumBackward0",
        python: PythonSignature(
            "cumsum", "Tensor.cumsum(dim, dtype=None) -> Tensor",
            "Running sums along dim (integers and bools sum as int64)."),
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].cumulative(product: false, dim: 1) }
    ) { grad, _, p in [try grad.flip([p.dim]).cumulative(product: false, dim: p.dim).flip([p.dim]).to(p.dtype)] }

    static let cumprodRow = OpRow<Int>(
        "CumprodBackward0",
        python: PythonSignature(
            "cumprod", "Tensor.cumprod(dim, dtype=None) -> Tensor",
            "Running products along dim (integers and bools multiply as int64)."),
        saves: [.input, .result],
        probe: GradientProbe(shapes: [[2, 3]], low: 0.5) { try $0[0].cumulative(product: true, dim: 1) }
    ) { grad, saved, d in [try cumprodGradient(grad, saved.input(), saved.result(), d)] }

    static let rows: [AnyOpRow] = [sortRow, topkRow, kthvalueRow, cumsumRow, cumprodRow, medianRow, aminmaxRow]

    /// The gradient of an op that picked `indices` along `dim`: zeros with `grad` put back where each came from.
    static func selectionGradient(_ grad: Tensor, _ indices: Tensor, _ shape: [Int], _ dtype: DType, _ dim: Int) throws -> Tensor
    {
        try Tensor(zeros: shape, dtype: dtype).scatter(dim, indices, grad, accumulate: false)
    }

    /// `sum_{k >= i} grad_k * out_k / x_i`; exact (without dividing) where an input is zero.
    static func cumprodGradient(_ grad: Tensor, _ x: Tensor, _ out: Tensor, _ d: Int) throws -> Tensor {
        let hasZero = try GradMode.with(false) { try Comparison.equal.compute(x, .wrapping(.int(0))).checkedValues(Bool.self) }
            .contains(true)
        if !hasZero {
            return try (grad * out).flip([d]).cumulative(product: false, dim: d).flip([d]) / x
        }
        let xs = try x.converted(to: .float64).checkedValues(Double.self)
        let gs = try grad.converted(to: .float64).checkedValues(Double.self)
        var result = [Double](repeating: 0, count: xs.count)
        let (outer, size, inner) = FlatIndex.lanes(x.shape, d)
        for o in 0..<outer {
            for i in 0..<inner {
                let at = { (k: Int) in (o * size + k) * inner + i }
                for j in 0..<size {
                    var total = 0.0
                    var prefix = 1.0
                    for k in 0..<size {
                        if k != j { prefix *= xs[at(k)] }
                        if k >= j { total += gs[at(k)] * prefix }
                    }
                    result[at(j)] = total
                }
            }
        }
        return try Kernels.tensor(result, shape: x.shape, dtype: .float64).to(x.dtype)
    }

    /// For every lane along `d`, the order of its positions (stable; NaN counts as largest).
    static func order(_ t: Tensor, _ d: Int, descending: Bool) throws -> [[Int]] {
        let values: [Double]
        let integers: [Int64]?
        if t.dtype.isFloatingPoint {
            values = try t.converted(to: .float64).checkedValues(Double.self)
            integers = nil
        } else {
            integers = try t.converted(to: .int64).checkedValues(Int64.self)
            values = []
        }
        let (outer, size, inner) = FlatIndex.lanes(t.shape, d)
        var lanes: [[Int]] = []
        lanes.reserveCapacity(outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                let at = { (k: Int) in (o * size + k) * inner + i }
                let before: (Int, Int) -> Bool
                if let integers {
                    before = { a, b in descending ? integers[at(a)] > integers[at(b)] : integers[at(a)] < integers[at(b)] }
                } else {
                    before = { a, b in
                        let (x, y) = (values[at(a)], values[at(b)])
                        if x.isNaN || y.isNaN { return descending ? (x.isNaN && !y.isNaN) : (!x.isNaN && y.isNaN) }
                        return descending ? x > y : x < y
                    }
                }
                lanes.append(mergeSorted(Array(0..<size), by: before))
            }
        }
        return lanes
    }

    /// A stable merge sort (Swift's `sorted(by:)` promises no stability).
    static func mergeSorted(_ items: [Int], by before: (Int, Int) -> Bool) -> [Int] {
        var a = items
        var buffer = items
        var width = 1
        while width < a.count {
            var start = 0
            while start < a.count {
                let mid = min(start + width, a.count)
                let end = min(start + 2 * width, a.count)
                var (l, r, k) = (start, mid, start)
                while l < mid || r < end {
                    if r >= end || (l < mid && !before(a[r], a[l])) {
                        buffer[k] = a[l]
                        l += 1
                    } else {
                        buffer[k] = a[r]
                        r += 1
                    }
                    k += 1
                }
                start = end
            }
            swap(&a, &buffer)
            width *= 2
        }
        return a
    }
}
