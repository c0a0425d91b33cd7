import Glibc

/// CPython's text for an `OSError` made from an `errno`: `[Errno 28] No space left on device`.
public enum OSErrorText {
    public static func describe(_ code: Int32) -> String {
        "[Errno \(code)] \(String(cString: strerror(code)))"
    }

    /// The exception class CPython picks for `code`.
    public static func className(_ code: Int32) -> String {
        code == EPIPE ? "BrokenPipeError" : "OSError"
    }
}
