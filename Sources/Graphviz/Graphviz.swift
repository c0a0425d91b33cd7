import Glibc

/// Renders Graphviz DOT to SVG with the system's `dot` program (Debian's `graphviz` package).
///
/// ```swift
/// switch Graphviz.svg(fromDOT: "digraph { a -> b }") {
/// case .success(let svg): print(svg)
/// case .failure(let problem): print(problem)
/// }
/// ```
public enum Graphviz {
    /// Why no picture was made.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// No `dot` on PATH.
        case notInstalled
        /// `dot` ran and failed; its stderr.
        case failed(String)

        public var description: String {
            switch self {
            case .notInstalled: return "Graphviz's `dot` was not found on PATH (install the graphviz package)"
            case .failed(let reason): return "dot failed: \(reason)"
            }
        }
    }

    /// The first executable `dot` on PATH.
    public static var dotPath: String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/dot"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    public static func svg(fromDOT dot: String) -> Result<String, Problem> {
        guard let program = dotPath else { return .failure(.notInstalled) }
        return run(program, arguments: ["-Tsvg"], input: Array(dot.utf8)).flatMap { output in
            .success(String(decoding: output, as: UTF8.self))
        }
    }

    /// Runs `program` with `input` on stdin; its stdout, or its stderr when it exits non-zero.
    static func run(_ program: String, arguments: [String], input: [UInt8]) -> Result<[UInt8], Problem> {
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        var errors: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0, pipe(&errors) == 0 else { return .failure(.failed("pipe")) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        for fd in toChild + fromChild + errors { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        close(toChild[0])
        close(fromChild[1])
        close(errors[1])
        guard spawned == 0 else {
            [toChild[1], fromChild[0], errors[0]].forEach { _ = close($0) }
            return .failure(.failed(String(cString: strerror(spawned))))
        }
        writeAll(input, to: toChild[1])
        close(toChild[1])
        let output = readAll(fromChild[0])
        let errorText = readAll(errors[0])
        close(fromChild[0])
        close(errors[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else { return .failure(.failed(String(decoding: errorText, as: UTF8.self))) }
        return .success(output)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            offset += n
        }
    }

    private static func readAll(_ fd: Int32) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return out }
            out.append(contentsOf: chunk[0..<n])
        }
    }
}

extension Graphviz {
    /// Writes `text` to `path` (created or truncated, mode 0644); the error is `strerror`'s wording.
    public static func save(_ text: String, to path: String) -> Result<Void, Problem> {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(.failed("cannot write \(path): \(String(cString: strerror(errno)))")) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return .failure(.failed("cannot write \(path): \(String(cString: strerror(errno)))")) }
            offset += n
        }
        return .success(())
    }
}
