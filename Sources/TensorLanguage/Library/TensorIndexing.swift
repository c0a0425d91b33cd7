import Autograd

/// Python subscripts on tensors, PyTorch's way: ints, slices, `None`, `...`, bools, index
/// tensors and lists, alone or in tuples. Basic items become views; tensor items become one
/// advanced index applied after them.
enum TensorIndexing {
    /// One parsed subscript item.
    enum Item {
        case integer(Int)
        case slice(SliceObject)
        case none
        case ellipsis
        case boolean(Bool)
        case tensor(Tensor)

        /// How many dimensions of the indexed tensor the item consumes.
        var consumedDims: Int {
            switch self {
            case .integer, .slice: 1
            case .tensor(let t): t.dtype == .bool ? t.dim : 1
            case .none, .ellipsis, .boolean: 0
            }
        }
    }

    /// `t[index]`.
    static func get(_ t: Tensor, _ index: Value, _ interpreter: Interpreter) throws -> Tensor {
        let (items, isSingle) = try parse(index, interpreter)
        if isSingle, case .integer(let i) = items[0] { return try select(t, dim: 0, i, realDim: 0) }
        let (sliced, indices) = try slicing(t, items, optimizeFullSlices: !isSingle)
        guard let indices else { return sliced === t ? t.aliasView() : sliced }
        return try sliced.index(indices)
    }

    /// `t[index] = value`.
    static func set(_ t: Tensor, _ index: Value, _ value: Value, _ interpreter: Interpreter) throws {
        let source = try assignedValue(value, into: t)
        if case .bool(false) = index { return }
        let (items, _) = try parse(index, interpreter)
        let (sliced, indices) = try slicing(t, items, optimizeFullSlices: true)
        guard let indices else { return try copy(source, into: sliced) }
        let advanced = indices.compactMap { $0 }
        if case .scalar(let scalar) = source, advanced.count == 1, let only = advanced.first {
            if only.dtype == .bool { return try sliced.maskedFillInPlace(try fillMask(only, indices, sliced), scalar) }
            return try sliced.indexFillInPlace(indices, scalar)
        }
        let values: Tensor
        switch source {
        case .scalar(let scalar): values = Tensor.scalarTensor(scalar, dtype: sliced.dtype)
        case .tensor(let tensor): values = try droppingLeadingOnes(tensor)
        }
        try sliced.indexPutInPlace(indices, values)
    }

    /// What may be assigned into a tensor: a Python number or a tensor.
    enum Source {
        case scalar(Scalar)
        case tensor(Tensor)
    }

    private static func assignedValue(_ value: Value, into t: Tensor) throws -> Source {
        switch value {
        case .int(let i): return .scalar(.int(Int64(i)))
        case .float(let d): return .scalar(.float(d))
        case .bool(let b): return .scalar(.bool(b))
        // PyTorch unpacks the assigned int as a C long long first.
        case .bigInt: throw TorchArgumentMessages.overflowUnpackingLongLong()
        case .tensor(let tensor): return .tensor(tensor)
        default:
            throw PythonError(.typeError, "can't assign a \(value.typeName) to a \(t.dtype.legacyTypeName)")
        }
    }

    /// PyTorch's `copy_to`: same shape copies, a 0-d source fills, anything else broadcasts then copies.
    private static func copy(_ source: Source, into target: Tensor) throws {
        switch source {
        case .scalar(let scalar):
            try target.fillInPlace(scalar)
        case .tensor(let tensor) where tensor.shape == target.shape:
            try target.copyInPlace(from: tensor)
        case .tensor(let tensor) where tensor.dim == 0:
            try target.fillInPlace(tensor)
        case .tensor(let tensor):
            try target.copyInPlace(from: try droppingLeadingOnes(tensor).expand(target.shape))
        }
    }

    /// PyTorch's `slicePrefix1sSize`: a value's leading size-1 dimensions are dropped before broadcasting.
    private static func droppingLeadingOnes(_ t: Tensor) throws -> Tensor {
        let kept = Array(t.shape.drop { $0 == 1 })
        return kept.count == t.dim ? t : try t.view(kept)
    }

