/// `flip`, `roll`, `tril`, `triu` and `diag`: elements moved or masked, each declared once as a row.
enum Rearrange {
    static let flipRow = OpRow<[Int]>(
        "FlipBackward0",
        python: PythonSignature(
            "flip", "Tensor.flip(dims) -> Tensor", "A copy with the order of elements reversed along each of dims."),
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].flip([0, 1]) }
    ) { grad, _, dims in [try grad.flip(dims)] }

    static let rollRow = OpRow<(shifts: [Int], dims: [Int])>(
        "RollBackward0",
        python: PythonSignature(
            "roll", "Tensor.roll(shifts, dims=None) -> Tensor",
            "Elements shifted cyclically by shifts along dims (without dims: over the flattened tensor)."),
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].roll([1, -1], dims: [0, 1]) }
    ) { grad, _, p in [try grad.roll(p.shifts.map { 0 &- $0 }, dims: p.dims)] }

    static let trilRow = OpRow<Int>(
        "TrilBackward0",
        python: PythonSignature(
            "tril", "Tensor.tril(diagonal=0) -> Tensor",
            "The lower triangle of the last two dimensions (on and below the diagonal-th diagonal); zeros above."),
        probe: GradientProbe(shapes: [[3, 3]]) { try $0[0].triangle(lower: true, diagonal: 0) }
    ) { grad, _, k in [try grad.triangle(lower: true, diagonal: k)] }

    static let triuRow = OpRow<Int>(
        "TriuBackward0",
        python: PythonSignature(
            "triu", "Tensor.triu(diagonal=0) -> Tensor",
            "The upper triangle of the last two dimensions (on and above the diagonal-th diagonal); zeros below."),
        probe: GradientProbe(shapes: [[3, 4]]) { try $0[0].triangle(lower: false, diagonal: 1) }
    ) { grad, _, k in [try grad.triangle(lower: false, diagonal: k)] }

    static let diagSignature = PythonSignature(
        "diag", "Tensor.diag(diagonal=0) -> Tensor",
        "A 1-d tensor becomes a square matrix with it on the diagonal-th diagonal;\na matrix gives its diagonal-th diagonal as a 1-d tensor."
    )

    static let diagEmbedRow = OpRow<Int>(
        "DiagEmbedBackward0", python: diagSignature, overload: "1-d input",
        probe: GradientProbe(shapes: [[3]]) { try $0[0].diag(1) }
    ) { grad, _, k in [try grad.diag(k)] }

    static let diagonalRow = OpRow<(shape: [Int], k: Int)>(
        "DiagonalBackward0_copy", python: diagSignature, overload: "matrix input",
        probe: GradientProbe(shapes: [[3, 4]]) { try $0[0].diag(-1) }
    ) { grad, _, p in [try grad.embedDiagonal(in: p.shape, p.k)] }

    static let rows: [AnyOpRow] = [flipRow, rollRow, trilRow, triuRow, diagEmbedRow, diagonalRow, repeatRow]

    /// The flat indices of a matrix's `k`-th diagonal.
    static func diagonalIndices(rows: Int, columns: Int, _ k: Int) -> [Int] {
        let (r0, c0) = k >= 0 ? (0, k) : (0 &- k, 0)
        let count = max(0, min(rows - r0, columns - c0))
        return (0..<count).map { (r0 + $0) * columns + c0 + $0 }
    }
}

extension Tensor {
    public func flip(_ requested: [Int]) throws -> Tensor {
        let dims = try Reduction.normalize(requested, rank: dim)
        let strides = FlatIndex.strides(shape)
        var indices: [Int] = []
        indices.reserveCapacity(numel)
        FlatIndex.forEachCoordinate(shape) { c in
            var s = c
            for d in dims where !shape.isEmpty { s[d] = shape[d] - 1 - c[d] }
            indices.append(FlatIndex.flat(s, strides))
        }
        let result = try FlatIndex.take(self, indices, shape: shape)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Rearrange.flipRow.record(result, inputs: [self], params: dims)
        return result
    }

