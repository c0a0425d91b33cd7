/// `gather`, `scatter`, `scatter_add` and `index_select`, each declared once as a row.
enum Scattering {
    static let gatherRow = OpRow<(shape: [Int], dtype: DType, dim: Int)>(
        "GatherBackward0",
        python: PythonSignature(
            "gather", "Tensor.gather(dim, index) -> Tensor",
            "Picks along dim: out[i][j] = self[index[i][j]][j] for dim=0 (index is int64, shaped like the result)."),
        saves: [.indices], probe: GradientProbe(shapes: [[3, 2]]) { try $0[0].gather(0, probeIndex()) }
    ) { grad, saved, p in
        [try Tensor(zeros: p.shape, dtype: p.dtype).scatter(p.dim, saved(.indices), grad, accumulate: true)]
    }

    static let scatterSignature = PythonSignature(
        "scatter", "Tensor.scatter(dim, index, src) -> Tensor",
        "A copy where self[index[i][j]][j] = src[i][j] for dim=0; src may be a tensor or a number.")

    static let scatterRow = OpRow<(dim: Int, src: ([Int], DType))>(
        "ScatterBackward0", python: scatterSignature, overload: "tensor src", saves: [.indices],
        probe: GradientProbe(shapes: [[3, 2], [2, 2]]) { try $0[0].scatter(0, probeIndex(), $0[1], accumulate: false) }
    ) { grad, saved, p in
        let index = try saved(.indices)
        let gradSelf = saved.needsGrad(0) ? try grad.scatter(p.dim, index, value: .int(0)) : nil
        let gradSource = saved.needsGrad(1) ? try grad.gather(p.dim, index) : nil
        return [gradSelf, gradSource]
    }

    static let scatterValueRow = OpRow<Int>(
        "ScatterBackward1", python: scatterSignature, overload: "number src", saves: [.indices],
        probe: GradientProbe(shapes: [[3, 2]]) { try $0[0].scatter(0, probeIndex(), value: .float(0.5)) }
    ) { grad, saved, d in [try grad.scatter(d, saved(.indices), value: .int(0))] }

    static let scatterAddRow = OpRow<Int>(
        "ScatterAddBackward0",
        python: PythonSignature(
            "scatter_add", "Tensor.scatter_add(dim, index, src) -> Tensor",
            "A copy where src[i][j] is added to self[index[i][j]][j] for dim=0 (repeated indices add up)."),
        saves: [.indices],
        probe: GradientProbe(shapes: [[3, 2], [2, 2]]) { try $0[0].scatter(0, probeIndex(), $0[1], accumulate: true) }
    ) { grad, saved, d in
        [saved.needsGrad(0) ? grad : nil, saved.needsGrad(1) ? try grad.gather(d, saved(.indices)) : nil]
    }

    static let indexSelectRow = OpRow<(shape: [Int], dtype: DType, dim: Int)>(
        "IndexSelectBackward0",
        python: PythonSignature(
            "index_select", "Tensor.index_select(dim, index) -> Tensor",
            "The entries at the positions of the 1-d int64 index along dim, in that order."),
        saves: [.indices],
        probe: GradientProbe(shapes: [[3, 2]]) {
            try $0[0].indexSelect(0, Tensor.from([.int(2), .int(0), .int(2)], shape: [3], dtype: .int64))
        }
    ) { grad, saved, p in
        let index = try saved(.indices).expandedIndex(along: p.dim, to: grad.shape)
        return [try Tensor(zeros: p.shape, dtype: p.dtype).scatter(p.dim, index, grad, accumulate: true)]
    }

    static let rows: [AnyOpRow] = [gatherRow, scatterRow, scatterValueRow, scatterAddRow, indexSelectRow]

    static func probeIndex() throws -> Tensor {
        try Tensor.from([.int(2), .int(0), .int(1), .int(2)], shape: [2, 2], dtype: .int64)
    }

    /// For every position of `index`, where it points in a tensor of `shape` (its `dim` coordinate replaced).
    static func targets(_ index: Tensor, _ d: Int, _ shape: [Int], _ name: String) throws -> [Int] {
        guard index.dtype == .int64 else { throw TorchError.runtime("\(name)(): Expected dtype int64 for index") }
        guard index.dim == shape.count || (index.dim <= 1 && shape.count <= 1) else {
            throw TorchError.runtime(
                "Index tensor must have the same number of dimensions as \(name == "gather" ? "input" : "self") tensor")
        }
        let values = try index.checkedValues(Int64.self)
        let strides = FlatIndex.strides(shape)
        let indexShape = index.dim == 0 ? [1] : index.shape
        let fullShape = shape.isEmpty ? [1] : shape
        var out: [Int] = []
        out.reserveCapacity(values.count)
        var position = 0
        try FlatIndex.forEachCoordinate(indexShape) { c in
            var target = c
            let raw = Int(values[position])
            position += 1
            let size = fullShape[d]
            guard raw >= 0 && raw < size else {
                throw TorchError.runtime("index \(raw) is out of bounds for dimension \(d) with size \(size)")
            }
            target[d] = raw
            for k in target.indices where k != d && target[k] >= fullShape[k] {
                throw TorchError.runtime(
                    "Size does not match at dimension \(k) expected index \(indexShape) to be smaller than self \(fullShape) apart from dimension \(d)"
                )
            }
            out.append(shape.isEmpty ? 0 : FlatIndex.flat(target, strides))
        }
        return out
    }

    /// The flat positions in `src` (shaped `sourceShape`) of every position of an index shaped `indexShape`.
    static func sources(_ indexShape: [Int], _ sourceShape: [Int]) -> [Int] {
        let strides = FlatIndex.strides(sourceShape)
        var out: [Int] = []
        FlatIndex.forEachCoordinate(indexShape.isEmpty ? [1] : indexShape) { c in
            out.append(sourceShape.isEmpty ? 0 : FlatIndex.flat(c, strides))
        }
        return out
    }
}
