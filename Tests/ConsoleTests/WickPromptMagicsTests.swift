import Foundation
import Testing

/// Magics at the real prompt, typed through a pseudo-terminal.
@Suite struct WickPromptMagicsTests {
    @Test func timeitWithLoopsPrintsIPythonsLineBeforeTheNextPrompt() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        prompt.enter("x = torch.ones(3)")
        let shown = try #require(prompt.enter("%timeit -n 10 x + 1"))
        #expect(
            shown.contains(
                /^(The slowest run took [0-9.]+ times longer than the fastest\. This could mean that an intermediate result is being cached\.\n)?[0-9.]+ (ns|µs|ms|s) ± [0-9.]+ (ns|µs|ms|s) per loop \(mean ± std\. dev\. of 7 runs, 10 loops each\)\n$/
            ), "\(shown)")
        #expect(prompt.enter("%timeit -x 1") == "UsageError: option -x not recognized\n")
        #expect(prompt.quit() == 0)
    }

    @Test func ctrlCInTimeitEndsWithKeyboardInterruptOnItsOwnLine() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        let terminal = prompt.terminal
        terminal.send("%timeit -n 1 -r 1 while True: pass\r")
        #expect(terminal.waitForCookedMode(), "\(terminal.transcript)")
        usleep(200_000)
        terminal.send([0x03])
        let shown = terminal.collect(until: ">>> ").map(TerminalText.plain)
        #expect(shown?.hasSuffix("\nKeyboardInterrupt\n") == true, "\(terminal.transcript)")
        #expect(terminal.waitForRawMode())
        #expect(prompt.enter("1 + 1") == "2\n")
        #expect(prompt.quit() == 0)
    }

    @Test func loadPutsAFileInTheNextInputAndEnterRunsIt() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("a = 40\nb = a + 2\n", to: "snippet.py")
        let prompt = try PromptDriver(directory: directory)
        let terminal = prompt.terminal
        terminal.send("%load \(path)\r")
        #expect(terminal.waitFor(substring: "b = a + 2"), "\(terminal.transcript)")
        #expect(terminal.waitForRawMode())
        terminal.send("\r")
        #expect(terminal.waitForPrompt() && terminal.waitForRawMode(), "\(terminal.transcript)")
        #expect(prompt.enter("b") == "42\n")
        #expect(prompt.quit() == 0)
    }

    @Test func runExecutesAScriptInTheSession() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("w = torch.ones(2) * 3\nprint('ran')\n", to: "setup.py")
        let prompt = try PromptDriver(directory: directory)
        #expect(prompt.enter("%run \(path)") == "ran\n")
        #expect(prompt.enter("w") == "tensor([3., 3.])\n")
        #expect(prompt.enter("%run nothere.py") == "ERROR:root:File `'nothere.py'` not found.\n")
        #expect(prompt.quit() == 0)
    }
}

/// Leaving the prompt the way Python users do.
@Suite struct WickPromptExitTests {
    @Test(arguments: [("exit()", Int32(0)), ("quit()", 0), ("exit(3)", 3)])
    func exitAndQuitLeaveCleanly(_ call: String, _ status: Int32) throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        prompt.terminal.send(call + "\r")
        #expect(prompt.terminal.waitForExit() == status, "\(prompt.terminal.transcript)")
        #expect(!prompt.terminal.transcript.contains("Error"), "\(prompt.terminal.transcript)")
    }

    @Test func exitInAScriptEndsItWithTheStatusAndNoTraceback() throws {
        let run = try WickBinary.run(["-c", "print('before')\nexit(4)\nprint('after')"])
        #expect(run.status == 4)
        #expect(run.standardOutput == "before\n")
        #expect(run.standardError == "")
        #expect(try WickBinary.run(["-c", "quit"]).standardOutput == "")
    }
}

/// Completion, the inspector, help and history at the real prompt.
@Suite struct WickPromptInspectionTests {
    @Test func privateNamesAreListedOnlyAfterAnUnderscore() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        let terminal = prompt.terminal
        prompt.enter("zz_shown, _zz_hidden = 1, 2")
        terminal.send("zz\t")
        // Only one candidate without the underscore, so Tab inserts it (drawn after a cursor move).
        #expect(terminal.waitFor(substring: "_shown"), "\(terminal.transcript)")
        terminal.send([0x15])  // Ctrl-U: clear the line.
        terminal.send("_z\t")
        #expect(terminal.waitFor(substring: "z_hidden"), "\(terminal.transcript)")
        terminal.send("\r")
        #expect(terminal.waitFor(substring: "2\r\n"), "\(terminal.transcript)")
        #expect(terminal.waitForPrompt() && terminal.waitForRawMode())
        #expect(!TerminalText.plain(terminal.transcript).contains("zz_shown  _zz_hidden"))
        #expect(prompt.quit() == 0)
    }

    @Test func inspectorHelpHistoryAndDirWorkAtThePrompt() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        prompt.enter("def twice(v):", next: "... ")
        prompt.enter("return v * 2", next: "... ")
        prompt.enter("")
        let source = try #require(prompt.enter("twice??"))
        #expect(source.contains("Source:    \ndef twice(v):\n    return v * 2\n"), "\(source)")
        #expect(prompt.enter("?twice")?.hasPrefix("Signature: twice(v)\nDocstring: <no docstring>\n") == true)
        #expect(prompt.enter("help(len)")?.hasPrefix("Help on built-in function len in module builtins:\n") == true)
        #expect(prompt.enter("%history -n 1") == "   1:\ndef twice(v):\n    return v * 2\n")
        #expect(prompt.enter("'twice' in dir()") == "True\n")
        #expect(prompt.quit() == 0)
    }
}
