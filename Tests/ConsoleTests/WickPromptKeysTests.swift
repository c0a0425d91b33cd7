import Foundation
import Testing

/// The editing keys at wick's prompt, each sent as the raw bytes a real terminal sends.
@Suite struct WickPromptKeysTests {
    static let ctrlR = "\u{12}"
    static let right = "\u{1B}[C"
    static let left = "\u{1B}[D"
    static let up = "\u{1B}[A"

    /// Types `keys` and Enter; returns what the entry printed.
    ///
    /// In-line edits are drawn with cursor moves and redraws of the prompt, so
    /// neither the edited text nor `>>> ` marks a point in the byte stream. The
    /// reader turns bracketed paste off when a line is accepted and on when
    /// the next read starts; the entry's output lies between the two.
    func type(_ keys: String, on prompt: PromptDriver, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let terminal = prompt.terminal
        terminal.send(keys + "\r")
        let chunk = terminal.collect(until: "\u{1B}[?2004h")
        #expect(terminal.waitForPrompt() && terminal.waitForRawMode(), sourceLocation: sourceLocation)
        guard let chunk, let accepted = chunk.range(of: "\u{1B}[?2004l", options: .backwards) else {
            Issue.record("no next line after \(keys.debugDescription):\n\(terminal.transcript)", sourceLocation: sourceLocation)
            return nil
        }
        return TerminalText.plain(String(chunk[accepted.upperBound...]))
    }

