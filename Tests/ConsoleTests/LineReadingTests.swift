import Autograd
import Foundation
import Glibc
import Testing

@testable import Console

@Suite struct LineBytesTests {
    @Test func invalidUTF8BecomesReplacementCharacter() {
        let line = LineBytes.decode([0x68, 0xC3, 0xA9, 0xFF, 0x0A], strippingNewline: true, strippingCarriageReturn: false)
        #expect(line == "hé\u{FFFD}")
    }

    @Test func truncatedSequenceIsRepaired() {
        #expect(LineBytes.decode([0x61, 0xE2, 0x86], strippingNewline: true, strippingCarriageReturn: false) == "a\u{FFFD}")
    }

    @Test func newlineIsStrippedAtTheByteLevel() {
        #expect(LineBytes.decode(Array("a\r\n".utf8), strippingNewline: true, strippingCarriageReturn: false) == "a\r")
        #expect(LineBytes.decode(Array("a\r\n".utf8), strippingNewline: true, strippingCarriageReturn: true) == "a")
        #expect(LineBytes.decode(Array("a\r".utf8), strippingNewline: true, strippingCarriageReturn: true) == "a\r")
        #expect(LineBytes.decode(Array("a\n".utf8), strippingNewline: false, strippingCarriageReturn: false) == "a\n")
        #expect(LineBytes.decode([], strippingNewline: true, strippingCarriageReturn: true) == "")
    }
}

@Suite struct PlainLineReaderTests {
    /// Feeds `bytes` through a pipe and reads every line back.
    func readAll(_ bytes: [UInt8]) throws -> [LineReadResult] {
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        let written = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        #expect(written == bytes.count)
        let file = try #require(fdopen(fds[0], "r"))
        defer { fclose(file) }
        let reader = PlainLineReader(file: file)
        var results: [LineReadResult] = []
        while results.count < 20 {
            let result = reader.readLine(prompt: ">>> ")
            results.append(result)
            if result == .eof { break }
        }
        return results
    }

    @Test func readsLinesAndEOF() throws {
        #expect(try readAll(Array("a = 1\nprint(a)\n".utf8)) == [.line("a = 1"), .line("print(a)"), .eof])
    }

    @Test func lastLineWithoutNewlineAndBlankLines() throws {
        #expect(try readAll(Array("\n\nx".utf8)) == [.line(""), .line(""), .line("x"), .eof])
    }

    @Test func invalidBytesAndCRLF() throws {
        #expect(try readAll([0x68, 0xC3, 0xA9, 0xFF, 0x0D, 0x0A]) == [.line("hé\u{FFFD}"), .eof])
    }

    @Test func embeddedNulIsKept() throws {
        #expect(try readAll([0x61, 0x00, 0x62, 0x0A]) == [.line("a\u{0}b"), .eof])
    }
}

@Suite struct InterruptFlagTests {
    @Test func pollClearsAndIsPendingDoesNot() {
        Interrupt.clear()
        #expect(!Interrupt.isPending)
        Interruption.request()
        #expect(Interrupt.isPending)
        #expect(Interrupt.isPending)
        #expect(Interrupt.poll())
        #expect(!Interrupt.poll())
        Interruption.request()
        Interrupt.clear()
        #expect(!Interrupt.isPending)
    }
}