    /// `roll(shifts, dims)`; with no dims the tensor rolls as if flattened.
    public func roll(_ shifts: [Int], dims requested: [Int]) throws -> Tensor {
        if requested.isEmpty {
            guard shifts.count == 1 else {
                throw TorchError.runtime("shifts and dimensions must align. shifts: \(shifts.count), dims:0")
            }
            let flat = try GradMode.with(false) { try self.reshape([numel]) }
            let rolled = try GradMode.with(false) { try flat.roll(shifts, dims: [0]).reshape(shape) }
            guard GraphRecorder.shouldRecord([self]) else { return rolled }
            Rearrange.rollRow.record(rolled, inputs: [self], params: (shifts, []))
            return rolled
        }
        guard shifts.count == requested.count else {
            throw TorchError.runtime("shifts and dimensions must align. shifts: \(shifts.count), dims:\(requested.count)")
        }
        if dim == 0, let first = requested.first {
            throw TorchError(.indexError, "Dimension specified as \(first) but tensor has no dimensions")
        }
        let dims = try requested.map { try Reduction.normalize($0, rank: dim) }
        let strides = FlatIndex.strides(shape)
        var indices: [Int] = []
        indices.reserveCapacity(numel)
        FlatIndex.forEachCoordinate(shape) { c in
            var s = c
            for (d, shift) in zip(dims, shifts) where shape[d] > 0 {
                let n = shape[d]
                s[d] = ((c[d] - shift % n) % n + n) % n
            }
            indices.append(FlatIndex.flat(s, strides))
        }
        let result = try FlatIndex.take(self, indices, shape: shape)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Rearrange.rollRow.record(result, inputs: [self], params: (shifts, requested))
        return result
    }

    /// `tril(diagonal)` (`lower`) or `triu(diagonal)`.
    public func triangle(lower: Bool, diagonal k: Int) throws -> Tensor {
        guard dim >= 2 else {
            throw TorchError.runtime("\(lower ? "tril" : "triu"): input tensor must have at least 2 dimensions")
        }
        let (rows, columns) = (shape[dim - 2], shape[dim - 1])
        var keep: [Scalar] = []
        keep.reserveCapacity(rows * columns)
        for r in 0..<rows {
            for c in 0..<columns { keep.append(.bool(lower ? c - r <= k : c - r >= k)) }
        }
        let mask = try Tensor.from(keep, shape: [rows, columns], dtype: .bool)
        let result = try GradMode.with(false) { try Pointwise.select(mask, self, Tensor.wrapping(.int(0))).to(dtype) }
        guard GraphRecorder.shouldRecord([self]) else { return result }
        (lower ? Rearrange.trilRow : Rearrange.triuRow).record(result, inputs: [self], params: k)
        return result
    }

    /// `diag(k)`: a 1-d tensor to a square matrix, or a matrix to its `k`-th diagonal.
    public func diag(_ k: Int) throws -> Tensor {
        switch dim {
        case 1:
            let n = shape[0] + Swift.abs(k)
            let positions = Rearrange.diagonalIndices(rows: n, columns: n, k)
            let result = try FlatIndex.place(Tensor(zeros: [n, n], dtype: dtype), positions, self, accumulate: false)
            guard GraphRecorder.shouldRecord([self]) else { return result }
            Rearrange.diagEmbedRow.record(result, inputs: [self], params: k)
            return result
        case 2:
            let positions = Rearrange.diagonalIndices(rows: shape[0], columns: shape[1], k)
            let result = try FlatIndex.take(self, positions, shape: [positions.count])
            guard GraphRecorder.shouldRecord([self]) else { return result }
            Rearrange.diagonalRow.record(result, inputs: [self], params: (shape, k))
            return result
        default:
            throw TorchError.runtime("diag(): Supports 1D or 2D tensors. Got \(dim)D")
        }
    }

    /// A zero matrix of `shape` with this 1-d tensor on its `k`-th diagonal (the gradient of `diag` of a matrix).
    func embedDiagonal(in shape: [Int], _ k: Int) throws -> Tensor {
        guard shape.count == 2 else { return try diag(k) }
        // The top-left corner of a square embedding holds exactly the matrix's diagonal.
        let n = Swift.max(shape[0], shape[1]) + Swift.abs(k)
        let square = try pad(toLength: n - Swift.abs(k)).diag(k)
        return try square.slice(0, start: 0, stop: shape[0], step: 1).slice(1, start: 0, stop: shape[1], step: 1)
    }

    /// This 1-d tensor followed by zeros up to `length` (differentiable through `cat`).
    private func pad(toLength length: Int) throws -> Tensor {
        let missing = length - (shape.first ?? 0)
        guard missing > 0 else { return self }
        return try Tensor.cat([self, Tensor(zeros: [missing], dtype: dtype)], dim: 0)
    }
}
