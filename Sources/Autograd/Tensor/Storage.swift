/// A reference-counted block of raw memory shared by a tensor and its views.
///
/// In-place writes are counted per tensor family (`VersionCounter`), not here: `.data`
/// shares the memory but not the count. Every allocation is charged to `MemoryBudget`
/// first, so a request the machine cannot hold throws instead of trapping.
///
/// Small buffers live in the same heap block as the object (a `ManagedBuffer`), so making a
/// small tensor's storage is one allocation, not two. Large ones (`StorageCache.minimumBytes`
/// and up) come from `StorageCache`, 64-byte aligned, and go back to it when freed.
final class Storage: ManagedBuffer<StorageHeader, UInt8> {
    /// A storage of `byteCount` uninitialised bytes, or the budget's `RuntimeError`.
    static func make(byteCount: Int) throws -> Storage {
        // Every operation allocates its result here: the one check that makes every op stop for Ctrl-C.
        try Interruption.check()
        try MemoryBudget.reserve(byteCount)
        return allocate(byteCount)
    }

    /// Storage holding `count` zero-initialised elements of `dtype`.
    static func make(zeroed count: Int, dtype: DType) throws -> Storage {
        let storage = try make(byteCount: byteCount(count, dtype))
        // A megabyte at a time: first touches of gigabytes take long enough to need Ctrl-C.
        let total = max(storage.byteCount, 1)
        var done = 0
        while done < total {
            if done > 0 { try Interruption.check() }
            let step = min(1 << 20, total - done)
            (storage.bytes + done).initializeMemory(as: UInt8.self, repeating: 0, count: step)
            done += step
        }
        return storage
    }

    /// Storage for `count` elements of `dtype`, left for the caller to fill.
    static func make(uninitialized count: Int, dtype: DType) throws -> Storage {
        try make(byteCount: byteCount(count, dtype))
    }

    /// Storage for one element: charged to the budget but never refused, so wrapping a
    /// Python number in a 0-d tensor cannot fail.
    static func make(scalarOf dtype: DType) -> Storage {
        MemoryBudget.charge(dtype.itemSize)
        return allocate(dtype.itemSize)
    }

    /// Cache-line alignment for buffers big enough to stream through vector loops.
    private static func allocate(_ byteCount: Int) -> Storage {
        if byteCount >= StorageCache.minimumBytes {
            let bytes = StorageCache.allocate(byteCount: byteCount)
            let buffer = create(minimumCapacity: 0) { _ in
                StorageHeader(byteCount: byteCount, bytes: bytes, isCached: true)
            }
            return unsafeDowncast(buffer, to: Storage.self)
        }
        let alignment = byteCount >= 1024 ? 64 : 16
        let buffer = create(minimumCapacity: max(byteCount, 1) + alignment) { buffer in
            let base = buffer.withUnsafeMutablePointerToElements { UnsafeMutableRawPointer($0) }
            let misalignment = Int(bitPattern: base) & (alignment - 1)
            let start = misalignment == 0 ? base : base + (alignment - misalignment)
            return StorageHeader(byteCount: byteCount, bytes: start, isCached: false)
        }
        return unsafeDowncast(buffer, to: Storage.self)
    }

    var byteCount: Int { header.byteCount }
    var bytes: UnsafeMutableRawPointer { header.bytes }

    deinit {
        if header.isCached { StorageCache.release(header.bytes, byteCount: header.byteCount) }
        MemoryBudget.release(header.byteCount)
    }

    @inline(__always)
    func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> {
        header.bytes.assumingMemoryBound(to: T.self)
    }

    /// The size of `count` elements, saturating so an overflowing request is refused, not trapped.
    private static func byteCount(_ count: Int, _ dtype: DType) -> Int {
        let (bytes, overflow) = max(count, 0).multipliedReportingOverflow(by: dtype.itemSize)
        return overflow ? Int.max : bytes
    }
}

/// What a `Storage` knows besides its bytes: how many were asked for and where they start.
struct StorageHeader {
    let byteCount: Int
    let bytes: UnsafeMutableRawPointer
    /// The bytes came from `StorageCache` (large buffers) rather than the object's own block.
    let isCached: Bool
}
