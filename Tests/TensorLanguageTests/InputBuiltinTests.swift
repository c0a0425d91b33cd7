import Testing

@testable import TensorLanguage

/// `input()`: the front end's reader gets the prompt; its reply becomes the line or the exception.
struct InputBuiltinTests {
    private func run(_ source: String, replies: [InputReply]) -> (stdout: String, stderr: String, prompts: [String]) {
        let recorder = EventRecorder()
        let session = Session(sink: recorder)
        var pending = replies
        var prompts: [String] = []
        session.inputReader = { prompt in
            prompts.append(prompt)
            return pending.isEmpty ? .endOfInput : pending.removeFirst()
        }
        _ = session.run(source: source, fileName: "input.py")
        return (recorder.text(of: .stdout), recorder.text(of: .stderr), prompts)
    }

    @Test func readsALineThroughTheReaderWithThePromptAsStr() {
        let r = run(
            "a = input('n? ')\nb = input(7)\nc = input()\nprint(repr(a), repr(b), repr(c))\n",
            replies: [.line("2"), .line(" x "), .line("")])
        #expect(r.prompts == ["n? ", "7", ""])
        #expect(r.stdout == "'2' ' x ' ''\n")
    }

    @Test func endOfInputRaisesEOFError() {
        let r = run("try:\n    input('? ')\nexcept EOFError as e:\n    print(type(e).__name__, e)\n", replies: [])
        #expect(r.stdout == "EOFError EOF when reading a line\n")
    }

    @Test func anInterruptedReadRaisesKeyboardInterrupt() {
        let r = run("input()\n", replies: [.interrupted])
        #expect(
            r.stderr
                == "Traceback (most recent call last):\n  File \"input.py\", line 1, in <module>\n    input()\nKeyboardInterrupt\n"
        )
    }

    @Test func aFrontEndWithoutInputRaisesStdinNotImplementedError() {
        let r = run(
            "try:\n    input()\nexcept NotImplementedError as e:\n    print(type(e).__name__, e)\n",
            replies: [.unavailable(message: "raw_input was called, but this frontend does not support input requests.")])
        #expect(
            r.stdout
                == "StdinNotImplementedError raw_input was called, but this frontend does not support input requests.\n")
    }

    @Test func argumentsAreCheckedAsCPythonDoes() {
        let r = run(
            "for f in (lambda: input('a', 'b'), lambda: input(prompt='x')):\n    try:\n        f()\n    except TypeError as e:\n        print(e)\n",
            replies: [])
        #expect(r.stdout == "input expected at most 1 argument, got 2\ninput() takes no keyword arguments\n")
        #expect(r.prompts.isEmpty)
    }
}
