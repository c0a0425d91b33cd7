/// `warnings.warn(message, category=UserWarning, stacklevel=1)`, for scripts and for Wick's own
/// Python modules (`torch.optim.lr_scheduler` warns as PyTorch's does).
enum WarningsModule {
    static func makeModule() -> ModuleObject {
        let m = ModuleObject("warnings")
        m.members["warn"] = .object(BuiltinFunction("warn") { args, interpreter in try warn(args, interpreter) })
        return m
    }

    private static func warn(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let r = try ArgumentReader("warn", args, ["message", "category", "stacklevel", "source"])
        let message = try r.required("message")
        var category = "UserWarning"
        if case .object(let cls as PyType)? = r.value("category") {
            guard cls.isSubclass(of: .warning) else {
                throw PythonError(.typeError, "category must be a Warning subclass, not '\(cls.name)'")
            }
            category = cls.name
        }
        if case .object(let exception as ExceptionObject) = message { category = exception.exceptionClass.name }
        let text = try interpreter.str(message)
        let level = max(1, try r.int("stacklevel") ?? 1)
        interpreter.warn(category: category, message: text, stackLevel: level)
        return .noneValue
    }
}

extension Interpreter {
    /// Reports a warning once per location, the location being the frame `stackLevel` calls up
    /// (1: the caller of `warnings.warn`), as Python's default filter does.
    func warn(category: String, message: String, stackLevel: Int, libraryLocation: String? = nil) {
        guard !frames.isEmpty else { return }
        let frame = frames[max(0, frames.count - stackLevel)]
        // A warning PyTorch raises from one line of its own Python code is shown once per session.
        let location = libraryLocation ?? "\(frame.module.fileName):\(frame.currentLine)"
        let key = "\(location):\(category):\(message)"
        guard warningsShown.insert(key).inserted else { return }
        sink.receive(
            .warning(
                WarningReport(
                    category: category, message: message, fileName: frame.module.fileName, line: frame.currentLine,
                    sourceLine: frame.sourceLine)))
    }
}
