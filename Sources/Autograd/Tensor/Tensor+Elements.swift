extension Tensor {
    @inline(__always)
    func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> { storage.pointer(T.self) }

    /// The element at a row-major flat index, exactly as stored.
    public func element(at flat: Int) -> Scalar {
        let o = StridedLoop.offset(ofFlatIndex: flat, shape: shape, strides: strides, start: offset)
        return element(atOffset: o)
    }

    func element(atOffset o: Int) -> Scalar {
        switch dtype {
        case .float32: .float(Double(pointer(Float.self)[o]))
        case .float64: .float(pointer(Double.self)[o])
        case .int64: .int(pointer(Int64.self)[o])
        case .int32: .int(Int64(pointer(Int32.self)[o]))
        case .bool: .bool(pointer(Bool.self)[o])
        }
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
        try MemoryBudget.checkTemporary(numel, of: Scalar.self)
        var out: [Scalar] = []
        out.reserveCapacity(numel)
        try StridedLoop.forEachChecked(shape: shape, strides: strides, start: offset) {
            out.append(element(atOffset: $0))
        }
        return out
    }

    /// All elements widened to `Double`, row-major, with the checks of `checkedScalars()`.
    public func checkedDoubles() throws -> [Double] {
        try MemoryBudget.checkTemporary(numel, of: Scalar.self)
        var out: [Double] = []
        out.reserveCapacity(numel)
        try StridedLoop.forEachChecked(shape: shape, strides: strides, start: offset) {
            out.append(element(atOffset: $0).doubleValue)
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
        switch (dtype, target) {
        case (.float32, .float32): try copyElements(Float.self, Float.self, into: out) { $0 }
        case (.float64, .float64): try copyElements(Double.self, Double.self, into: out) { $0 }
        case (.float32, .float64): try copyElements(Float.self, Double.self, into: out) { Double($0) }
        case (.float64, .float32): try copyElements(Double.self, Float.self, into: out) { Float($0) }
        default: try convertGeneric(into: out)
        }
        return out
    }

    private func convertGeneric(into out: Tensor) throws {
        func run<S: TensorElement>(_: S.Type) throws {
            switch out.dtype {
            case .float32: try copyElements(S.self, Float.self, into: out) { Float(scalar: $0.scalar) }
            case .float64: try copyElements(S.self, Double.self, into: out) { Double(scalar: $0.scalar) }
            case .int64: try copyElements(S.self, Int64.self, into: out) { Int64(scalar: $0.scalar) }
            case .int32: try copyElements(S.self, Int32.self, into: out) { Int32(scalar: $0.scalar) }
            case .bool: try copyElements(S.self, Bool.self, into: out) { Bool(scalar: $0.scalar) }
            }
        }
        switch dtype {
        case .float32: try run(Float.self)
        case .float64: try run(Double.self)
        case .int64: try run(Int64.self)
        case .int32: try run(Int32.self)
        case .bool: try run(Bool.self)
        }
    }

    @inline(__always)
    private func copyElements<S, D>(
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
        func run<T>(_: T.Type) throws {
            let dst = pointer(T.self)
            let from = src.pointer(T.self)
            try StridedLoop.forEach2Checked(
                shape: shape, stridesA: strides, startA: offset,
                stridesB: src.strides, startB: src.offset
            ) { dst[$0] = from[$1] }
        }
        switch dtype {
        case .float32: try run(Float.self)
        case .float64: try run(Double.self)
        case .int64: try run(Int64.self)
        case .int32: try run(Int32.self)
        case .bool: try run(Bool.self)
        }
    }

    /// Writes the first element of a fresh 0-d tensor (no version bump: nobody has seen it yet).
    func initializeScalar(_ value: Scalar) {
        switch dtype {
        case .float32: pointer(Float.self)[offset] = Float(scalar: value)
        case .float64: pointer(Double.self)[offset] = Double(scalar: value)
        case .int64: pointer(Int64.self)[offset] = Int64(scalar: value)
        case .int32: pointer(Int32.self)[offset] = Int32(scalar: value)
        case .bool: pointer(Bool.self)[offset] = Bool(scalar: value)
        }
    }

    /// Sets every element of this view to `value` and bumps the version (also when Ctrl-C stops it part-way).
    func fill(with value: Scalar) throws {
        defer { bumpVersion() }
        func run<T: TensorElement>(_: T.Type) throws {
            let v = T(scalar: value)
            let dst = pointer(T.self)
            try StridedLoop.forEachChecked(shape: shape, strides: strides, start: offset) { dst[$0] = v }
        }
        switch dtype {
        case .float32: try run(Float.self)
        case .float64: try run(Double.self)
        case .int64: try run(Int64.self)
        case .int32: try run(Int32.self)
        case .bool: try run(Bool.self)
        }
    }
}
