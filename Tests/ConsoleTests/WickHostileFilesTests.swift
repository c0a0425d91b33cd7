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

    @Test func tenMegabyteLineRunsFromAFile() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("s = '" + String(repeating: "a", count: 10_000_000) + "'\nprint(len(s))\n", to: "long.py")
        // Minutes under AddressSanitizer (`make sanitize`), seconds in a plain debug build.
        let run = try WickBinary.run([path], timeout: 300)
        #expect(run.status == 0)
        #expect(run.standardOutput == "10000000\n")
        #expect(run.standardError == "")
    }

    /// Notebooks that are not notebooks: each is one line on stderr, exit status 2, and no output file.
    @Test(arguments: [
        ("binary", Data((0...255).map { UInt8($0) })), ("empty", Data()), ("array", Data("[]".utf8)),
        ("deep", Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
        ("cells_not_a_list", Data("{\"cells\": 5}".utf8)),
        ("source_not_text", Data("{\"cells\": [{\"cell_type\": \"code\", \"source\": 7}], \"nbformat\": 4}".utf8)),
        ("huge_number", Data(("{\"cells\": [], \"nbformat\": 1" + String(repeating: "0", count: 5000) + "}").utf8)),
    ])
    func malformedNotebookIsOneLineAndWritesNothing(_ name: String, _ contents: Data) throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/\(name).ipynb"
        try contents.write(to: URL(fileURLWithPath: path))
        let out = dir.path + "/out.ipynb"
        let run = try WickBinary.run(["--execute", path, "-o", out])
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("wick: \(path): "), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func foreignHistoryFileIsWarnedAboutAndLeftAlone() throws {
        let directory = try TemporaryDirectory()
        let history = directory.path + "/history"
        let foreign = "print('a GNU readline history')\n"
        try foreign.write(toFile: history, atomically: false, encoding: .utf8)
        let errors = directory.path + "/stderr"
        #expect(FileManager.default.createFile(atPath: errors, contents: nil))
        let terminal = try WickBinary.launch(historyPath: history, standardErrorPath: errors)
        #expect(terminal.collect(until: ">>> ") != nil, "\(terminal.transcript)")
        #expect(terminal.waitForRawMode())
        terminal.send("x = 1\r")
        #expect(terminal.collect(until: ">>> ") != nil, "\(terminal.transcript)")
        #expect(terminal.waitForRawMode())
        terminal.send([0x04])
        #expect(terminal.waitForExit() == 0)
        #expect(
            try WickBinary.contents(errors)
                == "wick: warning: cannot read history file \(history): not a libedit history file\n")
        #expect(try WickBinary.contents(history) == foreign)
    }

    @Test func ctrlCInAScriptPrintsTracebackAndExits130() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("import time\nprint('started', flush=True)\nwhile True:\n    time.sleep(0.01)\n", to: "loop.py")
        let (process, output, errors) = try WickBinary.start(script: path, timeout: 10).parts
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
