/// Where a tensor's elements sit in its storage: sizes, strides and the first element's offset.
struct Geometry: Equatable {
    var shape: [Int]
    var strides: [Int]
    var offset: Int

    init(shape: [Int], strides: [Int], offset: Int) {
        self.shape = shape
        self.strides = strides
        self.offset = offset
    }

    init(_ tensor: Tensor) {
        self.init(shape: tensor.shape, strides: tensor.strides, offset: tensor.offset)
    }

    /// Elements of storage this geometry reaches (one past the furthest), 0 when empty.
    var storageExtent: Int {
        if shape.contains(0) { return offset }
        var last = offset
        for (size, stride) in zip(shape, strides) where stride > 0 { last += (size - 1) * stride }
        return last + 1
    }
}

extension Tensor {
    /// Zeros laid out exactly as `geometry` (same strides and offset) in fresh storage.
    static func zeros(like geometry: Geometry, dtype: DType) throws -> Tensor {
        let count = max(geometry.storageExtent, 1)
        return try Tensor(
            storage: Storage.make(zeroed: count, dtype: dtype), offset: geometry.offset, shape: geometry.shape,
            strides: geometry.strides, dtype: dtype)
    }

    /// A view with arbitrary geometry over this tensor's storage (`AsStridedBackward0`).
    func asStrided(_ view: Geometry) throws -> Tensor {
        try ShapeInference.checkElementCount(view.shape)
        return makeView(
            shape: view.shape, strides: view.strides, offset: view.offset, row: Indexing.asStrided,
            params: (Geometry(self), view))
    }

    /// The gradient of an `as_strided` view: zeros shaped like the input, `grad` written where the view looks.
    static func stridedScatter(_ grad: Tensor, into input: Geometry, at view: Geometry) throws -> Tensor {
        let extent = max(input.storageExtent, view.storageExtent, 1)
        let full = try Tensor(
            storage: Storage.make(zeroed: extent, dtype: grad.dtype), offset: input.offset, shape: input.shape,
            strides: input.strides, dtype: grad.dtype)
        try full.asStrided(view).copyInPlace(from: grad)
        return full
    }
}
