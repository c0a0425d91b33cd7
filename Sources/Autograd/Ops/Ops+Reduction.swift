#if canImport(Glibc)
    import Glibc
#endif

extension Tensor {
    /// Sum of all elements (`SumBackward0`); integer and bool tensors sum to int64. With `dtype`, the
    /// input is converted first and the gradient converted back.
    public func sum(dtype target: DType? = nil) throws -> Tensor {
        let source = try target.map { try converted(to: $0) } ?? self
        let result = try Tensor.scalarTensor(Reduction.total(source), dtype: target ?? Reduction.sumType(dtype))
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Reduction.sumAll.record(result, inputs: [self], params: ReductionParams(self))
        return result
    }

    /// Sum over `dims` (`SumBackward1`).
    public func sum(dims: [Int], keepDim: Bool, dtype target: DType? = nil) throws -> Tensor {
        let reduced = try Reduction.normalize(dims, rank: dim)
        let source = try target.map { try converted(to: $0) } ?? self
        let result = try Reduction.sumKernel(source, dims: reduced, keepDim: keepDim)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Reduction.sumDims.record(result, inputs: [self], params: ReductionParams(self, dims: reduced, keepDim: keepDim))
        return result
    }

    /// Mean of all elements (`MeanBackward0`).
    public func mean(dtype target: DType? = nil) throws -> Tensor {
        let source = try target.map { try converted(to: $0) } ?? self
        try Reduction.requireFloating(source, "mean")
        // ATen's CPU mean is `sum(x).div_(n)`: the sum is rounded to the dtype before dividing.
        let total = try Tensor.scalarTensor(Reduction.total(source), dtype: source.dtype)
        let result = try Arithmetic.div.compute(total, Tensor.wrapping(.int(Int64(numel))))
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Reduction.meanAll.record(result, inputs: [self], params: ReductionParams(self, count: numel))
        return result
    }

    /// Mean over `dims` (`MeanBackward1`).
    public func mean(dims: [Int], keepDim: Bool, dtype target: DType? = nil) throws -> Tensor {
        let source = try target.map { try converted(to: $0) } ?? self
        try Reduction.requireFloating(source, "mean")
        let reduced = try Reduction.normalize(dims, rank: dim)
        let inputShape = shape
        let count = reduced.reduce(1) { $0 * inputShape[$1] }
        let sums = try Reduction.sumKernel(source, dims: reduced, keepDim: keepDim)
        let result = try GradMode.with(false) { try sums / Tensor.wrapping(.int(Int64(count))) }
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Reduction.meanDims.record(
            result, inputs: [self], params: ReductionParams(self, dims: reduced, keepDim: keepDim, count: count))
        return result
    }

    /// The 2-norm of all elements (`LinalgVectorNormBackward0`).
    public func norm() throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TorchError(
                .notImplementedError,
                "linalg.vector_norm: Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        }
        let norm =
            try dtype == .float64
            ? VectorReduce.twoNorm(self, Double.self) : Double(VectorReduce.twoNorm(self, Float.self))
        let result = Tensor.scalarTensor(.float(norm), dtype: dtype)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Reduction.vectorNorm.record(result, inputs: [self], saving: [self], params: ())
        return result
    }
}

/// What a reduction's backward needs of its call: the input's shape and dtype, the reduced
/// dimensions, and how many elements each output averaged.
struct ReductionParams {
    let shape: [Int]
    let dtype: DType
    var dims: [Int] = []
    var keepDim = false
    var count = 1

    init(_ input: Tensor, dims: [Int] = [], keepDim: Bool = false, count: Int = 1) {
        (shape, dtype, self.dims, self.keepDim, self.count) = (input.shape, input.dtype, dims, keepDim, count)
    }

    /// The gradient of a reduced output spread back over the input's dimensions.
    func spread(_ grad: Tensor) throws -> Tensor {
        try Reduction.restore(grad, dims: dims, keepDim: keepDim, rank: shape.count).expand(shape)
    }
}

/// The reductions' rows.
extension Reduction {
    static let sumSignature = PythonSignature(
        "sum", "Tensor.sum(dim=None, keepdim=False, dtype=None) -> Tensor",
        "The sum of all elements, or along dim (an int or a tuple of ints).\nkeepdim=True keeps the reduced dimensions with size 1."
    )

