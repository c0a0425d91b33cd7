import Autograd

/// Where Python code can run long or grow big without executing a statement (comprehensions,
/// calls, building a list from an iterable), the interpreter checks Ctrl-C and the memory budget.
extension Interpreter {
    /// Raises `KeyboardInterrupt` when Ctrl-C is pending.
    @inline(__always)
    func pollInterrupt() throws {
        if interruptRequested() { throw PythonError(.keyboardInterrupt, "") }
    }

    /// Raises `MemoryError` when a Python container of `count` elements of `size` bytes would not
    /// fit in what the tensors leave of Wick's memory budget (`--max-memory`).
    func reserveRoom(_ count: Int, elementSize size: Int = MemoryLayout<Value>.stride) throws {
        let (bytes, overflow) = max(count, 0).multipliedReportingOverflow(by: size)
        if let message = MemoryBudget.refusal(forUntracked: overflow ? Int.max : bytes) {
            throw PythonError(.memoryError, message)
        }
    }
}
