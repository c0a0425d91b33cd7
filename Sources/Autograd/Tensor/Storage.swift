/// A reference-counted block of raw memory shared by a tensor and its views.
///
/// In-place writes are counted per tensor family (`VersionCounter`), not here: `.data`
/// shares the memory but not the count.
final class Storage {
    let bytes: UnsafeMutableRawPointer
    let byteCount: Int

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
