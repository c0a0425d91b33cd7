/// Code that runs for one element type: `DType.dispatch` calls the method that fits the dtype,
/// with its Swift type, so every kernel is specialised per dtype and no kernel switches on dtypes.
///
/// ```swift
/// struct Negate: DTypeVisitor {
///     typealias Output = Tensor
///     let a: Tensor
///     func floating<T: FloatElement>(_: T.Type) throws -> Tensor { try Kernels.map(a, T.self, to: T.dtype) { -$0 } }
///     func integral<T: IntegerElement>(_: T.Type) throws -> Tensor { try Kernels.map(a, T.self, to: T.dtype) { 0 &- $0 } }
///     func boolean() throws -> Tensor { throw TorchError.notImplemented("neg", .bool) }
/// }
/// let negated = try a.dtype.dispatch(Negate(a: a))
/// ```
///
/// A visitor names its `Output`; one that cannot fail also says `typealias Failure = Never`, so
/// `dispatch` needs no `try`.
protocol DTypeVisitor {
    associatedtype Output
    associatedtype Failure: Error = any Error
    func floating<T: FloatElement>(_: T.Type) throws(Failure) -> Output
    func integral<T: IntegerElement>(_: T.Type) throws(Failure) -> Output
    func boolean() throws(Failure) -> Output
}

/// A visitor whose code is the same for every element type.
protocol ElementVisitor: DTypeVisitor {
    func visit<T: TensorElement>(_: T.Type) throws(Failure) -> Output
}

extension ElementVisitor {
    @inline(__always) func floating<T: FloatElement>(_: T.Type) throws(Failure) -> Output { try visit(T.self) }
    @inline(__always) func integral<T: IntegerElement>(_: T.Type) throws(Failure) -> Output { try visit(T.self) }
    @inline(__always) func boolean() throws(Failure) -> Output { try visit(Bool.self) }
}

/// A visitor with code for the floating types only; the others go to `nonFloating`.
protocol FloatingVisitor: DTypeVisitor {
    func nonFloating(_ dtype: DType) throws(Failure) -> Output
}

extension FloatingVisitor {
    @inline(__always) func integral<T: IntegerElement>(_: T.Type) throws(Failure) -> Output { try nonFloating(T.dtype) }
    @inline(__always) func boolean() throws(Failure) -> Output { try nonFloating(.bool) }
}

/// A visitor with one code path for numbers (floating or integral) and its own for bool.
protocol NumericVisitor: DTypeVisitor {
    func numeric<T: NumericElement>(_: T.Type) throws(Failure) -> Output
}

extension NumericVisitor {
    @inline(__always) func floating<T: FloatElement>(_: T.Type) throws(Failure) -> Output { try numeric(T.self) }
    @inline(__always) func integral<T: IntegerElement>(_: T.Type) throws(Failure) -> Output { try numeric(T.self) }
}

extension DType {
    /// Runs the visitor's code for this dtype's Swift element type: the one dtype `switch` of the kernels.
    @inline(__always)
    func dispatch<V: DTypeVisitor>(_ visitor: V) throws(V.Failure) -> V.Output {
        switch self {
        case .float32: try visitor.floating(Float.self)
        case .float64: try visitor.floating(Double.self)
        case .int64: try visitor.integral(Int64.self)
        case .int32: try visitor.integral(Int32.self)
        case .bool: try visitor.boolean()
        }
    }
}

/// A kernel that computes in floating point; integer and bool inputs compute in the default float
/// dtype, as PyTorch's floating ops (`exp`, `sigmoid`, …) do.
protocol FloatingKernel {
    associatedtype Output
    func floating<T: FloatElement>(_: T.Type, _ source: Tensor) throws -> Output
}

extension Tensor {
    /// Runs the kernel on this tensor in its floating dtype (converted to the default float first if needed).
    @inline(__always)
    func dispatchFloating<K: FloatingKernel>(_ kernel: K) throws -> K.Output {
        try dtype == .float64
            ? kernel.floating(Double.self, self)
            : kernel.floating(Float.self, dtype == .float32 ? self : converted(to: .float32))
    }
}
