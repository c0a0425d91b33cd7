#if canImport(Glibc)
    import Glibc
#endif

/// Whole files read with POSIX calls, retrying reads a signal interrupted: the one reader the
/// magics (`%run`, `%load`), the command line's scripts and notebooks, and the kernel's
/// connection file share.
///
/// ```swift
/// let bytes = FileBytes.read("notes.py")  // nil when it cannot be opened or read
/// ```
public enum FileBytes {
    /// Every byte of the file at `path`, or nil when it cannot be opened or read.
    public static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return read(fd: fd)
    }

    /// Every byte readable from `fd` until end of file, or nil on a read error.
    public static func read(fd: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                bytes.append(contentsOf: chunk[0..<n])
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                return n < 0 ? nil : bytes
            }
        }
    }
}
