/// One lane of a softmax-family kernel, in the order of operations of ATen's CPU kernels.
protocol SoftmaxKernel {
    /// Whether ATen runs this kernel through its chunked loops (vector registers within chunks)
    /// rather than `_vec_softmax`'s (registers from the start of each row of inner positions).
    static var chunked: Bool { get }
    /// `lanes` holds the kernel's inputs along the softmax dimension; `vectorized` tells whether
    /// ATen computes this lane in vector registers (SLEEF math) or with the C library.
    static func apply<T: FloatElement>(_ lanes: [[T]], lastDim: Bool, vectorized: Bool) -> [T]
    /// The same formula along the last dimension, where ATen vectorises every element: one
    /// contiguous row of each input (`b` is `a` for one-input kernels) into `out`.
    static func row<T: FloatElement>(_ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ n: Int)
}

extension Softmax {
    /// Runs `K` over every lane along `dim` of the same-shaped `inputs`.
    static func run<K: SoftmaxKernel>(_ inputs: [Tensor], dim: Int, _: K.Type) throws -> Tensor {
        let shape = inputs.first?.shape ?? []
        let lastDim = dim == shape.count - 1 || shape.isEmpty
        if lastDim, let first = inputs.first {
            return try first.dtype == .float64
                ? rows(inputs, Double.self, K.self) : rows(inputs, Float.self, K.self)
        }
        let lanes = Lanes(shape: shape, dim: dim)
        func go<T: FloatElement>(_: T.Type) throws -> Tensor {
            let w = Softmax.width(T.self)
            return try Lanes.map(inputs, dim: dim, T.self) { values, lane in
                let position = lane % lanes.inner
                let vectorized =
                    K.chunked
                    ? chunkedPosition(position, inner: lanes.inner, dimSize: lanes.size, width: w, itemSize: MemoryLayout<T>.size)
                    : position < lanes.inner - lanes.inner % w
                return K.apply(values, lastDim: lastDim, vectorized: lastDim || vectorized)
            }
        }
        return try inputs.first?.dtype == .float64 ? go(Double.self) : go(Float.self)
    }

    /// `K` along the last dimension: contiguous rows, no per-row arrays.
    private static func rows<K: SoftmaxKernel, T: FloatElement>(_ inputs: [Tensor], _: T.Type, _: K.Type) throws -> Tensor {
        let sources = try inputs.map { try $0.contiguousData() }
        let shape = inputs[0].shape
        let out = try Tensor(uninitialized: shape, dtype: T.dtype)
        let n = shape.last ?? 1
        let count = out.numel
        guard n > 0 && count > 0 else { return out }
        let a = UnsafePointer(sources[0].pointer(T.self) + sources[0].offset)
        let last = sources[sources.count - 1]
        let b = UnsafePointer(last.pointer(T.self) + last.offset)
        let dst = out.pointer(T.self)
        withExtendedLifetime(sources) {
            var start = 0
            while start < count {
                K.row(a + start, b + start, dst + start, n)
                start += n
            }
        }
        return out
    }

    /// The largest of `n` values, NaN propagating as `vec::maximum` does.
    @inline(__always)
    static func maximum<T: FloatElement>(_ x: UnsafePointer<T>, _ n: Int) -> T {
        var top = x[0]
        for k in 1..<Swift.max(n, 1) where x[k].isNaN || x[k] > top { top = x[k] }
        return top
    }

    /// Whether an inner position falls in a whole vector register of its chunk
    /// (`vec_logsoftmax_chunk_size_and_num_chunks` with ATen's 128 KiB block).
    static func chunkedPosition(_ position: Int, inner: Int, dimSize: Int, width: Int, itemSize: Int) -> Bool {
        var maxChunk = Swift.max(128 * 1024 / Swift.max(dimSize, 1) / itemSize, width)
        maxChunk = maxChunk / width * width
        let chunk = Swift.max(Swift.min(maxChunk, inner), 1)
        let begin = position / chunk * chunk
        let size = Swift.min(chunk, inner - begin)
        return position - begin < size - size % width
    }

    /// The largest value, NaN propagating as `vec::maximum` does.
    static func maximum<T: FloatElement>(_ x: [T]) -> T {
        guard var top = x.first else { return 0 }
        for v in x where v.isNaN || v > top { top = v }
        return top
    }

