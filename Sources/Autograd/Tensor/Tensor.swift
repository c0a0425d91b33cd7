/// An n-dimensional array with autograd history.
///
/// A tensor is a view — storage, offset, shape, strides — so views share memory
/// with their base. Identity matters (`.grad`, `retain_grad`, `x.data`), hence a class.
///
/// ```swift
/// let x = Tensor.ones([2, 2], requiresGrad: true)
/// let y = try (x + 2).mean()
/// try y.backward()
/// ```
public final class Tensor {
    var storage: Storage
    public internal(set) var offset: Int
    public internal(set) var shape: [Int]
    public internal(set) var strides: [Int]
    public internal(set) var dtype: DType

    /// Made on first use: most tensors are never written in place, viewed or saved.
    var sharedVersionCounter: VersionCounter?
    /// For a leaf, whether gradients flow into `.grad`; for a result, whether it has a `gradFn`.
    var leafRequiresGrad = false
    /// The node that produced this tensor as last recorded (a view's may be stale; read `gradFn`).
    var recordedGradFn: Node?
    /// Which output of a multi-output `gradFn` this tensor is (read only when it has several).
    var outputNr = 0
    /// Accumulated gradient (leaves) or retained gradient (non-leaves with `retainGrad()`).
    var gradStorage: Tensor?
    /// Whether a non-leaf keeps its gradient in `.grad` (`retain_grad()`).
    public internal(set) var retainsGrad = false
    /// Set when this tensor is a view of another: its root base and how the view was made.
    var viewInfo: ViewInfo?
    /// Marks a Python number wrapped as a 0-d tensor (it takes part in type promotion weakly), with
    /// the dtype PyTorch gives that number (int64, float64, bool), which may differ from the
    /// partner's dtype it is stored in.
    var wrappedNumberType: DType?
    var isWrappedNumber: Bool { wrappedNumberType != nil }
    /// Hooks registered on a leaf; non-leaf hooks live on the node that produced the tensor.
    var leafHooks: [GradientHook] = []
    weak var cachedAccumulator: AccumulateGrad?
    /// An opaque slot for the language layer (as `TensorImpl` keeps its `PyObject`): the Python class of a
    /// tensor made by a subclass such as `nn.Parameter`. Results of operations start without one.
    public var languageObject: AnyObject?

    init(storage: Storage, offset: Int = 0, shape: [Int], strides: [Int], dtype: DType) {
        self.storage = storage
        self.offset = offset
        self.shape = shape
        self.strides = strides
        self.dtype = dtype
    }

    /// A new contiguous, zero-filled tensor.
    convenience init(zeros shape: [Int], dtype: DType) throws {
        try self.init(
            storage: Storage.make(zeroed: Tensor.elementCount(shape), dtype: dtype), shape: shape,
            strides: Tensor.contiguousStrides(shape), dtype: dtype)
    }

    /// A new 0-d tensor whose element the caller writes; never refused by the budget.
    convenience init(scalarOf dtype: DType) {
        self.init(storage: Storage.make(scalarOf: dtype), shape: [], strides: [], dtype: dtype)
    }

    /// A new contiguous tensor whose memory the caller fills before anyone reads it.
    convenience init(uninitialized shape: [Int], dtype: DType) throws {
        try self.init(
            storage: Storage.make(uninitialized: Tensor.elementCount(shape), dtype: dtype), shape: shape,
            strides: Tensor.contiguousStrides(shape), dtype: dtype)
    }

    /// `init(uninitialized:dtype:)` sharing an operand's strides array when it holds the same
    /// numbers (`x + 2` on a contiguous `x`), so the result allocates no array of its own.
    convenience init(uninitialized shape: [Int], dtype: DType, like operand: Tensor) throws {
        try self.init(
            storage: Storage.make(uninitialized: Tensor.elementCount(shape), dtype: dtype), shape: shape,
            strides: Tensor.contiguousStrides(shape, reusing: operand), dtype: dtype)
    }

    // MARK: Geometry

    public var dim: Int { shape.count }
    public var numel: Int { shape.reduce(1, *) }

    public var isContiguous: Bool {
        var expected = 1
        for d in stride(from: shape.count - 1, through: 0, by: -1) where shape[d] != 1 {
            if strides[d] != expected { return false }
            expected *= shape[d]
        }
        return true
    }

    /// Whether every element is the one at `offset` (one element, or expanded from one).
    var readsOneElement: Bool {
        for d in shape.indices where shape[d] != 1 && strides[d] != 0 { return false }
        return true
    }

    /// The number of elements of `shape`, saturating at `Int.max` so the budget refuses it.
    static func elementCount(_ shape: [Int]) -> Int {
        var total = 1
        for size in shape {
            let (product, overflow) = total.multipliedReportingOverflow(by: max(size, 0))
            if overflow { return Int.max }
            total = product
        }
        return total
    }

    /// The strides of every contiguous 1-d tensor, shared rather than allocated each time.
    private static let unitStrides = [1]

    /// `contiguousStrides(shape)`, as `operand`'s own array when its shape and strides are those.
    static func contiguousStrides(_ shape: [Int], reusing operand: Tensor) -> [Int] {
        let strides = operand.strides
        guard operand.shape == shape, strides.count == shape.count else { return contiguousStrides(shape) }
        var running = 1
        for d in stride(from: shape.count - 1, through: 0, by: -1) {
            if strides[d] != running { return contiguousStrides(shape) }
            running &*= max(shape[d], 1)
        }
        return strides
    }

    static func contiguousStrides(_ shape: [Int]) -> [Int] {
        if shape.isEmpty { return [] }
        if shape.count == 1 { return unitStrides }
        return [Int](unsafeUninitializedCapacity: shape.count) { strides, count in
            var running = 1
            for d in stride(from: shape.count - 1, through: 0, by: -1) {
                strides[d] = running
                running &*= max(shape[d], 1)
            }
            count = shape.count
        }
    }

    // MARK: Autograd state

    /// PyTorch's rule: a view requires grad whenever its base does, even one made under `no_grad`.
    public var requiresGrad: Bool {
        gradFn != nil || leafRequiresGrad || (viewInfo?.base.requiresGrad ?? false)
    }
    public var isLeaf: Bool { gradFn == nil }
}
