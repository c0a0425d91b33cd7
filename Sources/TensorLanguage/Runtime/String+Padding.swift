extension String {
    /// The text padded on the left with `pad` to `width` characters (never cut).
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }

    /// The text padded on the right with `pad` to `width` characters (never cut).
    func rightPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : self + String(repeating: pad, count: width - count)
    }
}
