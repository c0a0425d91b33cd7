import Foundation
import Glibc
import Testing

/// Standard output that cannot be written (a full disk, a closed pipe, a closed descriptor) and
/// `SystemExit`: each ends the way CPython 3.11 ends, never with SIGPIPE or a silent exit 0.
@Suite(.serialized)
struct WickOutputFailureTests {
    private static let ignoredAtExit =
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"

    /// Runs `wick SCRIPT` with stdout opened on `stdoutPath` (or a pipe whose reader is already closed).
    private func run(_ script: String, stdoutPath: String?) throws -> (status: Int32, standardError: String) {
        let dir = try TemporaryDirectory()
        let path = try dir.write(script, to: "script.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try WickBinary.path())
        process.arguments = [path]
        let errors = Pipe()
        process.standardError = errors
        let closedPipe = Pipe()
        if let stdoutPath {
            process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
        } else {
            try closedPipe.fileHandleForReading.close()
            process.standardOutput = closedPipe
        }
        try process.run()
        let text = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: text, as: UTF8.self))
    }

    @Test func smallOutputToAFullDiskFailsAtExitWithStatus120() throws {
        let run = try run("print('a')\nprint('b')\n", stdoutPath: "/dev/full")
        #expect(run.status == 120)
        #expect(run.standardError == Self.ignoredAtExit + "OSError: [Errno 28] No space left on device\n")
    }

    @Test func largeOutputToAFullDiskRaisesOSErrorInTheScript() throws {
        let run = try run(
            "try:\n    print('a' * 100000)\nexcept OSError as e:\n    raise SystemExit(str(e))\n", stdoutPath: "/dev/full")
        #expect(run.status == 1)
        #expect(run.standardError == "[Errno 28] No space left on device\n")
    }

    @Test func closedPipeIsBrokenPipeErrorNotSIGPIPE() throws {
        let run = try run("print('a' * 100000)\n", stdoutPath: nil)
        #expect(run.status == 1)
        #expect(run.standardError.hasSuffix("\nBrokenPipeError: [Errno 32] Broken pipe\n"), "\(run.standardError)")
    }

    @Test func closedPipeAtExitIsStatus120() throws {
        let run = try run("print('a')\n", stdoutPath: nil)
        #expect(run.status == 120)
        #expect(run.standardError == Self.ignoredAtExit + "BrokenPipeError: [Errno 32] Broken pipe\n")
    }

    @Test func systemExitWithAMessagePrintsItAndExits1() throws {
        let dir = try TemporaryDirectory()
        let run = try WickBinary.run(["-c", "print('x')\nraise SystemExit('bye')"], in: dir.path)
        #expect(run.status == 1)
        #expect(run.standardOutput == "x\n")
        #expect(run.standardError == "bye\n")
    }

    @Test func systemExitStatusesFollowCPython() throws {
        for (code, status) in [("7", Int32(7)), ("", 0), ("None", 0), ("True", 1), ("-1", 255), ("256", 0)] {
            let run = try WickBinary.run(["-c", "raise SystemExit(\(code))"])
            #expect(run.status == status, "SystemExit(\(code))")
            #expect(run.standardError == "")
        }
    }

    @Test func byteOrderMarkAtTheStartOfAFileIsSkipped() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/bom.py"
        try Data([0xEF, 0xBB, 0xBF] + Array("print('bom')\n".utf8)).write(to: URL(fileURLWithPath: path))
        let run = try WickBinary.run([path])
        #expect(run.status == 0)
        #expect(run.standardOutput == "bom\n")
    }
}