    /// The bool mask of `x[..., mask] = number`, shaped to broadcast over the sliced tensor.
    private static func fillMask(_ mask: Tensor, _ indices: [Tensor?], _ sliced: Tensor) throws -> Tensor {
        let before = indices.prefix { $0 == nil }.count
        for j in 0..<mask.dim where before + j >= sliced.dim || mask.shape[j] != sliced.shape[before + j] {
            guard before + j < sliced.dim else {
                throw PythonError(.indexError, "too many indices for tensor of dimension \(sliced.dim)")
            }
            throw PythonError(
                .indexError,
                "The shape of the mask \(bracketed(mask.shape)) at index \(j) does not match the shape of the indexed tensor \(bracketed(sliced.shape)) at index \(before + j)"
            )
        }
        let trailing = sliced.dim - before - mask.dim
        return try GradMode.with(false) { try mask.view(mask.shape + [Int](repeating: 1, count: trailing)) }
    }

    static func bracketed(_ shape: [Int]) -> String { "[" + shape.map(String.init).joined(separator: ", ") + "]" }

    /// Applies the basic items as views and gathers the advanced ones (`nil` when there are none).
    private static func slicing(_ t: Tensor, _ items: [Item], optimizeFullSlices: Bool) throws -> (Tensor, [Tensor?]?) {
        let specified = items.reduce(0) { $0 + $1.consumedDims }
        if specified > t.dim { throw PythonError(.indexError, "too many indices for tensor of dimension \(t.dim)") }
        var result = t
        var d = 0
        var realDim = 0
        var advanced = AdvancedIndices()
        for item in items {
            switch item {
            case .integer(let i):
                result = try select(result, dim: d, i, realDim: realDim)
                realDim += 1
            case .slice(let slice):
                result = try apply(slice, to: result, dim: d, optimize: optimizeFullSlices)
                d += 1
                realDim += 1
            case .none:
                result = try result.unsqueeze(d)
                d += 1
            case .ellipsis:
                d += t.dim - specified
                realDim += t.dim - specified
            case .boolean(let b):
                result = try result.unsqueeze(d)
                advanced.record(try Tensor.from(b ? [.int(0)] : [], shape: [b ? 1 : 0], dtype: .int64), at: d)
                d += 1
            case .tensor(let index):
                advanced.record(index, at: d)
                d += item.consumedDims
                realDim += item.consumedDims
            }
        }
        return (result, advanced.isEmpty ? nil : advanced.entries)
    }

    private static func select(_ t: Tensor, dim d: Int, _ i: Int, realDim: Int) throws -> Tensor {
        if t.dim > d {
            let size = t.shape[d]
            guard i >= -size && i < size else {
                throw PythonError(.indexError, "index \(i) is out of bounds for dimension \(realDim) with size \(size)")
            }
        }
        return try t.select(d, i)
    }

    private static func apply(_ slice: SliceObject, to t: Tensor, dim d: Int, optimize: Bool) throws -> Tensor {
        let length = t.shape[d]
        let (start, stop, step) = try slice.indices(length: length)
        guard step > 0 else { throw PythonError(.valueError, "step must be greater than zero") }
        if optimize && start == 0 && stop == length && step == 1 { return t }
        return try t.slice(d, start: start, stop: max(stop, start), step: step)
    }
}

/// Advanced indices laid out as `Tensor.index` expects: one entry per dimension, a mask covering its own rank.
struct AdvancedIndices {
    private(set) var entries: [Tensor?] = []
    private var covered = 0

    var isEmpty: Bool { !entries.contains { $0 != nil } }

    mutating func record(_ index: Tensor, at dim: Int) {
        while covered < dim {
            entries.append(nil)
            covered += 1
        }
        entries.append(index)
        covered += index.dtype == .bool ? index.dim : 1
    }
}
