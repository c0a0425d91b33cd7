extension Interpreter {
    /// `a, *rest, z = iterable`: the starred target takes a list of what the others leave.
    func assignStarred(_ value: Value, to targets: [Expression], star: Int, in frame: Frame) throws {
        if targets.filter(\.isStarred).count > 1 {
            throw PythonError(.syntaxError, "multiple starred expressions in assignment")
        }
        let items = try materialize(value)
        let required = targets.count - 1
        guard items.count >= required else {
            throw PythonError(
                .valueError, "not enough values to unpack (expected at least \(required), got \(items.count))")
        }
        let after = targets.count - star - 1
        for (item, t) in zip(items.prefix(star), targets.prefix(star)) { try assign(item, to: t, in: frame) }
        guard case .starred(let inner) = targets[star].kind else { return }
        try assign(.list(ListBox(Array(items[star..<(items.count - after)]))), to: inner, in: frame)
        for (item, t) in zip(items.suffix(after), targets.suffix(after)) { try assign(item, to: t, in: frame) }
    }
}
