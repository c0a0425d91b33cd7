import Testing

@testable import TensorLanguage

/// The lexer's strings are built straight from code points; every UTF-8 width must survive.
struct StringScalarsTests {
    @Test(arguments: ["", "name", "héllo", "✓ done", "𝛁f(x) 🙂", "a\u{0}b", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"])
    func codePointsMakeTheSameStringAsTheScalarView(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars[...]) == text)
        #expect(String(scalars: scalars.dropFirst(min(1, scalars.count))) == String(text.unicodeScalars.dropFirst()))
    }

    @Test func linesAndNamesOfANonASCIISourceAreExact() {
        let source = SourceText("namé = 'ü'\nx = 1  # ✓\n", fileName: "<test>")
        #expect(source.allLines == ["namé = 'ü'", "x = 1  # ✓"])
    }
}
