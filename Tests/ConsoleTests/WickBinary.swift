import Foundation
import Glibc
import Testing

/// The built `wick` executable, run the two ways a user runs it: with pipes and files, or on a terminal.
///
/// `swift build --build-tests` puts `wick` next to the test bundle, where
/// `PseudoTerminal.builtProduct(named:)` finds it.
enum WickBinary {
    /// What a finished non-interactive run left behind.
    struct Run {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The path of the built executable; the calling test fails if it is missing.
    static func path(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(
            PseudoTerminal.builtProduct(named: "wick"), "wick was not built next to the tests (swift build --build-tests)",
            sourceLocation: sourceLocation)
    }

    /// A running wick with its standard output and error on pipes, for tests that signal it.
    struct Started {
        let process: Process
        let output: Pipe
        let errors: Pipe

        var parts: (Process, Pipe, Pipe) { (process, output, errors) }
    }

    /// Starts wick on `script` (a file path); the child is terminated after `timeout` seconds
    /// so a broken binary never hangs the suite.
    static func start(script: String, timeout: Double) throws -> Started {
        try start(arguments: [script], timeout: timeout)
    }

    /// Starts wick with `arguments`, as `start(script:timeout:)` does.
    static func start(arguments: [String], timeout: Double) throws -> Started {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = arguments
        let errors = Pipe()
        let output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        try process.run()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { if process.isRunning { process.terminate() } }
        return Started(process: process, output: output, errors: errors)
    }

    /// Runs wick to completion with `input` on a pipe as standard input, and standard output and error in files.
    ///
    /// - Parameters:
    ///   - arguments: Arguments after `argv[0]`.
    ///   - input: Bytes for standard input, which is a pipe (never a terminal) either way.
    ///   - directory: The working directory; the test process's when nil.
    ///   - timeout: Seconds before the child is killed and the run reported with status -1.
    static func run(
        _ arguments: [String], input: String = "", in directory: String? = nil, timeout: Double = 10,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Run {
        let scratch = try TemporaryDirectory()
        let outputPath = scratch.path + "/stdout"
        let errorPath = scratch.path + "/stderr"
        for file in [outputPath, errorPath] {
            try #require(FileManager.default.createFile(atPath: file, contents: nil), sourceLocation: sourceLocation)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path(sourceLocation: sourceLocation))
        process.arguments = arguments
        process.environment = PseudoTerminal.environment(adding: ["WICK_HISTORY": scratch.path + "/history"])
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle(forWritingAtPath: outputPath)
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        // The input is small enough for the pipe's buffer, so this cannot block.
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()

        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(2000) }
        var status = Int32(-1)
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        } else {
            status = process.terminationStatus
        }
        return Run(status: status, standardOutput: try contents(outputPath), standardError: try contents(errorPath))
    }

    /// Starts the interactive prompt on a pseudo-terminal with its history in `historyPath`.
    ///
    /// The history file is always given, so a test never touches `~/.wick_history`.
    ///
    /// Colour is off (`NO_COLOR=1`) unless `colour` is set, so tests can find `>>> ` in the output.
    static func launch(
        historyPath: String, arguments: [String] = [], columns: UInt16 = 80, standardErrorPath: String? = nil,
        colour: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> PseudoTerminal {
        var extra = ["WICK_HISTORY": historyPath]
        if !colour { extra["NO_COLOR"] = "1" }
        return try PseudoTerminal(
            executable: try path(sourceLocation: sourceLocation), arguments: arguments,
            environment: PseudoTerminal.environment(adding: extra), columns: columns,
            standardErrorPath: standardErrorPath)
    }

    /// A file's text, decoded leniently.
    static func contents(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }
}

/// A fresh directory under the system's temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "wick-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to a file in this directory and returns its path.
    func write(_ text: String, to name: String) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        return file
    }
}
