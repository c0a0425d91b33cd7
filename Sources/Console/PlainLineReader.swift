import CEditLine
import Glibc

/// Reads lines from a non-terminal input (a pipe or a file) without prompts or editing.
///
/// Invalid UTF-8 becomes U+FFFD instead of being dropped, and a `"\r\n"`
/// terminator is stripped like `"\n"`, matching Python's universal newlines.
public final class PlainLineReader: LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: UnsafeMutablePointer<CChar>? = nil
    private var capacity: Int = 0

    /// Creates a reader over standard input.
    public convenience init() {
        self.init(file: cel_stdin())
    }

    /// Creates a reader over an already open stream; the caller keeps ownership of it.
    init(file: UnsafeMutablePointer<FILE>) {
        self.file = file
    }

    deinit {
        free(buffer)
    }

    /// Reads one line; `prompt` is ignored because nobody is watching a pipe.
    public func readLine(prompt: String) -> LineReadResult {
        let count = getline(&buffer, &capacity, file)
        let error = errno
        guard count > 0, let buffer else {
            // Without SA_RESTART a Ctrl-C during the read surfaces as EINTR;
            // the stream's error flag must be cleared or every later read fails.
            if ferror(file) != 0 && error == EINTR {
                clearerr(file)
                return .interrupted
            }
            return .eof
        }
        return .line(LineBytes.decode(buffer, count: count, strippingNewline: true, strippingCarriageReturn: true))
    }
}
