extension String {
    /// The text of some code points, encoded straight into the string's UTF-8 storage.
    ///
    /// `String.UnicodeScalarView.append(contentsOf:)` converts scalar by scalar through a generic
    /// path; the lexer makes a string for every name, number and line, so this is most of the
    /// cost of lexing.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var byteCount = 0
        for scalar in scalars { byteCount &+= UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written &+= 1
                }
            }
            return written
        }
    }
}
