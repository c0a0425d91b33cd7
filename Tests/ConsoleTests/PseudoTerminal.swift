import Foundation
import Glibc

/// A child process running on a pseudo-terminal, driven the way a user at a keyboard would.
///
/// The child is a session leader whose controlling terminal is the pty, so a
/// `0x03` sent with `send` raises SIGINT in it just as Ctrl-C does. The
/// harness never blocks without a deadline, and the child is killed when the
/// harness is dropped, so a test can fail but never hang.
///
/// The parent keeps its own descriptor of the terminal's slave side open for
/// the harness's lifetime. Reads of the master then never fail with EIO, and
/// output the child wrote just before exiting stays readable; child exit is
/// detected with `waitpid` instead.
final class PseudoTerminal {
    /// Why the child could not be started.
    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    /// The child's process id.
    let pid: pid_t
    private let master: Int32
    private let slave: Int32
    /// Everything the child has written so far, as raw terminal bytes.
    private(set) var output: [UInt8] = []
    /// How far `waitFor(substring:)` has matched; later searches start here.
    private var consumed = 0
    private var status: Int32?

    /// Spawns `executable` on a fresh pseudo-terminal, 80×24 unless told otherwise.
    ///
    /// - Parameters:
    ///   - executable: An absolute path; `PATH` is not searched.
    ///   - arguments: Arguments after `argv[0]`.
    ///   - environment: The child's complete environment; see `environment(adding:)`.
    ///   - columns: The terminal's width; a wide one keeps long input lines from wrapping.
    ///   - standardErrorPath: A file to receive the child's standard error instead of the terminal.
    init(
        executable: String, arguments: [String] = [], environment: [String: String], columns: UInt16 = 80,
        standardErrorPath: String? = nil
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        // Spawns run under one lock so no sibling test's child inherits these
        // descriptors before FD_CLOEXEC is set; a stray copy of the slave would
        // keep the terminal alive after our child exits.
        let result: Result<pid_t, SpawnError> = Self.spawnLock.withLock {
            guard openpty(&master, &slave, nil, nil, &size) == 0 else {
                return .failure(SpawnError(description: "openpty: \(String(cString: strerror(errno)))"))
            }
            _ = fcntl(master, F_SETFD, FD_CLOEXEC)
            _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
            return Self.spawn(
                executable, arguments: arguments, environment: environment, slave: slave, standardErrorPath: standardErrorPath)
        }
        switch result {
        case .success(let pid):
            self.pid = pid
            self.master = master
            self.slave = slave
        case .failure(let error):
            if master >= 0 { close(master) }
            if slave >= 0 { close(slave) }
            throw error
        }
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
        }
        close(master)
        close(slave)
    }

    /// Changes the window size, as dragging a terminal window's edge does (the child gets SIGWINCH).
    func resize(columns: UInt16, rows: UInt16 = 24) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Writes bytes to the terminal as if typed.
    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return
            }
            offset += written
        }
    }

    /// Types a string, encoded as UTF-8.
    func send(_ text: String) {
        send(Array(text.utf8))
    }

    /// Waits until `substring` appears in output not yet matched, and marks everything up to it as matched.
    ///
    /// - Returns: false if the deadline passed or the child exited without printing it.
    @discardableResult
    func waitFor(substring: String, timeout: Double = 3) -> Bool {
        let needle = Array(substring.utf8)
        let deadline = Self.now() + timeout
        while true {
            if let end = Self.find(needle, in: output, from: consumed) {
                consumed = end
                return true
            }
            if Self.now() >= deadline { return false }
            if !pump(until: min(deadline, Self.now() + 0.02)) && hasExited() {
                // The child is gone; one last look at anything it wrote before exiting.
                _ = pump(until: Self.now())
                if let end = Self.find(needle, in: output, from: consumed) {
                    consumed = end
                    return true
                }
                return false
            }
        }
    }

    /// Waits until `substring` appears, like `waitFor(substring:timeout:)`, and returns the output before it.
    ///
    /// The text runs from the end of the previous match to the start of this
    /// one, decoded leniently; nil if the substring never came.
    func collect(until substring: String, timeout: Double = 3) -> String? {
        let start = consumed
        guard waitFor(substring: substring, timeout: timeout) else { return nil }
        return String(decoding: output[start..<consumed - substring.utf8.count], as: UTF8.self)
    }

    /// Waits until the child has put the terminal into raw (non-canonical) mode.
    ///
    /// libedit prints the prompt before leaving canonical mode; keys sent in
    /// between are handled by the kernel's line discipline (a `0x04` gets
    /// lost), so tests sync on the prompt text and then on this.
    @discardableResult
    func waitForRawMode(timeout: Double = 3) -> Bool {
        waitForMode(canonical: false, timeout: timeout)
    }

    /// Waits until the terminal is back in canonical (cooked) mode, as while the child computes.
    @discardableResult
    func waitForCookedMode(timeout: Double = 3) -> Bool {
        waitForMode(canonical: true, timeout: timeout)
    }

    /// Waits for a prompt and for raw mode: the point at which keys may safely be sent.
    @discardableResult
    func waitForPrompt(_ prompt: String = ">>> ", timeout: Double = 3) -> Bool {
        waitFor(substring: prompt, timeout: timeout) && waitForRawMode(timeout: timeout)
    }

    /// Waits for the child to exit and returns its exit status, 128 + signal number if a signal
    /// killed it, or -1 if it had to be killed at the deadline.
    func waitForExit(timeout: Double = 3) -> Int32 {
        let deadline = Self.now() + timeout
        while !hasExited() {
            if Self.now() >= deadline {
                kill(pid, SIGKILL)
                var raw: Int32 = 0
                while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
                status = -1
                break
            }
            _ = pump(until: min(deadline, Self.now() + 0.01))
        }
        _ = pump(until: Self.now())
        return status ?? -1
    }

    /// Everything the child wrote, decoded leniently, for failure messages.
    var transcript: String {
        String(decoding: output, as: UTF8.self)
    }

    /// Output after the last successful `waitFor`, decoded leniently.
    var unmatchedOutput: String {
        String(decoding: output[consumed...], as: UTF8.self)
    }

    // MARK: - Internals

    private static let spawnLock = NSLock()

    private static func spawn(
        _ executable: String, arguments: [String], environment: [String: String], slave: Int32, standardErrorPath: String?
    ) -> Result<pid_t, SpawnError> {
        guard let name = ttyname(slave) else {
            return .failure(SpawnError(description: "ttyname: \(String(cString: strerror(errno)))"))
        }
        let slavePath = String(cString: name)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened by name after setsid, the slave becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        if let standardErrorPath {
            posix_spawn_file_actions_addopen(&actions, 2, standardErrorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID is 0x80 in glibc but hidden behind __USE_GNU from Swift.
        let setsid: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(setsid | Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)))
        // Test runner threads block SIGINT and friends, and the mask is inherited across exec.
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGTERM, SIGHUP, SIGPIPE, SIGTTIN, SIGTTOU, SIGCHLD, SIGWINCH] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else {
            return .failure(SpawnError(description: "posix_spawn \(executable): \(String(cString: strerror(code)))"))
        }
        return .success(pid)
    }

    /// Reads whatever the child writes until `deadline`; returns whether anything arrived.
    ///
    /// Once something has arrived it only drains what is already queued, so a
    /// caller polling for a substring re-checks as soon as new output lands.
    private func pump(until deadline: Double) -> Bool {
        var gotData = false
        var limit = deadline
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(max(0, limit - Self.now()) * 1000))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0, descriptor.revents & Int16(POLLIN) != 0 else { return gotData }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return gotData }
            output.append(contentsOf: buffer[0..<count])
            gotData = true
            limit = Self.now()
        }
    }

    private func waitForMode(canonical: Bool, timeout: Double) -> Bool {
        let deadline = Self.now() + timeout
        while true {
            // On Linux the master reports the slave's settings.
            var settings = termios()
            if tcgetattr(master, &settings) == 0, (settings.c_lflag & tcflag_t(ICANON) != 0) == canonical {
                return true
            }
            if Self.now() >= deadline || hasExited() { return false }
            _ = pump(until: Self.now() + 0.002)
        }
    }

    /// Reaps the child if it has exited, recording its status.
    private func hasExited() -> Bool {
        if status != nil { return true }
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, WNOHANG)
        guard result == pid else { return false }
        // WIFEXITED and friends are macros Swift cannot import.
        let signal = raw & 0x7f
        status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty else { return start }
        guard haystack.count - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) {
                return index + needle.count
            }
            index += 1
        }
        return nil
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
