/// Finds the call whose arguments the cursor is in, for completing keyword arguments.
enum CallContext {
    /// The dotted name called by the innermost bracket still open at the end of `text`, if it is a `(`.
    ///
    /// `torch.ones(2, ` → `torch.ones`; `f(g(1), ` → `f`; `x[0` or `f(a)` → nil.
    /// Brackets inside string literals are skipped.
    static func callee(before text: String) -> String? {
        var open: [String.Index] = []
        let ending = LineScan.walk(text) { character, index in
            if "([{".contains(character) {
                open.append(index)
            } else if ")]}".contains(character) {
                _ = open.popLast()
            }
        }
        guard ending == .code, let innermost = open.last, text[innermost] == "(" else { return nil }
        let name = Completion.fragment(beforeCursor: String(text[..<innermost])).word
        return name.isEmpty || name.hasSuffix(".") ? nil : name
    }
}