    static let sumAll = OpRow<ReductionParams>(
        "SumBackward0", python: sumSignature, overload: "all",
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].sum() }
    ) { grad, _, p in [try grad.expand(p.shape).reduced(toShape: p.shape, dtype: p.dtype)] }

    static let sumDims = OpRow<ReductionParams>(
        "SumBackward1", python: sumSignature, overload: "along dim",
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].sum(dims: [1], keepDim: false) }
    ) { grad, _, p in [try p.spread(grad).reduced(toShape: p.shape, dtype: p.dtype)] }

    static let meanSignature = PythonSignature(
        "mean", "Tensor.mean(dim=None, keepdim=False, dtype=None) -> Tensor",
        "The mean of all elements, or along dim (floating tensors only).")

    static let meanAll = OpRow<ReductionParams>(
        "MeanBackward0", python: meanSignature, overload: "all",
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].mean() }
    ) { grad, _, p in
        [try (grad.expand(p.shape) / Tensor.wrapping(.int(Int64(p.count)))).reduced(toShape: p.shape, dtype: p.dtype)]
    }

    static let meanDims = OpRow<ReductionParams>(
        "MeanBackward1", python: meanSignature, overload: "along dim",
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].mean(dims: [0], keepDim: true) }
    ) { grad, _, p in
        [try (p.spread(grad) / Tensor.wrapping(.int(Int64(p.count)))).reduced(toShape: p.shape, dtype: p.dtype)]
    }

    static let normSignature = PythonSignature(
        "norm", "Tensor.norm(p='fro', dim=None, keepdim=False, dtype=None) -> Tensor",
        "The p-norm of all elements, or along dim: p a number (torch.linalg.vector_norm) or 'fro'\n(the 2-norm); other names are matrix norms (torch.linalg.matrix_norm)."
    )

    static let vectorNorm = OpRow<Void>(
        "LinalgVectorNormBackward0", python: normSignature,
        saves: [.input, .result], probe: GradientProbe(shapes: [[5]], low: 0.5, high: 1.5) { try $0[0].norm() }
    ) { grad, saved, _ in
        let norm = try saved.result()
        let input = try saved.input()
        if norm.element(at: 0).doubleValue == 0 { return [try Tensor(zeros: input.shape, dtype: input.dtype)] }
        return [try input * (grad / norm)]
    }

    static let rows: [AnyOpRow] = [sumAll, sumDims, meanAll, meanDims, vectorNorm, vectorNormDims]
}

/// Shared helpers of the reductions.
enum Reduction {
    static func sumType(_ dtype: DType) -> DType { dtype.isFloatingPoint ? dtype : .int64 }

    static func requireFloating(_ t: Tensor, _ name: String) throws {
        guard t.dtype.isFloatingPoint else {
            throw TorchError(
                .notImplementedError,
                "\(name)(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(t.dtype.scalarTypeName)"
            )
        }
    }

    /// Wraps negative dims and checks ranges, PyTorch's way.
    static func normalize(_ dims: [Int], rank: Int) throws -> [Int] {
        var out: [Int] = []
        for d in dims {
            let n = try normalize(d, rank: rank)
            if out.contains(n) {
                throw TorchError.runtime("dim \(n) appears multiple times in the list of dims")
            }
            out.append(n)
        }
        return out.sorted()
    }

    static func normalize(_ d: Int, rank: Int) throws -> Int {
        let r = max(rank, 1)
        guard d >= -r && d < r else {
            throw TorchError(
                .indexError,
                "Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(d))")
        }
        return d < 0 ? d + r : d
    }

    /// Re-inserts reduced dimensions of size 1 so a gradient can be expanded back.
    static func restore(_ grad: Tensor, dims: [Int], keepDim: Bool, rank: Int) throws -> Tensor {
        guard !keepDim else { return grad }
        var g = grad
        for d in dims.sorted() where d < rank { g = try g.unsqueeze(d) }
        return g
    }

    /// The sum of all elements, in ATen's order for floating tensors.
    static func total(_ a: Tensor) throws -> Scalar {
        try a.dtype.dispatch(Total(a: a))
    }

    private struct Total: FloatingVisitor {
        typealias Output = Scalar
        let a: Tensor

        func floating<T: FloatElement>(_: T.Type) throws -> Scalar { try .float(Double(CascadeSum.total(a, T.self))) }
        func nonFloating(_ dtype: DType) -> Scalar { Kernels.sumAll(a) }
    }

    static func sumKernel(_ a: Tensor, dims: [Int], keepDim: Bool) throws -> Tensor {
        let shape = reducedShape(a.shape, dims: dims, keepDim: keepDim)
        return try a.dtype.dispatch(Sum(a: a, dims: dims, keepDim: keepDim, shape: shape))
    }

    private struct Sum: FloatingVisitor {
        typealias Output = Tensor
        let a: Tensor
        let dims: [Int]
        let keepDim: Bool
        let shape: [Int]

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
            let out = try Tensor(uninitialized: shape, dtype: T.dtype)
            try CascadeSum.sum(a, dims: dims, T.self, into: out.pointer(T.self))
            return out
        }
        func nonFloating(_ dtype: DType) throws -> Tensor { try Reduction.integerSum(a, dims: dims, keepDim: keepDim) }
    }

    fileprivate static func integerSum(_ a: Tensor, dims: [Int], keepDim: Bool) throws -> Tensor {
        var kept = a.shape
        for d in dims where d < kept.count { kept[d] = 1 }
        let accum = try Tensor(zeros: kept, dtype: a.dtype.isFloatingPoint ? .float64 : .int64)
        var outStrides = Tensor.contiguousStrides(kept)
        for d in dims where d < outStrides.count { outStrides[d] = 0 }
        let src = try a.converted(to: accum.dtype)
        if accum.dtype == .float64 {
            let p = src.pointer(Double.self)
            let q = accum.pointer(Double.self)
            StridedLoop.forEach2(shape: a.shape, stridesA: src.strides, startA: 0, stridesB: outStrides, startB: 0) {
                q[$1] += p[$0]
            }
        } else {
            let p = src.pointer(Int64.self)
            let q = accum.pointer(Int64.self)
            StridedLoop.forEach2(shape: a.shape, stridesA: src.strides, startA: 0, stridesB: outStrides, startB: 0) {
                q[$1] &+= p[$0]
            }
        }
        let shape = keepDim ? kept : a.shape.enumerated().filter { !dims.contains($0.offset) }.map(\.element)
        let out = try accum.converted(to: sumType(a.dtype))
        out.shape = shape
        out.strides = Tensor.contiguousStrides(shape)
        return out
    }
}
