/// Fewer, longer rows for the same row-major walk, as ATen's `TensorIterator::coalesce_dimensions`.
extension StridedLoop {
    /// The layout of a walk over `shape` with two sets of strides, with size-1 dimensions dropped and
    /// each dimension merged into the one outside it when both layouts step through it as one run
    /// (`stride[outer] == stride[inner] * shape[inner]`). Elements come in the same order, so a
    /// `(256, 1)` result plus an expanded bias is one row of 256 instead of 256 rows of one.
    static func coalesced(
        shape: [Int], stridesA: [Int], stridesB: [Int]
    ) -> (shape: [Int], stridesA: [Int], stridesB: [Int]) {
        var outShape: [Int] = []
        var outA: [Int] = []
        var outB: [Int] = []
        outShape.reserveCapacity(shape.count)
        outA.reserveCapacity(shape.count)
        outB.reserveCapacity(shape.count)
        for d in shape.indices where shape[d] != 1 {
            if let last = outShape.indices.last, outA[last] == stridesA[d] &* shape[d],
                outB[last] == stridesB[d] &* shape[d]
            {
                outShape[last] &*= shape[d]
                outA[last] = stridesA[d]
                outB[last] = stridesB[d]
            } else {
                outShape.append(shape[d])
                outA.append(stridesA[d])
                outB.append(stridesB[d])
            }
        }
        return (outShape, outA, outB)
    }
}
