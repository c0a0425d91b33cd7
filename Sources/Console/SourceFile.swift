import Glibc
import TensorLanguage

/// Reads source files as bytes and decodes them, never trusting the encoding.
enum SourceFile {
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The path made absolute, as CPython names files in encoding errors.
    static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/"), let cwd = getcwd(nil, 0) else { return path }
        defer { free(cwd) }
        return String(cString: cwd) + "/" + path
    }

    /// The first byte that is not valid UTF-8, with its 1-based line.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (byte: UInt8, line: Int)? {
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1 }
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (b, line)
            }
            guard i + length <= bytes.count else { return (b, line) }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return (b, line) }
            if length == 3 && ((b == 0xE0 && bytes[i + 1] < 0xA0) || (b == 0xED && bytes[i + 1] > 0x9F)) { return (b, line) }
            if length == 4 && ((b == 0xF0 && bytes[i + 1] < 0x90) || (b == 0xF4 && bytes[i + 1] > 0x8F)) { return (b, line) }
            i += length
        }
        return nil
    }

    static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            errno = EISDIR
            return nil
        }
        return readAll(fd: fd)
    }

    static func readAll(fd: Int32) -> String {
        text(readBytes(fd: fd) ?? [])
    }

    /// Source text from bytes; a UTF-8 byte-order mark at the start is skipped, as CPython skips it.
    static func text(_ bytes: [UInt8]) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return String(decoding: body, as: UTF8.self)
    }

    /// Every byte readable from `fd`, or nil on a read error.
    static func readBytes(fd: Int32) -> [UInt8]? {
        FileBytes.read(fd: fd)
    }

    /// Every byte of the file at `path`, or nil when it cannot be opened or read.
    static func bytes(_ path: String) -> [UInt8]? {
        FileBytes.read(path)
    }
}
