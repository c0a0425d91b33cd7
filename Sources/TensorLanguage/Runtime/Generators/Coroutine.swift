import Autograd

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A generator function's suspended frame: its body runs on a thread of its own, and control
/// passes between that thread and the caller's strictly in turn, so the interpreter is only
/// ever used by one of them at a time (see docs/architecture.md, "Generators").
final class Coroutine: @unchecked Sendable {
    /// What the caller hands the generator when it resumes it.
    enum Resume {
        case send(Value)
        case raise(PythonError)
        case close
    }

    /// What the generator hands back.
    enum Outcome {
        case yielded(Value)
        case returned(Value)
        case failed(Error)
    }

    enum State {
        case created
        case suspended
        case running
        case finished
    }

    /// A generator's thread: Python frames inside a generator are few, but a debug build spends
    /// kilobytes per Swift frame. Only touched pages are committed.
    static let stackSize = 256 << 20

    private(set) var state = State.created
    let frame: Frame
    private let interpreter: Interpreter
    private let body: () throws -> Value
    private let lock = HandOffLock()
    private var inbox: Resume?
    private var outbox: Outcome?

    init(frame: Frame, interpreter: Interpreter, body: @escaping () throws -> Value) {
        self.frame = frame
        self.interpreter = interpreter
        self.body = body
    }

    /// Caller side: runs the generator until it yields, returns or fails.
    func resume(_ message: Resume) throws -> Outcome {
        switch state {
        case .running: throw PythonError(.valueError, "generator already executing")
        case .finished: return .returned(.noneValue)
        case .created:
            switch message {
            case .send(let value) where !value.isNone:
                throw PythonError(.typeError, "can't send non-None value to a just-started generator")
            case .send: break
            case .raise(let error):
                state = .finished
                throw error
            case .close:
                state = .finished
                return .returned(.noneValue)
            }
        case .suspended: break
        }
        interpreter.frames.append(frame)
        defer { interpreter.frames.removeLast() }
        let starting = state == .created
        state = .running
        lock.withLock { inbox = message }
        if starting {
            // Grad mode, warnings and the random generator are the caller's session's.
            let engine = EngineState.current
            guard StackThread.spawnDetached(stackSize: Coroutine.stackSize, { [self] in engine.installed { run() } }) else {
                state = .finished
                throw PythonError(.memoryError, "cannot start a thread for the generator")
            }
        } else {
            lock.signal()
        }
        let outcome = lock.waitFor { () -> Outcome? in
            defer { outbox = nil }
            return outbox
        }
        if case .yielded = outcome { state = .suspended } else { state = .finished }
        return outcome
    }

    /// Generator side: hands `value` to the caller and waits to be resumed.
    func suspend(yielding value: Value) throws -> Value {
        lock.withLock { outbox = .yielded(value) }
        lock.signal()
        let message = lock.waitFor { () -> Resume? in
            defer { inbox = nil }
            return inbox
        }
        switch message {
        case .send(let sent): return sent
        case .raise(let error): throw error
        case .close: throw PythonError(.generatorExit, "")
        }
    }

    private func run() {
        _ = lock.waitFor { () -> Resume? in
            defer { inbox = nil }
            return inbox
        }
        let result: Outcome
        do {
            result = .returned(try body())
        } catch {
            result = .failed(error)
        }
        lock.withLock { outbox = result }
        lock.signal()
    }
}

/// A mutex and condition variable on the heap (pthread objects must not move).
final class HandOffLock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// Wakes the other side.
    func signal() {
        pthread_mutex_lock(mutex)
        pthread_cond_broadcast(condition)
        pthread_mutex_unlock(mutex)
    }

    /// Waits until `take` returns a value (called with the lock held).
    func waitFor<T>(_ take: () -> T?) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while true {
            if let value = take() { return value }
            pthread_cond_wait(condition, mutex)
        }
    }
}
