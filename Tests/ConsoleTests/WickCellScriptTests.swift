import Foundation
import Testing

/// `# %%` cell scripts run through the binary: tracebacks name the file's lines, and the time
/// grows linearly with the number of cells (each cell once started a thread and was padded
/// with blank lines to its place in the file: 8,000 cells took 28 s).
struct WickCellScriptTests {
    @Test func tracebacksNameTheLinesOfTheFile() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("# %%\nx = 1\n\n# %%\ny = 2\n\ndef f():\n    return 1 / 0\n\n# %%\nf()\n", to: "cells.py")
        let run = try WickBinary.run(["--cells", path])
        #expect(run.status == 1)
        #expect(
            run.standardError == """
                Traceback (most recent call last):
                  File "\(path)", line 11, in <module>
                    f()
                  File "\(path)", line 8, in f
                    return 1 / 0
                ZeroDivisionError: division by zero

                """)
    }

    @Test func eightThousandCellsRunInSeconds() throws {
        let dir = try TemporaryDirectory()
        let script = (0..<8000).map { "# %%\nx = \($0)\n" }.joined() + "# %%\nprint(x)\n"
        let path = try dir.write(script, to: "many.py")
        let started = Date()
        let run = try WickBinary.run(["--cells", path], timeout: 60)
        #expect(run.standardOutput == "7999\n")
        #expect(Date().timeIntervalSince(started) < 15)
    }
}
