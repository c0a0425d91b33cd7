/// A reference-counted block of raw memory shared by a tensor and its views.
///
/// Every in-place write bumps `version`; the engine compares it with the version
/// it saved to detect tensors modified between forward and backward.
final class Storage {
    let bytes: UnsafeMutableRawPointer
    let byteCount: Int
    var version = 0

    init(byteCount: Int) {
        self.byteCount = byteCount
        self.bytes = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: 64)
    }

    /// Storage holding `count` zero-initialised elements of `dtype`.
    convenience init(zeroed count: Int, dtype: DType) {
        self.init(byteCount: count * dtype.itemSize)
        bytes.initializeMemory(as: UInt8.self, repeating: 0, count: max(byteCount, 1))
    }

    deinit { bytes.deallocate() }

    @inline(__always)
    func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> {
        bytes.assumingMemoryBound(to: T.self)
    }
}
