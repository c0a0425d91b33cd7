extension Tensor {
    @inline(__always)
    func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> { storage.pointer(T.self) }

    /// The element at a row-major flat index, exactly as stored.
    public func element(at flat: Int) -> Scalar {
        let o = StridedLoop.offset(ofFlatIndex: flat, shape: shape, strides: strides, start: offset)
        return element(atOffset: o)
    }

    func element(atOffset o: Int) -> Scalar {
        dtype.dispatch(ElementRead(tensor: self, offset: o))
    }

    /// All elements in row-major order.
    public var scalars: [Scalar] {
        var out: [Scalar] = []
        out.reserveCapacity(numel)
        StridedLoop.forEach(shape: shape, strides: strides, start: offset) {
            out.append(element(atOffset: $0))
        }
        return out
    }

    /// All elements in row-major order, for work that needs them in an array: refused with the
    /// memory-limit error when the array would not fit in what the budget leaves, and stopped
    /// between chunks by Ctrl-C.
    public func checkedScalars() throws -> [Scalar] {
        try checkedElements { $0 }
    }

    /// All elements widened to `Double`, row-major, with the checks of `checkedScalars()`.
    public func checkedDoubles() throws -> [Double] {
        try checkedElements(\.doubleValue)
    }

    private func checkedElements<E>(_ transform: (Scalar) -> E) throws -> [E] {
        try MemoryBudget.checkTemporary(numel, of: Scalar.self)
        var out: [E] = []
        out.reserveCapacity(numel)
        try StridedLoop.forEachChecked(shape: shape, strides: strides, start: offset) {
            out.append(transform(element(atOffset: $0)))
        }
        return out
    }

    /// All elements widened to `Double`, row-major.
    public var doubles: [Double] { scalars.map(\.doubleValue) }

    /// A contiguous tensor with the same values: `self` when already contiguous.
    func contiguousData() throws -> Tensor {
        try isContiguous ? self : converted(to: dtype)
    }

    /// A new contiguous tensor holding these values converted to `target`.
    func converted(to target: DType) throws -> Tensor {
        // A 0-d tensor (a wrapped Python number, mostly) is one element: no loop machinery.
        if shape.isEmpty { return Tensor.scalarTensor(element(atOffset: offset), dtype: target) }
        let out = try Tensor(uninitialized: shape, dtype: target)
        try dtype.dispatch(ConvertSource(source: self, out: out))
        return out
    }

    @inline(__always)
    fileprivate func copyElements<S, D>(
        _: S.Type, _: D.Type, into out: Tensor, _ transform: (S) -> D
    ) throws {
        let src = pointer(S.self)
        let dst = out.pointer(D.self) + out.offset
        if isContiguous {
            let base = src + offset
            try Interruption.chunked(numel) { for i in $0 { dst[i] = transform(base[i]) } }
            return
        }
        var i = 0
        try StridedLoop.forEachChecked(shape: shape, strides: strides, start: offset) {
            dst[i] = transform(src[$0])
            i += 1
        }
    }

    /// Writes `source` (already of this shape) into this view, converting its dtype, and bumps the version.
    ///
    /// Ctrl-C part-way leaves the view partly written (and its version bumped).
    func assign(from source: Tensor) throws {
        // A source sharing this memory is read in full before anything is written.
        let src = try source.dtype == dtype && source.storage !== storage ? source : source.converted(to: dtype)
        defer { bumpVersion() }
        try dtype.dispatch(Assign(target: self, source: src))
    }

    /// Writes the first element of a fresh 0-d tensor (no version bump: nobody has seen it yet).
    func initializeScalar(_ value: Scalar) {
        dtype.dispatch(ElementWrite(tensor: self, offset: offset, value: value))
    }

    /// Sets every element of this view to `value` and bumps the version (also when Ctrl-C stops it part-way).
    func fill(with value: Scalar) throws {
        defer { bumpVersion() }
        try dtype.dispatch(Fill(target: self, value: value))
    }
}

/// Reads one element as a `Scalar`.
struct ElementRead: ElementVisitor {
    typealias Output = Scalar
    typealias Failure = Never
    let tensor: Tensor
    let offset: Int

    @inline(__always)
    func visit<T: TensorElement>(_: T.Type) -> Scalar { tensor.pointer(T.self)[offset].scalar }
}

/// Writes one element of a tensor nobody has seen yet (no version bump).
struct ElementWrite: ElementVisitor {
    typealias Output = Void
    typealias Failure = Never
    let tensor: Tensor
    let offset: Int
    let value: Scalar

    @inline(__always)
    func visit<T: TensorElement>(_: T.Type) { tensor.pointer(T.self)[offset] = T(scalar: value) }
}

/// Converts every element of `source` into `out`, of another dtype: picks the source type, then the target's.
private struct ConvertSource: ElementVisitor {
    typealias Output = Void
    let source: Tensor
    let out: Tensor

    func visit<S: TensorElement>(_: S.Type) throws { try out.dtype.dispatch(ConvertInto<S>(source: source, out: out)) }
}

private struct ConvertInto<S: TensorElement>: ElementVisitor {
    typealias Output = Void
    let source: Tensor
    let out: Tensor

    func visit<D: TensorElement>(_: D.Type) throws {
        // A copy within one dtype moves the elements as they are (no round trip through `Scalar`).
        if S.self == D.self { return try source.copyElements(D.self, D.self, into: out) { $0 } }
        try source.copyElements(S.self, D.self, into: out) { D(scalar: $0.scalar) }
    }
}

/// Copies a same-dtype, same-shape source into a view, strided on both sides.
private struct Assign: ElementVisitor {
    typealias Output = Void
    let target: Tensor
    let source: Tensor

    func visit<T: TensorElement>(_: T.Type) throws {
        let (dst, from) = (target.pointer(T.self), source.pointer(T.self))
        try StridedLoop.forEach2Checked(
            shape: target.shape, stridesA: target.strides, startA: target.offset,
            stridesB: source.strides, startB: source.offset
        ) { dst[$0] = from[$1] }
    }
}

/// Sets every element of a view to one value.
private struct Fill: ElementVisitor {
    typealias Output = Void
    let target: Tensor
    let value: Scalar

    func visit<T: TensorElement>(_: T.Type) throws {
        let v = T(scalar: value)
        let dst = target.pointer(T.self)
        try StridedLoop.forEachChecked(shape: target.shape, strides: target.strides, start: target.offset) { dst[$0] = v }
    }
}
