/// The outcome of asking a reader for one line of input.
public enum LineReadResult: Equatable, Sendable {
    /// A complete line, without its line terminator.
    case line(String)
    /// End of input: Ctrl-D on an empty line, a closed pipe, or an I/O error.
    case eof
    /// Ctrl-C arrived while waiting for input; the partial line was discarded.
    case interrupted
}

/// A source of input lines for the REPL.
///
/// Readers are not thread-safe; use one from a single thread at a time.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` if the reader is interactive.
    func readLine(prompt: String) -> LineReadResult
}

/// Byte-level helpers shared by the readers.
enum LineBytes {
    /// Decodes raw input bytes as UTF-8, repairing invalid sequences to U+FFFD.
    ///
    /// The terminator is stripped at the byte level because a Swift `"\r\n"`
    /// is a single `Character`, so `hasSuffix("\n")` would miss it.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, strippingNewline: Bool, strippingCarriageReturn: Bool) -> String {
        var count = bytes.count
        if strippingNewline, count > 0, bytes[count - 1] == 0x0A {
            count -= 1
            if strippingCarriageReturn, count > 0, bytes[count - 1] == 0x0D {
                count -= 1
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<count]), as: UTF8.self)
    }

    /// Decodes `count` bytes starting at a C character pointer; see `decode(_:strippingNewline:strippingCarriageReturn:)`.
    static func decode(_ start: UnsafePointer<CChar>, count: Int, strippingNewline: Bool, strippingCarriageReturn: Bool) -> String
    {
        start.withMemoryRebound(to: UInt8.self, capacity: count) {
            decode(
                UnsafeBufferPointer(start: $0, count: count),
                strippingNewline: strippingNewline, strippingCarriageReturn: strippingCarriageReturn)
        }
    }

    /// Convenience for tests and callers that already hold an array.
    static func decode(_ bytes: [UInt8], strippingNewline: Bool, strippingCarriageReturn: Bool) -> String {
        bytes.withUnsafeBufferPointer {
            decode($0, strippingNewline: strippingNewline, strippingCarriageReturn: strippingCarriageReturn)
        }
    }
}
