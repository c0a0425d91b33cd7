/// `trace`, `masked_select` and `take`: ops that read chosen elements into a new tensor.
extension Tensor {
    /// `trace()`: the sum of the main diagonal of a matrix (`TraceBackward0`), accumulated in
    /// order in double (floats) or int64 (integers, which give int64) as ATen's CPU kernel.
    public func trace() throws -> Tensor {
        guard dim == 2 else { throw TorchError.runtime("trace: expected a matrix, but got tensor with dim \(dim)") }
        guard dtype != .bool else { throw TorchError.notImplemented("trace", .bool) }
        let diagonal = try GradMode.with(false) { try diag(0) }.checkedScalars()
        let result: Tensor
        if dtype.isFloatingPoint {
            let total = diagonal.reduce(0.0) { $0 + $1.doubleValue }
            result = try Tensor.from([.float(total)], shape: [], dtype: dtype)
        } else {
            let total = diagonal.reduce(Int64(0)) { $0 &+ Int64(scalar: $1) }
            result = try Tensor.from([.int(total)], shape: [], dtype: .int64)
        }
        if GraphRecorder.shouldRecord([self]) { Selection.traceRow.record(result, inputs: [self], params: (shape, dtype)) }
        return result
    }

    /// `masked_select(mask)`: the elements where the bool mask (broadcast with the tensor) is true,
    /// in row-major order, as a 1-d tensor (`MaskedSelectBackward0`).
    public func maskedSelect(_ mask: Tensor) throws -> Tensor {
        guard mask.dtype == .bool else {
            throw TorchError.runtime("masked_select: expected BoolTensor for mask")
        }
        let shape = try Broadcast.shape(mask.shape, self.shape)
        let result = try GradMode.with(false) { try expand(shape).index([mask.expand(shape)]) }
        if GraphRecorder.shouldRecord([self]) {
            Selection.maskedSelectRow.record(result, inputs: [self], saving: [mask], params: (self.shape, dtype, shape))
        }
        return result
    }

    /// `take(index)`: elements of the flattened tensor at `index` (negative counts from the end), in
    /// the index's shape (`TakeBackward0`).
    public func take(_ index: Tensor) throws -> Tensor {
        guard !index.dtype.isFloatingPoint && index.dtype != .bool else {
            throw TorchError.runtime("take(): Expected a long tensor for index, but got \(index.dtype.scalarTypeName)")
        }
        let positions = try index.to(.int64).checkedScalars().map { Int(Int64(scalar: $0)) }
        for p in positions where p < -numel || p >= numel {
            throw TorchError(.indexError, "out of range: tried to access index \(p) on a tensor of \(numel) elements.")
        }
        let flatIndex = try Tensor.from(
            positions.map { .int(Int64($0 < 0 ? $0 + numel : $0)) }, shape: index.shape, dtype: .int64)
        let result = try GradMode.with(false) { try reshape([-1]).index([flatIndex]) }
        if GraphRecorder.shouldRecord([self]) {
            Selection.takeRow.record(result, inputs: [self], saving: [flatIndex], params: (shape, dtype))
        }
        return result
    }
}

enum Selection {
    /// `Params`: the input's shape and dtype.
    static let traceRow = OpRow<(shape: [Int], dtype: DType)>(
        "TraceBackward0",
        python: PythonSignature("trace", "Tensor.trace() -> Tensor", "The sum of the main diagonal of a matrix."),
        probe: GradientProbe(shapes: [[3, 4]]) { try $0[0].trace() }
    ) { grad, _, p in
        let full = try Tensor(zeros: p.shape, dtype: p.dtype)
        let count = p.shape.min() ?? 0
        let spread = try grad.expand([count])
        let diagonal = try full.asStrided(
            Geometry(shape: [count], strides: [(p.shape.last ?? 1) + 1], offset: 0))
        try diagonal.copyInPlace(from: spread)
        return [full]
    }

    /// `Params`: the input's shape and dtype, and the shape input and mask broadcast to.
    static let maskedSelectRow = OpRow<(shape: [Int], dtype: DType, broadcast: [Int])>(
        "MaskedSelectBackward0",
        python: PythonSignature(
            "masked_select", "Tensor.masked_select(mask) -> Tensor",
            "The elements where mask (a bool tensor, broadcast with self) is True, as a 1-d tensor."),
        saves: [.other],
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) {
            try $0[0].maskedSelect(Tensor.from([.bool(true), .bool(false), .bool(true)], shape: [3], dtype: .bool))
        }
    ) { grad, saved, p in
        let mask = try saved(.other)
        let full = try Tensor(zeros: p.broadcast, dtype: grad.dtype)
        try full.indexPutInPlace([mask.expand(p.broadcast)], grad)
        return [try full.reduced(toShape: p.shape, dtype: p.dtype)]
    }

    /// `Params`: the input's shape and dtype; saves the flat index (negative ones wrapped).
    static let takeRow = OpRow<(shape: [Int], dtype: DType)>(
        "TakeBackward0",
        python: PythonSignature(
            "take", "Tensor.take(index) -> Tensor",
            "The elements of the flattened tensor at index (negative counts from the end), in\nindex's shape."),
        saves: [.indices],
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) {
            try $0[0].take(Tensor.from([.int(4), .int(0), .int(4)], shape: [3], dtype: .int64))
        }
    ) { grad, saved, p in
        let flat = try Tensor(zeros: [p.shape.reduce(1, *)], dtype: p.dtype)
        try flat.indexPutInPlace([saved(.indices).reshape([-1])], grad.reshape([-1]), accumulate: true)
        return [try flat.view(p.shape)]
    }

    static let rows: [AnyOpRow] = [traceRow, maskedSelectRow, takeRow]
}
