import Synchronization

/// Recently freed large tensor blocks, kept for the next tensor of the same size.
///
/// Loops allocate the same sizes over and over (`y = x.exp()` in a loop, every training step).
/// Handed back to glibc, a block of a few MiB is unmapped or trimmed and the next one faults every
/// page in afresh — a quarter of the time of `exp` on a million floats, measured — or, kept in the
/// heap, it is split by small allocations until the heap only grows. Blocks of at least
/// `minimumBytes` are therefore rounded to whole pages and parked here, up to a quarter of the
/// memory budget and at most `capacityLimit`; a request of the same rounded size takes one back.
/// The memory budget counts live tensors only; parked blocks are the process's, not a tensor's.
enum StorageCache {
    static let minimumBytes = 1 << 18
    static let capacityLimit = 64 << 20
    static let alignment = 64

    /// Parked blocks by rounded size, as addresses (plain integers may cross the lock).
    private struct State {
        var blocks: [Int: [UInt]] = [:]
        var bytes = 0
    }

    private static let state = Mutex(State())

    /// Bytes parked now (for tests).
    static var cachedBytes: Int { state.withLock { $0.bytes } }

    /// Memory for `byteCount` bytes, 64-byte aligned: a parked block of the same rounded size, or new.
    static func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        let size = rounded(byteCount)
        if size >= minimumBytes {
            let reused: UInt? = state.withLock { state in
                guard let block = state.blocks[size]?.popLast() else { return nil }
                state.bytes -= size
                return block
            }
            if let reused, let block = UnsafeMutableRawPointer(bitPattern: reused) { return block }
        }
        return UnsafeMutableRawPointer.allocate(byteCount: size, alignment: alignment)
    }

    /// Parks a block from `allocate(byteCount:)` for reuse, or frees it when the cache is full.
    static func release(_ block: UnsafeMutableRawPointer, byteCount: Int) {
        let size = rounded(byteCount)
        if size >= minimumBytes {
            let capacity = Swift.min(capacityLimit, MemoryBudget.limit / 4)
            let address = UInt(bitPattern: block)
            let parked = state.withLock { state in
                guard state.bytes + size <= capacity else { return false }
                state.blocks[size, default: []].append(address)
                state.bytes += size
                return true
            }
            if parked { return }
        }
        block.deallocate()
    }

    /// Frees every parked block.
    static func empty() {
        let addresses = state.withLock { state in
            defer { state = State() }
            return state.blocks.values.flatMap { $0 }
        }
        for address in addresses { UnsafeMutableRawPointer(bitPattern: address)?.deallocate() }
    }

    /// Large requests grow to whole 4 KiB pages so near sizes share blocks; small ones stay as asked.
    private static func rounded(_ byteCount: Int) -> Int {
        let bytes = Swift.max(byteCount, 1)
        return bytes < minimumBytes ? bytes : (bytes + 4095) & ~4095
    }
}
