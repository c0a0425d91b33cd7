#if canImport(Glibc)
    import Glibc
#endif

/// Engine state that running code may change: grad mode, where warnings go, which once-only
/// warnings were shown, and the default random generator.
///
/// PyTorch keeps grad mode per thread; Wick keeps all of these per thread too, and a front end
/// that runs one session across many threads (each `Session` run starts a thread with a large
/// stack) gives each session its own state and installs it wherever the session's code runs.
/// Code that never installs a state gets one per thread, made on first use.
///
/// ```swift
/// let state = EngineState()
/// state.warningHandler = { category, message in print("\(category): \(message)") }
/// state.installed {
///     GradMode.isEnabled = false  // only for code running with `state` installed
/// }
/// ```
public final class EngineState {
    /// Whether operations record the graph (`torch.no_grad()` turns it off).
    public var isGradEnabled = true
    /// Receives the engine's warnings (`UserWarning` and its message); drops them by default.
    public var warningHandler: (_ category: String, _ message: String) -> Void = { _, _ in }
    /// Messages of `TORCH_WARN_ONCE` warnings already shown.
    var onceWarningsShown: Set<String> = []
    /// Backward passes running on this thread (a hook may start one inside another).
    var backwardPassesRunning = 0
    /// Behind `torch.manual_seed` and the random creators; made on first use.
    public lazy var generator = Generator(seed: EngineState.initialSeed ?? Generator.nondeterministicSeed())
    /// `torch.set_default_dtype`: the dtype of float literals and of float factories without `dtype=`.
    public var defaultFloat: DType = .float32
    /// `torch.set_default_device`, as its string (`cuda:0`); nil for the CPU.
    public var defaultDevice: String?
    /// `torch.set_printoptions`.
    public var printOptions = PrintOptions()
    /// `torch.set_num_threads`; nil for `Parallel.defaultThreadCount`.
    var threadCount: Int?

    /// The seed a new state's generator starts from (`wick --seed`); nil draws one from the system.
    nonisolated(unsafe) public static var initialSeed: UInt64?

    public init() {}

    /// The state of the calling thread: the one installed, else the thread's own.
    public static var current: EngineState {
        if let pointer = pthread_getspecific(threadKey) {
            return Unmanaged<EngineState>.fromOpaque(pointer).takeUnretainedValue()
        }
        let state = EngineState()
        pthread_setspecific(threadKey, Unmanaged.passRetained(state).toOpaque())
        return state
    }

    /// Runs `body` with this state as the calling thread's, then puts the previous one back.
    public func installed<T>(_ body: () throws -> T) rethrows -> T {
        let previous = pthread_getspecific(EngineState.threadKey)
        pthread_setspecific(EngineState.threadKey, Unmanaged.passRetained(self).toOpaque())
        defer {
            let mine = pthread_getspecific(EngineState.threadKey)
            pthread_setspecific(EngineState.threadKey, previous)
            if let mine { Unmanaged<EngineState>.fromOpaque(mine).release() }
        }
        return try body()
    }

    /// One slot per thread holding a retained `EngineState`, released when the thread ends.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<EngineState>.fromOpaque(pointer).release()
        }
        return key
    }()
}

/// Where the engine sends warnings: the calling thread's `EngineState.warningHandler`.
enum Diagnostics {
    static func warn(_ category: String, _ message: String) {
        EngineState.current.warningHandler(category, message)
    }

    /// Warnings PyTorch raises with `TORCH_WARN_ONCE`: the first time in a session, never again.
    static func warnOnce(_ message: String) {
        let state = EngineState.current
        guard state.onceWarningsShown.insert(message).inserted else { return }
        state.warningHandler("UserWarning", message)
    }
}

/// Whether operations record the graph (`torch.no_grad()` turns it off), per thread as in PyTorch.
public enum GradMode {
    public static var isEnabled: Bool {
        get { EngineState.current.isGradEnabled }
        set { EngineState.current.isGradEnabled = newValue }
    }

    /// Runs `body` with grad mode set to `enabled`, restoring it afterwards.
    public static func with<R>(_ enabled: Bool, _ body: () throws -> R) rethrows -> R {
        let state = EngineState.current
        let saved = state.isGradEnabled
        state.isGradEnabled = enabled
        defer { state.isGradEnabled = saved }
        return try body()
    }
}

/// The default generator behind `torch.manual_seed` and the random creators: the calling thread's
/// `EngineState.generator`, so each session draws from its own.
public enum DefaultGenerator {
    public static var shared: Generator {
        get { EngineState.current.generator }
        set { EngineState.current.generator = newValue }
    }
}
