import Foundation
import Glibc
import Testing

/// `--execute` writes only regular files, keeps a replaced notebook's mode, and Ctrl-C during
/// `--execute` or `--check` stops with a traceback and exit status 130, writing nothing.
@Suite(.serialized)
struct WickNotebookFileSafetyTests {
    static let notebook = """
        {"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "print(1.0)"}],
         "metadata": {"big": 123456789012345678901234567890, "one": 1.0, "zero": -0.0}, "nbformat": 4, "nbformat_minor": 5}
        """

    @Test func outputThatIsNotARegularFileIsRefused() throws {
        let dir = try TemporaryDirectory()
        let input = try dir.write(Self.notebook, to: "in.ipynb")
        let fifo = dir.path + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let cases = [
            ("/dev/null", "a character device"), (fifo, "a named pipe (FIFO)"), (dir.path, "a directory"),
        ]
        for (target, kind) in cases {
            let run = try WickBinary.run(["--execute", input, "-o", target])
            #expect(run.status == 2)
            #expect(run.standardError == "wick: refusing to write \(target): it is \(kind), not a regular file\n")
        }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func inPlaceKeepsTheModeAndTheNumbers() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write(Self.notebook, to: "nb.ipynb")
        #expect(chmod(path, 0o600) == 0)
        let run = try WickBinary.run(["--execute", path, "--in-place"])
        #expect(run.status == 0, "\(run.standardError)")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o7777 == 0o600)
        let text = try WickBinary.contents(path)
        #expect(text.contains("\n  \"big\": 123456789012345678901234567890,\n  \"one\": 1.0,\n  \"zero\": -0.0\n"), "\(text)")
        #expect(text.contains("\"1.0\\n\""))
    }

    @Test func outputThroughASymbolicLinkKeepsTheLink() throws {
        let dir = try TemporaryDirectory()
        let input = try dir.write(Self.notebook, to: "in.ipynb")
        let real = try dir.write("old", to: "real.ipynb")
        let link = dir.path + "/link.ipynb"
        #expect(symlink(real, link) == 0)
        let run = try WickBinary.run(["--execute", input, "-o", link])
        #expect(run.status == 0, "\(run.standardError)")
        var info = stat()
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try WickBinary.contents(real).hasPrefix("{\n \"cells\": [\n"))
    }

    /// Starts wick with `arguments` on a notebook whose second cell loops, interrupts it and
    /// returns its exit status and standard error.
    private func interrupt(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let (process, _, errors) = try WickBinary.start(arguments: arguments, timeout: 60).parts
        usleep(1_500_000)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, text)
    }

    private static let looping = """
        {"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "x = 1"},
         {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "while True:\\n    x += 1"}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """

    /// Where the loop can be when Ctrl-C arrives: at its test or in its body.
    private static let loopTracebacks = [1, 2].map { line in
        "Traceback (most recent call last):\n  Cell In[2], line \(line)\n    \(line == 1 ? "while True:" : "x += 1")\nKeyboardInterrupt\n"
    }

    @Test func ctrlCStopsExecuteWithATracebackAndWritesNothing() throws {
        let dir = try TemporaryDirectory()
        let input = try dir.write(Self.looping, to: "loop.ipynb")
        let out = dir.path + "/out.ipynb"
        let run = try interrupt(["--execute", input, "-o", out])
        #expect(run.status == 130)
        #expect(Self.loopTracebacks.contains(run.errors), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["loop.ipynb"])
    }

    @Test func ctrlCStopsCheckWithATraceback() throws {
        let dir = try TemporaryDirectory()
        let input = try dir.write(Self.looping, to: "loop.ipynb")
        let run = try interrupt(["--check", input])
        #expect(run.status == 130)
        #expect(Self.loopTracebacks.contains(run.errors), "\(run.errors)")
    }
}
