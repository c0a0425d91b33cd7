import Foundation
import Glibc
import Testing

/// The built `wick` at its interactive prompt, driven through a pseudo-terminal as a person would.
///
/// Keys are sent only once a prompt is shown and the terminal is raw, and
/// every wait has a deadline, so a failure reports the transcript instead of
/// hanging.
@Suite struct WickPromptEndToEndTests {
    static let ctrlC: [UInt8] = [0x03]
    static let ctrlD: [UInt8] = [0x04]
    static let up = "\u{1B}[A"

    @Test func showsTheBannerAndStartsWithModulesImported() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        let banner = try #require(prompt.banner)
        #expect(banner.hasPrefix("Wick 0.1.0 ("), "\(banner)")
        #expect(banner.contains(") — PyTorch-style autograd\n"), "\(banner)")
        #expect(banner.hasSuffix("\ntorch, math and F (torch.nn.functional) are imported. Ctrl-D exits, Ctrl-C interrupts.\n"))
        #expect(prompt.enter("torch.zeros(1)") == "tensor([0.])\n")
        #expect(prompt.enter("math.sqrt(2.25)") == "1.5\n")
        #expect(prompt.enter("F")?.hasPrefix("<module 'torch.nn.functional'") == true)
        #expect(prompt.quit() == 0)
    }

    @Test func expressionsEchoTheirReprAndStatementsNothing() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        #expect(prompt.enter("1+1") == "2\n")
        #expect(prompt.enter("import torch") == "")
        #expect(prompt.enter("torch.ones(2)") == "tensor([1., 1.])\n")
        #expect(prompt.enter("n = None") == "")
        #expect(prompt.enter("n") == "")
        #expect(prompt.quit() == 0)
    }

    @Test func blockContinuesWithDotsUntilABlankLine() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        #expect(prompt.enter("i = 0") == "")
        #expect(prompt.enter("while i < 3:", next: "... ") == "")
        #expect(prompt.enter("i = i + 1", next: "... ") == "")
        #expect(prompt.enter("print(i)", next: "... ") == "")
        #expect(prompt.enter("") == "1\n2\n3\n")
        #expect(prompt.enter("i") == "3\n")
        #expect(prompt.quit() == 0)
    }

    @Test func upArrowRecallsHistoryFromAnEarlierSessionAndTheFileIsPrivate() throws {
        let directory = try TemporaryDirectory()
        let first = try PromptDriver(directory: directory)
        first.enter("alpha = 1")
        first.enter("beta = 2")
        #expect(first.quit() == 0)

        let history = directory.path + "/history"
        var info = stat()
        #expect(stat(history, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try WickBinary.contents(history) == "_HiStOrY_V2_\nalpha\\040=\\0401\nbeta\\040=\\0402\n")

        let second = try PromptDriver(directory: directory)
        let terminal = second.terminal
        terminal.send(Self.up)
        #expect(terminal.waitFor(substring: "beta = 2"), "\(terminal.transcript)")
        terminal.send(Self.up)
        #expect(terminal.waitFor(substring: "alpha = 1"), "\(terminal.transcript)")
        terminal.send("\r")
        #expect(terminal.waitForPrompt(), "\(terminal.transcript)")
        #expect(second.enter("alpha + 1") == "2\n")
        #expect(second.quit() == 0)
    }

    @Test func tabCompletesAttributesOfTorch() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        let terminal = prompt.terminal
        terminal.send("torch.on\t")
        #expect(terminal.waitFor(substring: "es"), "\(terminal.transcript)")
        terminal.send("(2)\r")
        let shown = terminal.collect(until: ">>> ").map(TerminalText.plain)
        #expect(shown?.hasSuffix("\ntensor([1., 1.])\n") == true, "\(terminal.transcript)")
        #expect(terminal.waitForRawMode())
        #expect(prompt.quit() == 0)
    }

    @Test func ctrlCAtThePromptDiscardsTheLine() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        let terminal = prompt.terminal
        terminal.send("undefined_name")
        #expect(terminal.waitFor(substring: "undefined_name"), "\(terminal.transcript)")
        terminal.send(Self.ctrlC)
        #expect(terminal.collect(until: ">>> ").map(TerminalText.plain) == "^C\nKeyboardInterrupt\n")
        #expect(terminal.waitForRawMode())
        #expect(prompt.enter("1+1") == "2\n")
        #expect(prompt.quit() == 0)
        #expect(!terminal.transcript.contains("NameError"))
    }

    @Test func ctrlCInAContinuedBlockDiscardsTheBlock() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        #expect(prompt.enter("if True:", next: "... ") == "")
        #expect(prompt.enter("print('never')", next: "... ") == "")
        prompt.terminal.send(Self.ctrlC)
        // The continuation line held only its automatic indentation.
        #expect(prompt.terminal.collect(until: ">>> ").map(TerminalText.plain) == "    ^C\nKeyboardInterrupt\n")
        #expect(prompt.terminal.waitForRawMode())
        #expect(prompt.enter("2*3") == "6\n")
        #expect(prompt.quit() == 0)
    }

    @Test func ctrlCDuringALongLoopRaisesKeyboardInterrupt() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        let terminal = prompt.terminal
        #expect(prompt.enter("if True:", next: "... ") == "")
        #expect(prompt.enter("print('spinning')", next: "... ") == "")
        #expect(prompt.enter("while True: pass", next: "... ") == "")
        terminal.send("\r")
        // Printed after the prompt forgot any earlier Ctrl-C, so the one sent next cannot be lost.
        #expect(terminal.waitFor(substring: "spinning\r\n"), "\(terminal.transcript)")
        terminal.send(Self.ctrlC)
        let shown = terminal.collect(until: ">>> ").map(TerminalText.plain)
        #expect(
            shown == """
                ^CTraceback (most recent call last):
                  File "<stdin>", line 3, in <module>
                    while True: pass
                KeyboardInterrupt

                """)
        #expect(terminal.waitForRawMode())
        #expect(prompt.enter("'still here'") == "'still here'\n")
        #expect(prompt.quit() == 0)
    }

    @Test func exceptionPrintsATracebackAndTheSessionGoesOn() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        #expect(prompt.enter("x = 5") == "")
        #expect(
            prompt.enter("x / 0") == """
                Traceback (most recent call last):
                  File "<stdin>", line 1, in <module>
                    x / 0
                ZeroDivisionError: division by zero

                """)
        #expect(prompt.enter("x") == "5\n")
        #expect(prompt.quit() == 0)
    }

    @Test func ctrlDInsideABlockEndsTheBlockNotTheSession() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        let terminal = prompt.terminal
        #expect(prompt.enter("for k in range(2):", next: "... ") == "")
        #expect(prompt.enter("print(k * 10)", next: "... ") == "")
        terminal.send(Self.ctrlD)
        #expect(terminal.collect(until: ">>> ").map(TerminalText.plain)?.hasSuffix("\n0\n10\n") == true, "\(terminal.transcript)")
        #expect(terminal.waitForRawMode())
        #expect(prompt.enter("x = (1,", next: "... ") == "")
        terminal.send(Self.ctrlD)
        let unfinished = terminal.collect(until: ">>> ").map(TerminalText.plain)
        #expect(unfinished?.hasSuffix("\nSyntaxError: '(' was never closed\n") == true, "\(terminal.transcript)")
        #expect(terminal.waitForRawMode())
        #expect(prompt.enter("k") == "1\n")
        #expect(prompt.quit() == 0)
    }

    @Test func ctrlDOnAnEmptyLineExitsWithZero() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        #expect(prompt.quit() == 0)
        // No `^D` is drawn: the line just ends, as in IPython.
        #expect(TerminalText.plain(prompt.terminal.transcript).hasSuffix(">>> \n"), "\(prompt.terminal.transcript)")
    }

    @Test func dashOnATerminalReadsAScriptWithoutPrompts() throws {
        let directory = try TemporaryDirectory()
        let terminal = try WickBinary.launch(historyPath: directory.path + "/history", arguments: ["-"])
        // The terminal stays cooked: the kernel ends the line at Enter and reports end of input at Ctrl-D.
        terminal.send("print(6 * 7)\r")
        terminal.send(Self.ctrlD)
        #expect(terminal.waitForExit() == 0, "\(terminal.transcript)")
        #expect(terminal.transcript.contains("\r\n42\r\n"), "\(terminal.transcript)")
        #expect(!terminal.transcript.contains(">>> "), "\(terminal.transcript)")
    }
}
