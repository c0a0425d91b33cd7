/// ATen's `parallel_reduce` for a sum to one value (`two_pass_reduction`): with more than one
/// thread and at least `GRAIN_SIZE` elements, `at::parallel_for` cuts the iteration into one range
/// per thread, each thread cascades its range into its own slot of a buffer of
/// `get_num_threads()` zeros, and the buffer is then summed the same way. PyTorch's result thus
/// depends on the thread count, and so does Wick's, with the same bits for the same count.
/// Sums that keep dimensions (`parallel_dim_reduction`) split the kept ones and do not depend on
/// it; they run on one thread here.
extension CascadeSum {
    /// The two-pass sum of all elements `loop` visits from `p` into `out[0]`, or false when ATen
    /// would sum serially (too few elements or one thread).
    static func twoPass<T: FloatElement>(
        _ loop: ReductionIterator, _ p: UnsafePointer<T>, count: Int, into out: UnsafeMutablePointer<T>
    ) throws -> Bool {
        guard count >= Parallel.grainSize, case let threads = Parallel.threadCount, threads > 1 else { return false }
        let ranges = Parallel.ranges(count, threads: threads)
        var buffer = [T](repeating: 0, count: threads)
        buffer.withUnsafeMutableBufferPointer { slots in
            guard let slots = slots.baseAddress else { return }
            Parallel.run(tasks: ranges.count) { task in
                loop.forEachBlock(in: ranges[task]) { input, _, block in
                    guard !Interruption.isPending else { return }
                    CascadeSum.run(block, p + input, slots + task)
                }
            }
        }
        try Interruption.check()
        let final = ReductionIterator(shape: [threads], strides: [1], reduced: [0])
        try buffer.withUnsafeBufferPointer { slots in
            guard let slots = slots.baseAddress else { return }
            try final.forEachBlock { input, output, block in run(block, slots + input, out + output) }
        }
        return true
    }
}

extension ReductionIterator {
    /// `serial_for_each` over part of the iteration (elements `range` in the iterator's order):
    /// `DimCounter`'s blocks, cut where the range starts and ends, then whole 2-d blocks.
    func forEachBlock(in range: Range<Int>, _ body: (Int, Int, Block) -> Void) {
        let n = shape.count
        guard n > 1 else {
            let (inStride, outStride) = (n > 0 ? inStrides[0] : 0, n > 0 ? outStrides[0] : 0)
            let block = Block(sizes: (range.count, 1), inStrides: (inStride, 0), outStrides: (outStride, 0))
            return body(range.lowerBound * inStride, range.lowerBound * outStride, block)
        }
        var values = [Int](repeating: 0, count: n)
        var linear = range.lowerBound
        for d in 0..<n where shape[d] > 0 {
            values[d] = linear % shape[d]
            linear /= shape[d]
        }
        var offset = range.lowerBound
        while offset < range.upperBound {
            let step0 = min(shape[0] - values[0], range.upperBound - offset)
            let step1 = step0 == shape[0] ? min(shape[1] - values[1], (range.upperBound - offset) / shape[0]) : 1
            var (input, output) = (0, 0)
            for d in 0..<n {
                input += values[d] * inStrides[d]
                output += values[d] * outStrides[d]
            }
            let block = Block(
                sizes: (step0, step1), inStrides: (inStrides[0], inStrides[1]), outStrides: (outStrides[0], outStrides[1]))
            body(input, output, block)
            offset += step0 * step1
            advance(&values, by: step1 != 1 ? step1 : step0, from: step1 != 1 ? 1 : 0)
        }
    }

    /// `DimCounter::increment`: adds `overflow` at dimension `start`, carrying upwards.
    private func advance(_ values: inout [Int], by overflow: Int, from start: Int) {
        var carry = overflow
        var d = start
        while d < shape.count && carry > 0 {
            let value = values[d] + carry
            if value >= shape[d] {
                values[d] = value - shape[d]
                carry = 1
            } else {
                values[d] = value
                carry = 0
            }
            d += 1
        }
    }
}
