#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// PyTorch's CPU generator: mt19937 plus the cached normal.
///
/// Every fill method reproduces PyTorch 2.15's x86-64 AVX2 kernels bit for bit,
/// including how many 32-bit draws each call consumes.
public final class Generator {
    /// The seed PyTorch reports back through `torch.initial_seed()`.
    public private(set) var initialSeed: UInt64

    var engine: MT19937

    /// The second value of the last scalar-path Box–Muller pair, not yet used.
    ///
    /// Stored raw (before mean/std) and shared by float32 and float64 tensors,
    /// as PyTorch does; only the scalar normal path reads or writes it.
    var cachedNormal: Double?

    /// Creates a generator seeded like `torch.manual_seed(seed)`.
    public init(seed: UInt64) {
        initialSeed = seed
        engine = MT19937(seed: seed)
        cachedNormal = nil
    }

    /// Resets the engine state and clears the normal cache, like `torch.manual_seed`.
    public func manualSeed(_ seed: UInt64) {
        initialSeed = seed
        engine = MT19937(seed: seed)
        cachedNormal = nil
    }

    /// One 32-bit draw.
    func random32() -> UInt32 {
        engine.nextUInt32()
    }

    /// Two 32-bit draws; the first one is the high word.
    func random64() -> UInt64 {
        let high = UInt64(engine.nextUInt32())
        let low = UInt64(engine.nextUInt32())
        return (high << 32) | low
    }

    /// A fresh nondeterministic seed (from /dev/urandom or getrandom), for process start.
    static func nondeterministicSeed() -> UInt64 {
        // Glibc's module map does not expose getrandom, so read the device directly.
        var seed: UInt64 = 0
        if readDevURandom(into: &seed) {
            return seed
        }
        // Last resort when no entropy source is readable: mix the clock and the pid,
        // which is still different from run to run.
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let mixed =
            UInt64(bitPattern: Int64(now.tv_sec)) &* 1_000_000_007
            ^ UInt64(bitPattern: Int64(now.tv_nsec))
            ^ (UInt64(UInt32(bitPattern: getpid())) << 32)
        return splitMix64(mixed)
    }

    /// Reads eight bytes from /dev/urandom; false if the device is unavailable.
    private static func readDevURandom(into seed: inout UInt64) -> Bool {
        let fd = open("/dev/urandom", O_RDONLY)
        if fd < 0 {
            return false
        }
        defer { close(fd) }
        let count = withUnsafeMutableBytes(of: &seed) { bytes in
            read(fd, bytes.baseAddress, bytes.count)
        }
        return count == MemoryLayout<UInt64>.size
    }

    /// Scrambles a low-entropy value so nearby inputs give unrelated seeds.
    private static func splitMix64(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
