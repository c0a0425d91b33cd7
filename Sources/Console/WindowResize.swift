import Glibc
import Synchronization

/// SIGWINCH as readable input: the handler writes a byte to a pipe the line editor polls beside
/// the terminal, so a resize is never lost between checking a flag and blocking in `read`.
enum WindowResize {
    private static let writeEnd = Atomic<Int32>(-1)
    private static let readEnd = Atomic<Int32>(-1)

    /// The descriptor to poll, or -1 before `install()`.
    static var descriptor: Int32 { readEnd.load(ordering: .relaxed) }

    /// Creates the pipe and installs the handler; call before `el_init`, so libedit passes the
    /// signal on to it after its own handler has run.
    static func install() {
        guard readEnd.load(ordering: .relaxed) < 0 else { return }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        readEnd.store(ends[0], ordering: .relaxed)
        writeEnd.store(ends[1], ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let saved = errno
            var byte: UInt8 = 1
            _ = write(WindowResize.writeEnd.load(ordering: .relaxed), &byte, 1)
            errno = saved
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGWINCH, &action, nil)
    }

    /// Empties the pipe; returns whether a resize had been signalled.
    static func drain() -> Bool {
        let fd = descriptor
        guard fd >= 0 else { return false }
        var any = false
        var buffer = [UInt8](repeating: 0, count: 64)
        while buffer.withUnsafeMutableBytes({ read(fd, $0.baseAddress, $0.count) }) > 0 { any = true }
        return any
    }
}
