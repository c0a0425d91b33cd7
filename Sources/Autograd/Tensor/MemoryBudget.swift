import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process-wide ceiling on memory a script holds — tensors and Python containers — checked
/// before every allocation.
///
/// `UnsafeMutableRawPointer.allocate` traps when the system refuses, so a script
/// asking for `torch.ones(10**6, 10**6)` must be turned away before it reaches
/// the allocator. The budget counts the bytes of every live `Storage`.
///
/// ```swift
/// MemoryBudget.limit = 512 << 20  // wick --max-memory 512M
/// let t = try Tensor.zeros([1 << 20])  // fine
/// ```
public enum MemoryBudget {
    private static let limitBytes = Atomic<Int>(defaultLimit)
    private static let liveBytes = Atomic<Int>(0)

    /// Half of the machine's physical memory (4 GiB when the system will not say), and under an
    /// address-space limit (`ulimit -v`) half of what that limit leaves after the interpreter's
    /// stacks and code, so a refused allocation is a `MemoryError`, never the allocator's trap.
    public static let defaultLimit: Int = {
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let pageSize = sysconf(Int32(_SC_PAGESIZE))
        var physical = 4 << 30
        if pages > 0, pageSize > 0 {
            let (total, overflow) = pages.multipliedReportingOverflow(by: pageSize)
            physical = overflow ? Int.max / 2 : total / 2
        }
        return min(physical, addressSpaceAllowance ?? Int.max)
    }()

    /// Address space reserved for other things than a script's data: the interpreter's 1 GiB
    /// stack (reserved, not used), the parser's, the code and the allocator's arenas.
    private static let reservedAddressSpace = 1536 << 20

    /// Half of what `RLIMIT_AS` leaves for data (at least 64 MiB), or nil when there is no limit.
    private static var addressSpaceAllowance: Int? {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return nil }
        let bytes = Int(clamping: limit.rlim_cur)
        return max((bytes - min(bytes, reservedAddressSpace)) / 2, 64 << 20)
    }

    /// The most bytes all live tensors and Python containers may hold together.
    public static var limit: Int {
        get { limitBytes.load(ordering: .relaxed) }
        set { limitBytes.store(max(newValue, 0), ordering: .relaxed) }
    }

    /// Bytes currently held by live tensor storage and Python containers.
    public static var bytesInUse: Int { liveBytes.load(ordering: .relaxed) }

    /// Reserves `byteCount` bytes or throws `RuntimeError` naming the request in GiB.
    static func reserve(_ byteCount: Int) throws {
        let ceiling = limit
        guard byteCount <= ceiling else {
            throw TorchError.runtime(Messages.memoryLimit(ceiling, requested: byteCount, inUse: bytesInUse))
        }
        let inUse = liveBytes.add(byteCount, ordering: .relaxed).newValue
        guard inUse > ceiling else { return }
        liveBytes.subtract(byteCount, ordering: .relaxed)
        throw TorchError.runtime(Messages.memoryLimit(ceiling, requested: byteCount, inUse: inUse - byteCount))
    }

    /// Wick's refusal message when `byteCount` more bytes would not fit in the budget, else nil.
    /// Nothing is reserved: this is for memory the budget does not track (a Python list or string
    /// about to be built), so that one huge request is refused instead of exhausting the machine.
    public static func refusal(forUntracked byteCount: Int) -> String? {
        let ceiling = limit
        let inUse = bytesInUse
        guard byteCount > ceiling - inUse else { return nil }
        return Messages.memoryLimit(ceiling, requested: byteCount, inUse: inUse)
    }

    /// Throws the memory-limit error when a temporary array of `count` `T`s would not fit in what
    /// the budget leaves: kernels that gather elements into arrays check first, since an expanded
    /// view of a billion elements costs nothing until it is gathered.
    public static func checkTemporary<T>(_ count: Int, of _: T.Type) throws {
        let (bytes, overflow) = max(count, 0).multipliedReportingOverflow(by: MemoryLayout<T>.stride)
        if let message = refusal(forUntracked: overflow ? Int.max : bytes) { throw TorchError.runtime(message) }
    }

    /// Counts (positive) or gives back (negative) memory that Python containers hold, in the same
    /// account as tensors: a list's or dict's storage is counted whenever its capacity changes,
    /// after the interpreter checked the growth with `refusal(forUntracked:)`.
    public static func adjust(by delta: Int) {
        liveBytes.add(delta, ordering: .relaxed)
    }

    /// Counts a fixed-size allocation too small to refuse.
    static func charge(_ byteCount: Int) {
        liveBytes.add(byteCount, ordering: .relaxed)
    }

    /// Returns bytes reserved by a storage that is being freed.
    static func release(_ byteCount: Int) {
        liveBytes.subtract(byteCount, ordering: .relaxed)
    }

    /// `SIZE` as `wick --max-memory` takes it: bytes, or a number with `K`, `M`, `G` or `T`
    /// (binary multiples; an optional trailing `B` or `iB` is accepted), e.g. `4G`, `512M`.
    public static func parseSize(_ text: String) -> Int? {
        var digits = Substring(text.uppercased())
        for suffix in ["IB", "B"] where digits.hasSuffix(suffix) && digits.count > suffix.count {
            digits = digits.dropLast(suffix.count)
            break
        }
        let units: [Character: Int] = ["K": 10, "M": 20, "G": 30, "T": 40]
        var shift = 0
        if let last = digits.last, let unit = units[last] {
            shift = unit
            digits = digits.dropLast()
        }
        guard let value = Double(digits), value.isFinite, value > 0 else { return nil }
        let bytes = value * Double(1 << shift)
        guard bytes >= 1, bytes < Double(Int.max / 2) else { return nil }
        return Int(bytes)
    }
}

extension Messages {
    /// Wick's own refusal; PyTorch would hand the request to the system allocator.
    static func memoryLimit(_ limit: Int, requested: Int, inUse: Int) -> String {
        let base =
            "Wick's memory limit (\(gibibytes(limit)), --max-memory) is exceeded: refusing to allocate \(gibibytes(requested))"
        guard requested <= limit else { return base }
        return base + " with \(gibibytes(inUse)) already in use"
    }

    /// `8000000000000` → `7450.58 GiB`; below a gibibyte in MiB, below a mebibyte in KiB.
    static func gibibytes(_ bytes: Int) -> String {
        let (shift, unit) = bytes >= 1 << 30 ? (30, "GiB") : bytes >= 1 << 20 ? (20, "MiB") : (10, "KiB")
        let hundredths = (Double(bytes) / Double(1 << shift) * 100).rounded()
        let whole = Int(hundredths / 100)
        let fraction = Int(hundredths) - whole * 100
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction) \(unit)"
    }
}