    /// A running sum from zero, as ATen's loops along a non-last dimension accumulate.
    static func runningSum<T: FloatElement>(_ x: [T]) -> T {
        var total: T = 0
        for v in x { total += v }
        return total
    }
}

enum SoftmaxForward: SoftmaxKernel {
    static var chunked: Bool { false }

    static func row<T: FloatElement>(_ x: UnsafePointer<T>, _: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ n: Int) {
        let top = Softmax.maximum(x, n)
        for k in 0..<n { out[k] = VectorMath.exp(x[k] - top) }
        let inverse = 1 / Softmax.laneSum(count: n) { out[$0] }
        for k in 0..<n { out[k] *= inverse }
    }

    static func apply<T: FloatElement>(_ lanes: [[T]], lastDim: Bool, vectorized: Bool) -> [T] {
        let x = lanes[0]
        let top = Softmax.maximum(x)
        let exps = x.map { vectorized ? VectorMath.exp($0 - top) : T.exp($0 - top) }
        guard lastDim else {
            let total = Softmax.runningSum(exps)
            return exps.map { $0 / total }
        }
        let inverse = 1 / Softmax.laneSum(exps)
        return exps.map { $0 * inverse }
    }
}

enum LogSoftmaxForward: SoftmaxKernel {
    static var chunked: Bool { true }

    static func row<T: FloatElement>(_ x: UnsafePointer<T>, _: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ n: Int) {
        let top = Softmax.maximum(x, n)
        for k in 0..<n { out[k] = VectorMath.exp(x[k] - top) }
        let logSum = VectorMath.log(Softmax.laneSum(count: n) { out[$0] })
        for k in 0..<n { out[k] = (x[k] - top) - logSum }
    }

    static func apply<T: FloatElement>(_ lanes: [[T]], lastDim: Bool, vectorized: Bool) -> [T] {
        let x = lanes[0]
        let top = Softmax.maximum(x)
        let exps = x.map { vectorized ? VectorMath.exp($0 - top) : T.exp($0 - top) }
        let logSum = VectorMath.log(lastDim ? Softmax.laneSum(exps) : Softmax.runningSum(exps))
        return x.map { ($0 - top) - logSum }
    }
}

/// `(grad - sum(grad * output)) * output`; along a non-last dimension the dot product
/// accumulates with fused multiply-adds.
enum SoftmaxGradient: SoftmaxKernel {
    static var chunked: Bool { true }

    static func row<T: FloatElement>(_ g: UnsafePointer<T>, _ y: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ n: Int) {
        let dot = Softmax.laneSum(count: n) { g[$0] * y[$0] }
        for k in 0..<n { out[k] = (g[k] - dot) * y[k] }
    }

    static func apply<T: FloatElement>(_ lanes: [[T]], lastDim: Bool, vectorized: Bool) -> [T] {
        let (g, y) = (lanes[0], lanes[1])
        if lastDim {
            let dot = Softmax.laneSum(g.indices.map { g[$0] * y[$0] })
            return g.indices.map { (g[$0] - dot) * y[$0] }
        }
        var dot: T = 0
        for k in g.indices { dot = dot.addingProduct(g[k], y[k]) }
        return g.indices.map { y[$0] * (g[$0] - dot) }
    }
}

/// `grad - exp(output) * sum(grad)`, the product fused into the subtraction.
enum LogSoftmaxGradient: SoftmaxKernel {
    static var chunked: Bool { true }

    static func row<T: FloatElement>(_ g: UnsafePointer<T>, _ y: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ n: Int) {
        let total = Softmax.laneSum(count: n) { g[$0] }
        for k in 0..<n { out[k] = g[k].addingProduct(-VectorMath.exp(y[k]), total) }
    }

    static func apply<T: FloatElement>(_ lanes: [[T]], lastDim: Bool, vectorized: Bool) -> [T] {
        let (g, y) = (lanes[0], lanes[1])
        let total = lastDim ? Softmax.laneSum(g) : Softmax.runningSum(g)
        return g.indices.map { k in
            g[k].addingProduct(-(vectorized ? VectorMath.exp(y[k]) : T.exp(y[k])), total)
        }
    }
}
