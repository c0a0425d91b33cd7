extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingCharacters() -> String {
        String(
            unicodeScalars.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed().map(
                Character.init))
    }
}
