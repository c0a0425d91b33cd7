extension Session {
    /// Keeps an expression's value as IPython does when output history is on: `_` (the last),
    /// `__` and `___` (the two before), and `_N` for entry N; otherwise only `_`, as CPython does.
    func recordResult(_ value: Value) {
        if keepsOutputHistory {
            interpreter.globals["___"] = interpreter.globals["__"] ?? .string("")
            interpreter.globals["__"] = interpreter.globals["_"] ?? .string("")
            if executionCount > 0 { interpreter.globals["_\(executionCount)"] = value }
        }
        interpreter.globals["_"] = value
    }

    /// Turns on IPython's output history (`_`, `__`, `___`, `_1`, …); `_`, `__` and `___` start as `''`.
    public func keepOutputHistory() {
        keepsOutputHistory = true
        for name in ["_", "__", "___"] where interpreter.globals[name] == nil {
            interpreter.globals[name] = .string("")
        }
    }

    /// Starts the next prompt entry: its results become `_N` with this number.
    public func beginEntry() {
        executionCount += 1
    }
}
