/// A reference-counted block of raw memory shared by a tensor and its views.
///
/// In-place writes are counted per tensor family (`VersionCounter`), not here: `.data`
/// shares the memory but not the count. Every allocation is charged to `MemoryBudget`
/// first, so a request the machine cannot hold throws instead of trapping.
final class Storage {
    let bytes: UnsafeMutableRawPointer
    let byteCount: Int

    init(byteCount: Int) throws {
        try MemoryBudget.reserve(byteCount)
        self.byteCount = byteCount
        self.bytes = StorageCache.allocate(byteCount: byteCount)
    }

    /// Storage holding `count` zero-initialised elements of `dtype`.
    convenience init(zeroed count: Int, dtype: DType) throws {
        try self.init(byteCount: Storage.byteCount(count, dtype))
        bytes.initializeMemory(as: UInt8.self, repeating: 0, count: max(byteCount, 1))
    }

    /// Storage for `count` elements of `dtype`, left for the caller to fill.
    convenience init(uninitialized count: Int, dtype: DType) throws {
        try self.init(byteCount: Storage.byteCount(count, dtype))
    }

    /// Storage for one element: charged to the budget but never refused, so wrapping a
    /// Python number in a 0-d tensor cannot fail.
    init(scalarOf dtype: DType) {
        byteCount = dtype.itemSize
        MemoryBudget.charge(byteCount)
        bytes = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64)
    }

    deinit {
        StorageCache.release(bytes, byteCount: byteCount)
        MemoryBudget.release(byteCount)
    }

    @inline(__always)
    func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> {
        bytes.assumingMemoryBound(to: T.self)
    }

    /// The size of `count` elements, saturating so an overflowing request is refused, not trapped.
    private static func byteCount(_ count: Int, _ dtype: DType) -> Int {
        let (bytes, overflow) = max(count, 0).multipliedReportingOverflow(by: dtype.itemSize)
        return overflow ? Int.max : bytes
    }
}
