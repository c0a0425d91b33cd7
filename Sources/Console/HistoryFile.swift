import CEditLine
import Glibc

/// Loading and atomic saving of libedit's history file.
enum HistoryFile {
    /// What was found at the history path before loading it.
    enum Probe: Equatable {
        /// No file yet: fine, it will be created on save.
        case missing
        /// A libedit history file (or an empty file) that can be loaded and replaced.
        case readable
        /// Something that must not be overwritten, with the reason for the warning.
        case unreadable(reason: String)
    }

    /// The first line libedit writes; anything else (a GNU readline history,
    /// say) would be read as zero entries and then destroyed by the next save.
    static let cookie = Array("_HiStOrY_V2_\n".utf8)

    /// Checks whether `path` can be loaded and later replaced.
    static func probe(_ path: String) -> Probe {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let error = errno
            return error == ENOENT ? .missing : .unreadable(reason: describe(error))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .unreadable(reason: describe(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .unreadable(reason: "not a regular file") }
        var head = [UInt8](repeating: 0, count: cookie.count)
        var filled = 0
        while filled < head.count {
            let got = head.withUnsafeMutableBytes { read(fd, $0.baseAddress.map { $0 + filled }, $0.count - filled) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { return .unreadable(reason: describe(errno)) }
            if got == 0 { break }
            filled += got
        }
        if filled == 0 || head == cookie { return .readable }
        return .unreadable(reason: "not a libedit history file")
    }

    /// The file to rename over, so that a symlinked history file stays a symlink.
    static func resolvedTarget(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes the history to a temporary file and renames it over `target`.
    ///
    /// `H_SAVE` truncates first and writes afterwards, so a SIGHUP from a closing
    /// terminal during the save used to leave an empty file; with a rename the
    /// old file survives any interruption. The signals that end a session are
    /// blocked meanwhile so the temporary file is not left behind.
    @discardableResult
    static func save(_ history: OpaquePointer, to target: String) -> Bool {
        var block = sigset_t()
        var old = sigset_t()
        sigemptyset(&block)
        for signal in [SIGHUP, SIGTERM, SIGINT] { sigaddset(&block, signal) }
        sigprocmask(SIG_BLOCK, &block, &old)
        defer { sigprocmask(SIG_SETMASK, &old, nil) }

        let temporary = target + ".tmp.\(getpid())"
        // O_NOFOLLOW: never write through a symlink planted at the temporary name.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        // A stale temporary file keeps its old mode through O_TRUNC.
        fchmod(fd, 0o600)
        guard let file = fdopen(fd, "w") else {
            close(fd)
            unlink(temporary)
            return false
        }
        var event = HistEvent()
        let written = cel_history_save_fp(history, &event, file) >= 0
        let flushed = fflush(file) == 0 && fsync(fd) == 0
        let closed = fclose(file) == 0
        guard written, flushed, closed, rename(temporary, target) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// The C library's message for an errno value.
    static func describe(_ error: Int32) -> String {
        guard let message = strerror(error) else { return "error \(error)" }
        return String(cString: message)
    }
}
