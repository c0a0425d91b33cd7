import Glibc

/// Writes a file atomically: a new temporary file in the same folder, flushed, then renamed over
/// the target. Only a regular file (or a path that does not exist yet) is ever replaced; a
/// replaced file keeps its permission bits, and its owner and group where the system permits.
enum AtomicFile {
    /// Why `path` must not be written, or nil when it is a regular file or does not exist.
    /// A symbolic link is judged by what it points to (the link itself is kept).
    static func refusal(toReplace path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT, lstat(path, &info) == 0 { return nil }  // a dangling link: created anew
            return errno == ENOENT ? nil : "cannot write \(path): \(String(cString: strerror(errno)))"
        }
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: kind = "a directory"
        case S_IFCHR: kind = "a character device"
        case S_IFBLK: kind = "a block device"
        case S_IFIFO: kind = "a named pipe (FIFO)"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a regular file"
        }
        return "refusing to write \(path): it is \(kind), not a regular file"
    }

    static func write(_ bytes: [UInt8], to requested: String) throws {
        if let problem = refusal(toReplace: requested) { throw Notebook.LoadError(message: problem) }
        let path = resolvedLink(requested)
        var existing = stat()
        let replacing = stat(path, &existing) == 0
        let tmp = path + ".tmp.\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure("cannot write \(tmp)") }
        if replacing {
            // Keeping the owner needs privilege; keeping the group may not. Neither is an error.
            if fchown(fd, existing.st_uid, existing.st_gid) != 0 { _ = fchown(fd, UInt32.max, existing.st_gid) }
            fchmod(fd, existing.st_mode & 0o7777)
        }
        do {
            try writeAll(bytes, to: fd, name: tmp)
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
        guard close(fd) == 0 else {
            let error = failure("cannot write \(tmp)")
            unlink(tmp)
            throw error
        }
        guard rename(tmp, path) == 0 else {
            let error = failure("cannot replace \(path)")
            unlink(tmp)
            throw error
        }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, name: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write \(name)")
            }
            offset += n
        }
        // Some file systems cannot sync (EINVAL); the data is still written.
        guard fsync(fd) == 0 || errno == EINVAL else { throw failure("cannot write \(name)") }
    }

    /// The file a symbolic link finally names (so writing through it keeps the link), else `path`.
    private static func resolvedLink(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func failure(_ what: String) -> Notebook.LoadError {
        Notebook.LoadError(message: "\(what): \(String(cString: strerror(errno)))")
    }
}
