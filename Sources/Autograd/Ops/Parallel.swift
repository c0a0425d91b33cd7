import CPlatform
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Intra-op threads, as ATen's `at::parallel_for` uses them: a loop over more than `grainSize`
/// elements is cut into one range per thread (at most one per `grainSize` elements), and the
/// ranges run at once.
///
/// The cut follows ATen's so that results which depend on it (ATen's vectorised kernels treat
/// each range's tail one element at a time; a whole-tensor sum adds one partial sum per range)
/// have PyTorch's bits for the same thread count. The count is PyTorch's default — the physical
/// cores, or `OMP_NUM_THREADS` / `MKL_NUM_THREADS` — unless `wick --threads` set another default;
/// `torch.set_num_threads` changes it for the calling session.
///
/// ```swift
/// try Parallel.forEachPiece(1 << 20) { piece, _ in add(piece) }  // two ranges on two cores
/// ```
public enum Parallel {
    /// `at::internal::GRAIN_SIZE`: elements a range must exceed before a second thread helps.
    static let grainSize = 32_768

    private static let configuredDefault = Atomic<Int>(0)

    /// The thread count of sessions that never called `torch.set_num_threads`.
    public static var defaultThreadCount: Int {
        get {
            let configured = configuredDefault.load(ordering: .relaxed)
            return configured > 0 ? configured : environmentDefault
        }
        set { configuredDefault.store(max(1, newValue), ordering: .relaxed) }
    }

    /// PyTorch's `intraop_default_num_threads`: `OMP_NUM_THREADS`, overridden by
    /// `MKL_NUM_THREADS`, each when a positive number, else the physical cores.
    static let environmentDefault: Int = {
        var threads = 0
        for name in ["OMP_NUM_THREADS", "MKL_NUM_THREADS"] {
            if let value = getenv(name), let n = Int(String(cString: value)), n > 0 { threads = n }
        }
        return threads > 0 ? threads : Int(wick_physical_core_count())
    }()

    /// `torch.get_num_threads()` / `torch.set_num_threads(n)` for the calling session.
    public static var threadCount: Int {
        get { EngineState.current.threadCount ?? defaultThreadCount }
        set { EngineState.current.threadCount = max(1, newValue) }
    }

    /// ATen's split of `0..<count` for `threads` threads: one range when `count` is at most
    /// `grain` or there is one thread, else `min(threads, ⌈count / grain⌉)` ranges of
    /// `⌈count / ranges⌉` elements (the last one shorter).
    static func ranges(_ count: Int, grain: Int = grainSize, threads: Int) -> [Range<Int>] {
        guard count > grain, count > 1, threads > 1 else { return count > 0 ? [0..<count] : [] }
        let tasks = min(threads, (count + grain - 1) / grain)
        let chunk = (count + tasks - 1) / tasks
        return stride(from: 0, to: count, by: chunk).map { $0..<min(count, $0 + chunk) }
    }

    /// Runs `body(piece, range)` over ATen's split of `0..<count` for the session's thread count,
    /// the ranges at once, each in pieces of `Interruption.chunk` elements; a pending Ctrl-C stops
    /// every range at its next piece and is thrown as `KeyboardInterrupt` once all have stopped.
    /// `body` runs on several threads at once: it may only write memory its range owns.
    static func forEachPiece(
        _ count: Int, grain: Int = grainSize, _ body: (_ piece: Range<Int>, _ range: Range<Int>) -> Void
    ) throws {
        guard count > grain, case let ranges = ranges(count, grain: grain, threads: threadCount), ranges.count > 1 else {
            return try Interruption.chunked(count) { body($0, 0..<count) }
        }
        run(tasks: ranges.count) { task in
            let range = ranges[task]
            var start = range.lowerBound
            while start < range.upperBound && !Interruption.isPending {
                let end = min(range.upperBound, start + Interruption.chunk)
                body(start..<end, range)
                start = end
            }
        }
        try Interruption.check()
    }

    /// `forEachPiece` on the calling thread: the same ranges and pieces, one after another, for
    /// loops whose formula is a closure (`RangedFormula` says why they stay on one thread).
    @inline(__always)
    static func forEachPieceInline(
        _ count: Int, grain: Int = grainSize, _ body: (_ piece: Range<Int>, _ range: Range<Int>) -> Void
    ) throws {
        guard count > grain, case let ranges = ranges(count, grain: grain, threads: threadCount), ranges.count > 1 else {
            return try Interruption.chunked(count) { body($0, 0..<count) }
        }
        for range in ranges {
            let start = range.lowerBound
            try Interruption.chunked(range.count) { body(start + $0.lowerBound..<start + $0.upperBound, range) }
            try Interruption.check()
        }
    }

    /// Runs `body(task)` for every task in `0..<tasks` at once — task 0 on the calling thread, the
    /// others on the pool's threads, parked between regions as ATen's OpenMP threads are — and
    /// returns when all have ended. `body` may only write memory its task owns.
    static func run(tasks: Int, _ body: (_ task: Int) -> Void) {
        withoutActuallyEscaping(body) { body in
            var task = body
            withUnsafeMutablePointer(to: &task) { pointer in
                wick_parallel_run(
                    tasks,
                    { context, task in
                        context?.assumingMemoryBound(to: ((Int) -> Void).self).pointee(task)
                    }, pointer)
            }
        }
    }
}
