import Autograd
import Glibc
import Synchronization
import TensorLanguage

/// Runs one fuzz input as a script on a fresh session, with every limit on and all output dropped.
///
/// The limits keep one input from eating the machine: a small tensor budget, a statement budget,
/// the interpreter's recursion limit, and a watchdog that presses Ctrl-C (`Interruption.request()`)
/// once an input has run for `timeLimit` seconds. An input that outlives the watchdog by
/// libFuzzer's `-timeout` is a finding: something long-running does not honour Ctrl-C.
enum FuzzHarness {
    /// Tensor memory for one input.
    static let memoryLimit = 256 << 20
    /// Statements one input may execute.
    static let stepLimit = 20_000
    /// Seconds before the watchdog interrupts an input.
    static let timeLimit = 1.0

    /// The watchdog's deadline in nanoseconds of `CLOCK_MONOTONIC`; `Int.max` while idle.
    private static let deadline = Atomic<Int>(Int.max)

    /// Limits and the watchdog, set up once per process.
    private static let prepared: Bool = {
        MemoryBudget.limit = memoryLimit
        startWatchdog()
        return true
    }()

    /// Runs `bytes` (decoded leniently, as the prompt decodes input) and returns when it is done.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        _ = prepared
        let source = String(decoding: bytes, as: UTF8.self)
        Interruption.clear()
        let session = Session(sink: DiscardingSink())
        session.engineState.generator.manualSeed(0)
        session.stepLimit = stepLimit
        deadline.store(now() + Int(timeLimit * 1e9), ordering: .relaxed)
        // The prompt asks the parser whether an entry is complete before running it.
        _ = session.needsMoreInput(source)
        if source.hasPrefix(">") {
            // `>` first: the rest is one prompt entry, every expression statement's repr echoed.
            _ = session.runInteractive(source: String(source.dropFirst()))
        } else {
            _ = session.run(source: source, fileName: "<fuzz>")
        }
        deadline.store(Int.max, ordering: .relaxed)
        Interruption.clear()
    }

    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1_000_000_000 + time.tv_nsec
    }

    /// A thread that keeps requesting an interrupt while an input is past its deadline (a script
    /// may catch `KeyboardInterrupt` and carry on; the statement budget ends that).
    private static func startWatchdog() {
        var thread = pthread_t()
        pthread_create(
            &thread, nil,
            { _ in
                while true {
                    usleep(20_000)
                    if FuzzHarness.now() > FuzzHarness.deadline.load(ordering: .relaxed) { Interruption.request() }
                }
            }, nil)
        pthread_detach(thread)
    }
}
