/// Integer draws: `randint` and `randperm`.
extension Generator {
    /// Ranges at or above this use a 64-bit draw per element; PyTorch switches at 2^28, not 2^32.
    static let randintWideRange: UInt64 = 1 << 28

    /// Below this `n`, randperm swap-shuffles with 32-bit draws (⌊(2^32−1)/20⌋).
    static let randpermSmallLimit = 214_748_364

    /// Fills int64 values uniformly in [low, high) in buffer order; the caller guarantees high > low.
    ///
    /// The arithmetic is modulo 2^64, which also covers negative `low` and the
    /// full int64 range.
    func fillRandint(_ buffer: UnsafeMutableBufferPointer<Int64>, low: Int64, high: Int64) throws {
        let range = UInt64(bitPattern: high) &- UInt64(bitPattern: low)
        let base = UInt64(bitPattern: low)
        guard range != 0 else {
            return
        }
        let wide = range >= Self.randintWideRange
        try Interruption.chunked(buffer.count) {
            for i in $0 {
                let v = wide ? random64() : UInt64(random32())
                buffer[i] = Int64(bitPattern: (v % range) &+ base)
            }
        }
    }

    /// Writes a random permutation of 0..<n into `r` (n elements), consuming draws exactly as
    /// `torch.randperm(n)`.
    func randperm(into r: UnsafeMutableBufferPointer<Int64>) throws {
        let n = r.count
        guard n > 0 else {
            return
        }
        if n < Self.randpermSmallLimit {
            try Interruption.chunked(n) { for i in $0 { r[i] = Int64(i) } }
            try Interruption.chunked(n - 1) {
                for i in $0 {
                    let z = Int(random32() % UInt32(n - i))
                    r.swapAt(i, i + z)
                }
            }
            return
        }
        // Large n: PyTorch's "inside-out" shuffle with 64-bit draws.
        try Interruption.chunked(n) {
            for i in $0 {
                let z = Int(random64() % UInt64(i + 1))
                r[i] = r[z]
                r[z] = Int64(i)
            }
        }
    }
}
