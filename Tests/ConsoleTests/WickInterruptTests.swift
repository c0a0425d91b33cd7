import Foundation
import Glibc
import Testing

/// Ctrl-C stops one long kernel — not only a loop between statements — within a fraction of a
/// second: a script prints `KeyboardInterrupt` with its traceback and exits 130, and the prompt
/// carries on.
@Suite(.serialized)
struct WickInterruptTests {
    /// What a script run stopped by SIGINT left behind.
    struct Interrupted {
        let status: Int32
        let standardOutput: String
        let standardError: String
        /// Seconds from SIGINT to the process's exit.
        let latency: Double
    }

    /// Runs `script` until it prints `go`, waits `delay` seconds, sends SIGINT and waits for the exit.
    static func interrupt(_ script: String, after delay: Double = 0.3) throws -> Interrupted {
        let dir = try TemporaryDirectory()
        let path = try dir.write(script, to: "long.py")
        let (process, output, errors) = try WickBinary.start(script: path, timeout: 60).parts
        var started = ""
        while !started.contains("go\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            started += String(decoding: chunk, as: UTF8.self)
        }
        usleep(UInt32(delay * 1e6))
        let signalled = Date()
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let latency = Date().timeIntervalSince(signalled)
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return Interrupted(
            status: process.terminationStatus, standardOutput: started + rest,
            standardError: String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
            latency: latency)
    }

    @Test func ctrlCStopsOneLongMatrixProduct() throws {
        // About 10^11 multiply-adds: seconds of BLAS even on a fast machine.
        let run = try Self.interrupt(
            "import torch\na = torch.ones(5000, 5000)\nprint('go', flush=True)\nb = a @ a\nprint('finished')\n")
        #expect(run.status == 130)
        #expect(run.standardOutput == "go\n")
        #expect(run.standardError.hasPrefix("Traceback (most recent call last):\n"))
        #expect(run.standardError.hasSuffix("line 4, in <module>\n    b = a @ a\nKeyboardInterrupt\n"), "\(run.standardError)")
        #expect(run.latency < 2, "stopped \(run.latency) s after SIGINT")
    }

    @Test func ctrlCStopsOneLongElementwiseKernel() throws {
        // `pow` with a tensor exponent costs seconds on 5 * 10^7 elements (`exp`, vectorised and
        // threaded, can finish before the signal arrives).
        let run = try Self.interrupt(
            "import torch\nx = torch.full((5 * 10**7,), 1.5)\nprint('go', flush=True)\ny = x.pow(x)\nprint('finished')\n")
        #expect(run.status == 130)
        #expect(run.standardOutput == "go\n")
        #expect(run.standardError.hasPrefix("Traceback (most recent call last):\n"))
        #expect(run.standardError.hasSuffix("line 4, in <module>\n    y = x.pow(x)\nKeyboardInterrupt\n"), "\(run.standardError)")
        #expect(run.latency < 2, "stopped \(run.latency) s after SIGINT")
    }

    @Test func ctrlCDuringALongKernelAtThePromptKeepsTheSession() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        let terminal = prompt.terminal
        #expect(prompt.enter("a = torch.ones(5000, 5000)") == "")
        #expect(prompt.enter("if True:", next: "... ") == "")
        #expect(prompt.enter("print('multiplying')", next: "... ") == "")
        #expect(prompt.enter("b = a @ a", next: "... ") == "")
        terminal.send("\r")
        #expect(terminal.waitFor(substring: "multiplying\r\n"), "\(terminal.transcript)")
        usleep(300_000)
        let signalled = Date()
        terminal.send(WickPromptEndToEndTests.ctrlC)
        let shown = terminal.collect(until: ">>> ").map(TerminalText.plain)
        #expect(Date().timeIntervalSince(signalled) < 2)
        #expect(
            shown == """
                ^CTraceback (most recent call last):
                  File "<stdin>", line 3, in <module>
                    b = a @ a
                KeyboardInterrupt

                """)
        #expect(terminal.waitForRawMode())
        // The interrupted assignment never happened, and the session goes on.
        #expect(prompt.enter("b")?.hasSuffix("NameError: name 'b' is not defined\n") == true)
        #expect(prompt.enter("a.shape") == "torch.Size([5000, 5000])\n")
        #expect(prompt.quit() == 0)
    }
}
