extension PyType {
    /// `slice(stop)`, `slice(start, stop[, step])`.
    static let slice = PyType.register("slice") { args, _ in
        guard args.keywords.isEmpty else { throw PythonError(.typeError, "slice() takes no keyword arguments") }
        switch args.positional.count {
        case 1: return .object(SliceObject(lower: .noneValue, upper: args.positional[0], step: .noneValue))
        case 2: return .object(SliceObject(lower: args.positional[0], upper: args.positional[1], step: .noneValue))
        case 3:
            return .object(SliceObject(lower: args.positional[0], upper: args.positional[1], step: args.positional[2]))
        case 0: throw PythonError(.typeError, "slice expected at least 1 argument, got 0")
        default: throw PythonError(.typeError, "slice expected at most 3 arguments, got \(args.positional.count)")
        }
    }
}
