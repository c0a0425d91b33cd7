/// The dimensions ATen's `TensorIterator` hands a reduction kernel, for an input of any strides:
/// the output's reduced dimensions (stride 0) moved innermost, the others sorted by stride
/// (`reorder_dimensions`), adjacent dimensions merged where memory allows (`coalesce_dimensions`),
/// then walked as 2-d blocks over the two innermost dimensions (`serial_for_each`'s `loop2d`).
/// Strides are in elements; operand 0 is the output (contiguous over the kept dimensions), 1 the input.
struct ReductionIterator {
    /// One `loop2d` call: sizes and strides of the two innermost dimensions.
    struct Block {
        var sizes: (Int, Int)
        var inStrides: (Int, Int)
        var outStrides: (Int, Int)
    }

    private(set) var shape: [Int]
    private(set) var inStrides: [Int]
    private(set) var outStrides: [Int]

    init(shape: [Int], strides: [Int], reduced: [Int]) {
        var kept = shape
        for d in reduced where d < kept.count { kept[d] = 1 }
        var out = Tensor.contiguousStrides(kept)
        for d in reduced where d < out.count { out[d] = 0 }
        let perm = Self.permutation(shape: shape, operands: [out, strides])
        self.shape = perm.map { shape[$0] }
        self.inStrides = perm.map { strides[$0] }
        self.outStrides = perm.map { out[$0] }
        coalesce()
    }

    /// `reorder_dimensions`: an insertion sort of the dimensions, fastest first, that tolerates
    /// ambiguous comparisons (broadcast dimensions, equal strides).
    private static func permutation(shape: [Int], operands: [[Int]]) -> [Int] {
        var perm = Array((0..<shape.count).reversed())
        for i in perm.indices.dropFirst() {
            var dim1 = i
            var dim0 = i - 1
            while dim0 >= 0 {
                let comparison = shouldSwap(perm[dim0], perm[dim1], shape: shape, operands: operands)
                if comparison > 0 {
                    perm.swapAt(dim0, dim1)
                    dim1 = dim0
                } else if comparison < 0 {
                    break
                }
                dim0 -= 1
            }
        }
        return perm
    }

    private static func shouldSwap(_ dim0: Int, _ dim1: Int, shape: [Int], operands: [[Int]]) -> Int {
        for (index, strides) in operands.enumerated() {
            let (stride0, stride1) = (strides[dim0], strides[dim1])
            // The output's reduced dimensions (stride 0) go first.
            if index == 0 && (stride0 == 0) != (stride1 == 0) { return stride1 == 0 ? 1 : -1 }
            if stride0 == 0 || stride1 == 0 { continue }
            if stride0 < stride1 { return -1 }
            if stride0 > stride1 { return 1 }
            if shape[dim0] > shape[dim1] { return 1 }
        }
        return 0
    }

    /// `coalesce_dimensions`: merges a dimension into the previous one when either has size 1 or
    /// both operands step through them as one.
    private mutating func coalesce() {
        guard shape.count > 1 else { return }
        var prev = 0
        for dim in 1..<shape.count {
            let mergeable =
                shape[prev] == 1 || shape[dim] == 1
                || (inStrides[prev] * shape[prev] == inStrides[dim] && outStrides[prev] * shape[prev] == outStrides[dim])
            if mergeable {
                if shape[prev] == 1 {
                    inStrides[prev] = inStrides[dim]
                    outStrides[prev] = outStrides[dim]
                }
                shape[prev] *= shape[dim]
            } else {
                prev += 1
                if prev != dim {
                    inStrides[prev] = inStrides[dim]
                    outStrides[prev] = outStrides[dim]
                    shape[prev] = shape[dim]
                }
            }
        }
        shape.removeLast(shape.count - prev - 1)
        inStrides.removeLast(inStrides.count - prev - 1)
        outStrides.removeLast(outStrides.count - prev - 1)
    }

    /// Calls `body(inputOffset, outputOffset, block)` for each 2-d block, outer dimensions in order.
    func forEachBlock(_ body: (Int, Int, Block) throws -> Void) rethrows {
        let n = shape.count
        let block = Block(
            sizes: (n > 0 ? shape[0] : 1, n > 1 ? shape[1] : 1),
            inStrides: (n > 0 ? inStrides[0] : 0, n > 1 ? inStrides[1] : 0),
            outStrides: (n > 0 ? outStrides[0] : 0, n > 1 ? outStrides[1] : 0))
        guard n > 2 else { return try body(0, 0, block) }
        var index = [Int](repeating: 0, count: n)
        while true {
            var (input, output) = (0, 0)
            for d in 2..<n {
                input += index[d] * inStrides[d]
                output += index[d] * outStrides[d]
            }
            try body(input, output, block)
            var d = 2
            while d < n {
                index[d] += 1
                if index[d] < shape[d] { break }
                index[d] = 0
                d += 1
            }
            if d == n { return }
        }
    }
}