    @Test func pastedFunctionWithABlankLineInItsBodyRunsWhole() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        let terminal = prompt.terminal
        #expect(terminal.transcript.contains("\u{1B}[?2004h"))
        terminal.send("\u{1B}[200~def f(a):\r    b = a + 1\r\r    return b * 2\r\u{1B}[201~")
        #expect(terminal.waitFor(substring: "return b * 2"), "\(terminal.transcript)")
        terminal.send("\r")
        #expect(terminal.waitForPrompt() && terminal.waitForRawMode(), "\(terminal.transcript)")
        #expect(prompt.enter("f(3)") == "8\n")
        #expect(!terminal.transcript.contains("Error"), "\(terminal.transcript)")
        #expect(prompt.quit() == 0)
    }

    @Test func pastedStatementsRunTogetherAndEchoTheirExpressions() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        let output = type("\u{1B}[200~x = 3\ry = 4\rx * y\r\u{1B}[201~", on: prompt)
        #expect(output == "12\n")
        #expect(prompt.quit() == 0)
    }

    @Test func rightArrowInCtrlRSearchLeavesTheSearchAndMovesTheCursor() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        prompt.enter("value = 41")
        prompt.enter("other = 1")
        let terminal = prompt.terminal
        terminal.send(Self.ctrlR)
        #expect(terminal.waitFor(substring: "(reverse-i-search)`': "), "\(terminal.transcript)")
        let output = type("41" + Self.right + "0", on: prompt)
        #expect(output == "")
        #expect(prompt.enter("value") == "401\n")
        #expect(!terminal.transcript.contains("[C"), "\(terminal.transcript)")
        #expect(!terminal.transcript.contains("bck:"), "\(terminal.transcript)")
        #expect(prompt.quit() == 0)
    }

    @Test func homeAndEndWorkInEveryEscapeForm() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        let forms = [("\u{1B}[1~", "\u{1B}[4~"), ("\u{1B}[H", "\u{1B}[F"), ("\u{1B}OH", "\u{1B}OF"), ("\u{1B}[7~", "\u{1B}[8~")]
        for (home, end) in forms {
            let output = type("23" + home + "1" + end + "4", on: prompt)
            #expect(output == "1234\n", "\(prompt.terminal.transcript)")
        }
        #expect(!prompt.terminal.transcript.contains("~"), "\(prompt.terminal.transcript)")
        #expect(prompt.quit() == 0)
    }

    @Test func ctrlLeftAndDeleteEditByWordAndCharacter() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        prompt.enter("aa, bb, cbb = 1, 2, 5")
        for ctrlLeft in ["\u{1B}[1;5D", "\u{1B}[5D", "\u{1B}\u{1B}[D", "\u{1B}[1;3D"] {
            #expect(type("aa + bb" + ctrlLeft + "c", on: prompt) == "6\n")
        }
        let delete = "\u{1B}[3~"
        #expect(type("aa + cbb" + Self.left + Self.left + Self.left + delete, on: prompt) == "3\n")
        #expect(type("a + bb" + "\u{1B}[1;5D\u{1B}[1;5D" + "a", on: prompt) == "3\n")
        for ctrlRight in ["\u{1B}[1;5C", "\u{1B}[5C", "\u{1B}\u{1B}[C", "\u{1B}[1;3C"] {
            #expect(type("aa + bb" + "\u{1B}[H" + ctrlRight + " * 2", on: prompt) == "4\n")
        }
        #expect(!prompt.terminal.transcript.contains("5D"), "\(prompt.terminal.transcript)")
        #expect(prompt.quit() == 0)
    }

    @Test func upRecallsAWholeBlockThatRunsAgainAndIsSavedAsOneEntry() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        prompt.enter("for i in range(2):", next: "... ")
        prompt.enter("print(i * 3)", next: "... ")
        #expect(prompt.enter("") == "0\n3\n")
        #expect(type(Self.up, on: prompt) == "0\n3\n")
        #expect(prompt.quit() == 0)
        let history = try WickBinary.contents(directory.path + "/history")
        #expect(history == "_HiStOrY_V2_\nfor\\040i\\040in\\040range(2):\\012\\040\\040\\040\\040print(i\\040*\\0403)\n")
    }

    @Test func upWithATypedPrefixFindsOnlyMatchingEntries() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        prompt.enter("alpha = 1")
        prompt.enter("beta = 2")
        prompt.enter("alpha + 10")
        prompt.enter("beta")
        #expect(type("alp" + Self.up, on: prompt) == "11\n")
        #expect(type("alp" + Self.up + Self.up + Self.up, on: prompt) == "")
        #expect(prompt.enter("alpha") == "1\n")
        #expect(prompt.quit() == 0)
    }

    @Test func aBlockIndentsItselfAndEndsOnALineOfSpaces() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory)
        prompt.enter("def g(n):", next: "... ")
        prompt.enter("if n:", next: "... ")
        prompt.enter("return 5", next: "... ")
        prompt.enter("return 7", next: "... ")
        prompt.terminal.send("    ")
        #expect(prompt.enter("") == "")
        #expect(prompt.enter("g(1), g(0)") == "(5, 7)\n")
        #expect(prompt.quit() == 0)
    }

    @Test func tabListsCandidatesInColumnsAndAsksBeforeAHundred() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory, columns: 60)
        let terminal = prompt.terminal
        prompt.enter("abc_one, abc_two, abc_three, _abc_hidden = 1, 2, 3, 4")
        terminal.send("abc_\t")
        #expect(terminal.waitFor(substring: "abc_one    abc_three  abc_two\r\n"), "\(terminal.transcript)")
        #expect(type("one", on: prompt) == "1\n")
        terminal.send("torch.\t")
        #expect(terminal.waitFor(substring: "possibilities? (y or n)"), "\(terminal.transcript)")
        #expect(TerminalText.plain(terminal.transcript).contains(/\nDisplay all \d{3} possibilities\? \(y or n\)/))
        terminal.send("n")
        #expect(terminal.waitFor(substring: "torch."), "\(terminal.transcript)")
        #expect(type("ones(1, requ\tTrue).requires_grad", on: prompt) == "True\n")
        #expect(prompt.quit() == 0)
    }

    @Test func resizingRedrawsTheLineBeingEdited() throws {
        let directory = try TemporaryDirectory()
        let prompt = try PromptDriver(directory: directory, columns: 80)
        let terminal = prompt.terminal
        terminal.send("sum_of_things = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12")
        #expect(terminal.waitFor(substring: "11 + 12"), "\(terminal.transcript)")
        terminal.resize(columns: 40)
        #expect(terminal.waitFor(substring: "\u{1B}[J"), "\(terminal.transcript)")
        #expect(terminal.waitFor(substring: "11 + 12"), "\(terminal.transcript)")
        // A second resize on the same line, which libedit's own handler no longer sees.
        terminal.resize(columns: 60)
        #expect(terminal.waitFor(substring: "\u{1B}[J"), "\(terminal.transcript)")
        #expect(terminal.waitFor(substring: "11 + 12"), "\(terminal.transcript)")
        terminal.send("\r")
        #expect(terminal.waitForPrompt() && terminal.waitForRawMode())
        #expect(prompt.enter("sum_of_things") == "78\n")
        #expect(prompt.quit() == 0)
    }
}

/// Colour at the prompt: on for a terminal, as CPython 3.13 colours it.
@Suite struct WickPromptColourTests {
    @Test func promptAndTracebackAreColouredOnATerminal() throws {
        let directory = try TemporaryDirectory()
        let terminal = try WickBinary.launch(historyPath: directory.path + "/history", colour: true)
        let prompt = "\u{1B}[1;35m>>>\u{1B}[0m "
        #expect(terminal.waitFor(substring: prompt) && terminal.waitForRawMode(), "\(terminal.transcript)")
        terminal.send("1 / 0\r")
        #expect(terminal.waitFor(substring: prompt) && terminal.waitForRawMode(), "\(terminal.transcript)")
        let expected =
            "  File \u{1B}[35m\"<stdin>\"\u{1B}[0m, line \u{1B}[35m1\u{1B}[0m, in \u{1B}[35m<module>\u{1B}[0m\r\n    1 / 0\r\n"
            + "\u{1B}[1;35mZeroDivisionError\u{1B}[0m:\u{1B}[35m division by zero\u{1B}[0m\r\n"
        #expect(terminal.transcript.contains(expected), "\(terminal.transcript.debugDescription)")
        terminal.send([0x04])
        #expect(terminal.waitForExit() == 0)
    }
}
