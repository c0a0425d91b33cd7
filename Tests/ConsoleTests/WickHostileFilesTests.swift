import Foundation
import Glibc
import Testing

/// Files that are not what they claim: each gets CPython's error, never a crash.
@Suite(.serialized)
struct WickHostileFilesTests {
    @Test func invalidUTF8IsANonUTF8SyntaxErrorNamingTheLine() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/bad.py"
        try Data([0x78, 0x20, 0x3D, 0x20, 0x31, 0x0A, 0x70, 0x28, 0xFF, 0x29, 0x0A]).write(to: URL(fileURLWithPath: path))
        let run = try WickBinary.run([path])
        #expect(run.status == 1)
        #expect(
            run.standardError
                == "SyntaxError: Non-UTF-8 code starting with '\\xff' in file \(path) on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
        )
    }

    @Test func nulByteIsASyntaxError() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("x = 1\u{0}\n", to: "nul.py")
        let run = try WickBinary.run([path])
        #expect(run.status == 1)
        #expect(run.standardError.hasSuffix("SyntaxError: source code cannot contain null bytes\n"))
    }

    @Test func directoryIsRefusedLikeCPython() throws {
        let dir = try TemporaryDirectory()
        let run = try WickBinary.run([dir.path])
        #expect(run.status == 2)
        #expect(run.standardError.contains("[Errno 21] Is a directory"))
    }

    @Test func ctrlCInAScriptPrintsTracebackAndExits130() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("import time\nprint('started', flush=True)\nwhile True:\n    time.sleep(0.01)\n", to: "loop.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try WickBinary.path())
        process.arguments = [path]
        let errors = Pipe()
        let output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        try process.run()
        // Never let a broken binary hang the suite.
        DispatchQueue.global().asyncAfter(deadline: .now() + 10) { if process.isRunning { process.terminate() } }
        let started = output.fileHandleForReading.availableData
        #expect(String(decoding: started, as: UTF8.self).contains("started"))
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.hasPrefix("Traceback (most recent call last):"))
        #expect(text.hasSuffix("KeyboardInterrupt\n"))
    }
}
