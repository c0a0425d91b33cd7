/// Small broadcasts read as whole rows: a bias added to every row of a matrix (`addmm`'s
/// `bias.expand(...) + product`), a mean's gradient expanded from one value. Each row runs the
/// same flat loop as a same-shape operation, so the results are the same bits as the strided walk's.
extension Kernels {
    /// The length `m` of the contiguous block `t` repeats when read broadcast to `shape`: element
    /// `i` of the broadcast is `t`'s element `offset + i % m`; `nil` for any other layout.
    static func repeatedBlock(_ t: Tensor, in shape: [Int]) -> Int? {
        let lead = shape.count - t.dim
        guard lead >= 0 else { return nil }
        var block = 1
        var d = shape.count - 1
        while d >= 0 {
            let td = d - lead
            if shape[d] != 1 {
                guard td >= 0, t.shape[td] == shape[d], t.strides[td] == block else { break }
                block &*= shape[d]
            }
            d -= 1
        }
        while d >= 0 {
            let td = d - lead
            if shape[d] != 1 && td >= 0 && t.shape[td] != 1 && t.strides[td] != 0 { return nil }
            d -= 1
        }
        return block
    }

    /// `out[i] = f(a[i], b[i % m])` (or `f(a[i % m], b[i])` when `aRepeats`) for a contiguous
    /// operand of `n` elements and one repeating a block of `m`; `false` when the layout is
    /// another. Only below the grain size: these loops are not cut into interruptible pieces.
    @inline(__always)
    static func zipRepeated<T, R>(
        _ a: Tensor, _ b: Tensor, _ shape: [Int], n: Int, into dst: UnsafeMutablePointer<R>, _ f: (T, T) -> R
    ) -> Bool {
        guard n < Parallel.grainSize else { return false }
        let pa = UnsafePointer(a.pointer(T.self) + a.offset)
        let pb = UnsafePointer(b.pointer(T.self) + b.offset)
        if a.numel == n && a.isContiguous, let m = repeatedBlock(b, in: shape), m > 0 {
            withExtendedLifetime((a, b)) {
                if m == 1 {
                    let s = pb[0]
                    Loops.map(pa, dst, n) { f($0, s) }
                } else {
                    for start in stride(from: 0, to: n, by: m) { Loops.zip(pa + start, pb, dst + start, m, f) }
                }
            }
            return true
        }
        if b.numel == n && b.isContiguous, let m = repeatedBlock(a, in: shape), m > 0 {
            withExtendedLifetime((a, b)) {
                if m == 1 {
                    let s = pa[0]
                    Loops.map(pb, dst, n) { f(s, $0) }
                } else {
                    for start in stride(from: 0, to: n, by: m) { Loops.zip(pa, pb + start, dst + start, m, f) }
                }
            }
            return true
        }
        return false
    }
}
