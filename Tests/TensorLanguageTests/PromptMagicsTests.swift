import Testing

@testable import TensorLanguage

/// The IPython habits at the prompt: magics' options, the inspector, help pages, output history.
@Suite(.serialized)
struct PromptMagicsTests {
    /// A session as the prompt sets it up, and what each magic or entry wrote to stdout and stderr.
    final class Harness {
        let recorder = EventRecorder()
        let session: Session
        var entries: [String] = []

        init(_ setup: String = "") {
            session = Session(sink: recorder)
            _ = session.run(source: "import torch\n", fileName: "<startup>")
            session.hideCurrentNames()
            session.keepOutputHistory()
            if !setup.isEmpty { _ = session.run(source: setup, fileName: "<stdin>") }
        }

        /// Runs one prompt entry (magic or Python) and returns everything it showed, results as reprs.
        func enter(_ line: String) -> String {
            let start = recorder.events.count
            entries.append(line)
            session.beginEntry()
            let context = MagicContext(history: { self.entries })
            if !session.runMagic(line, context: context) { _ = session.runInteractive(source: line + "\n") }
            return recorder.events[start...].map { event in
                if case .result(let value) = event { return value.repr + "\n" }
                return event.terminalText.text
            }.joined()
        }
    }

    @Test func timeitOptionsAreReadAsIPythonReadsThem() throws {
        let parsed = try TimeitOptions.parse("-n 10 -r3 -q x  +  1").get()
        #expect(parsed == TimeitOptions(loops: 10, repeats: 3, quiet: true, statement: "x  +  1"))
        #expect(
            try TimeitOptions.parse("-qo -p 4 y").get()
                == TimeitOptions(quiet: true, returnResult: true, precision: 4, statement: "y"))
        #expect(TimeitOptions.parse("-z x") == .failure(MagicUsageError("option -z not recognized")))
        #expect(TimeitOptions.parse("-n") == .failure(MagicUsageError("option -n requires argument")))
    }

    @Test func timeitWithLoopsAndRunsPrintsIPythonsLine() {
        let harness = Harness("x = 1\n")
        let shown = harness.enter("%timeit -n 10 -r 2 x + 1")
        #expect(
            shown.contains(
                /^(The slowest run took [0-9.]+ times longer than the fastest\. This could mean that an intermediate result is being cached\.\n)?[0-9.]+ (ns|µs|ms|s) ± [0-9.]+ (ns|µs|ms|s) per loop \(mean ± std\. dev\. of 2 runs, 10 loops each\)\n$/
            ), "\(shown)")
        #expect(harness.enter("%timeit -z x") == "UsageError: option -z not recognized\n")
    }

    @Test func timeitQuietWithResultReturnsTheTimeitResult() {
        let harness = Harness("x = 1\n")
        let shown = harness.enter("%timeit -q -o -n 5 -r 3 x + 1")
        #expect(
            shown.hasPrefix("<TimeitResult : ") && shown.hasSuffix(" (mean ± std. dev. of 3 runs, 5 loops each)>\n"), "\(shown)")
        #expect(harness.enter("_.loops, _.repeat, len(_.all_runs)") == "(5, 3, 3)\n")
    }

    @Test func outputHistoryKeepsTheLastThreeResultsAndEachByNumber() {
        let harness = Harness()
        #expect(harness.enter("_") == "''\n")
        #expect(harness.enter("2 * 1") == "2\n")
        #expect(harness.enter("2 * 2") == "4\n")
        #expect(harness.enter("y = 5") == "")
        #expect(harness.enter("2 * 3") == "6\n")
        #expect(harness.enter("(_, __, ___)") == "(6, 4, 2)\n")
        #expect(harness.enter("(_2, _3, _5)") == "(2, 4, 6)\n")
    }

    @Test func whosShowsNameTypeAndDataWithTensorShapes() {
        let harness = Harness("x = torch.ones(2, 3, requires_grad=True)\nn = 3\nitems = [1, 2]\n")
        #expect(
            harness.enter("%whos") == """
                Variable   Type      Data/Info
                ------------------------------
                items      list      n=2
                n          int       3
                x          Tensor    shape [2, 3], torch.float32, requires_grad=True

                """)
        #expect(Harness().enter("%whos") == "Interactive namespace is empty.\n")
    }

    @Test func historyNumbersAndRanges() {
        let harness = Harness()
        _ = harness.enter("a = 1")
        _ = harness.enter("b = 2")
        #expect(harness.enter("%history -n") == "   1: a = 1\n   2: b = 2\n   3: %history -n\n")
        #expect(harness.enter("%history 2-3") == "b = 2\n%history -n\n")
        #expect(harness.enter("%history -n 1:2") == "   1: a = 1\n")
    }

    @Test func inspectorShowsTypeFormAndShapeOfATensor() {
        let harness = Harness("x = torch.ones(2)\n")
        let page = harness.enter("x?")
        #expect(
            page.hasPrefix("Type:          Tensor\nString form:   tensor([1., 1.])\nShape:         torch.Size([2])\n"), "\(page)")
        #expect(harness.enter("?x") == page)
        #expect(harness.enter("nothere?") == "Object `nothere` not found.\n")
        #expect(
            harness.enter("torch.Tensor.backward?").hasPrefix(
                "Signature: Tensor.backward(gradient=None, retain_graph=None, create_graph=False)\nDocstring: "))
    }

    @Test func inspectorShowsASignatureAndTwoQuestionMarksTheSource() {
        let harness = Harness("def scale(v, by=2):\n    '''Multiply v.'''\n    return v * by\n")
        #expect(
            harness.enter("scale?")
                == "Signature: scale(v, by=2)\nDocstring: Multiply v.\nFile:      <stdin>\nType:      function\n")
        let source = harness.enter("scale??")
        #expect(source.contains("def scale(v, by=2):\n    '''Multiply v.'''\n    return v * by\n"), "\(source)")
        #expect(
            harness.enter("torch.ones?").hasPrefix("Signature: torch.ones(*size, dtype=None, requires_grad=False) -> Tensor\n"))
    }

    @Test func helpPagesForBuiltinsModulesAndTensorsSayWhatThingsDo() {
        let harness = Harness("x = torch.ones(2, requires_grad=True)\n")
        #expect(
            harness.enter("help(len)") == """
                Help on built-in function len in module builtins:

                len(obj, /)
                    Return the number of items in a container.


                """)
        #expect(harness.enter("help(print)").contains("    Prints the values to a stream, or to sys.stdout by default.\n"))
        let torchPage = harness.enter("help(torch)")
        #expect(torchPage.hasPrefix("Help on module torch:\n\nNAME\n    torch\n"), "\(torchPage.prefix(200))")
        #expect(torchPage.contains("\nFUNCTIONS\n"))
        #expect(
            torchPage.contains(
                "\n    ones(*size, dtype=None, requires_grad=False) -> Tensor\n        A tensor of the given size filled with 1"))
        let tensorPage = harness.enter("help(x)")
        #expect(tensorPage.hasPrefix("Help on Tensor:\n\nShape:"), "\(tensorPage.prefix(200))")
        #expect(tensorPage.contains("Requires grad: True"))
        #expect(tensorPage.contains("\nMethods:\n"))
        #expect(tensorPage.contains("\n    backward("))
    }

    @Test func dirListsScopeAndAttributes() {
        let harness = Harness("zeta = 1\nalpha = 2\n")
        #expect(harness.enter("[n for n in dir() if not n.startswith('_')][:3]") == "['alpha', 'torch', 'zeta']\n")
        #expect(harness.enter("'backward' in dir(torch.ones(1)), 'ones' in dir(torch)") == "(True, True)\n")
    }

    @Test func pwdLsmagicAndTimeBehaveLikeIPython() {
        let harness = Harness()
        #expect(harness.enter("%pwd").hasPrefix("'/"))
        #expect(harness.enter("%lsmagic").contains("%timeit  %who  %whos\n\nAutomagic is OFF"))
        let timed = harness.enter("%time 6 * 7")
        #expect(timed.contains(/^CPU times: user .+, sys: .+, total: .+\nWall time: .+\n42\n$/), "\(timed)")
    }

    @Test func graphOfAMissingNameQuotesTheExpressionAsTyped() {
        let harness = Harness()
        #expect(
            harness.enter("%graph nothere") == """
                Traceback (most recent call last):
                  File "<magic>", line 1, in <module>
                    nothere
                NameError: name 'nothere' is not defined

                """)
        #expect(harness.enter("%graph 1 +").hasPrefix("  File \"<magic>\", line 1\n    1 +\n"))
        #expect(harness.enter("%graph 3") == "%graph needs an expression that evaluates to a tensor\n")
    }

    @Test func graphColoursNodesByKindOnlyWhenAsked() {
        let harness = Harness("x = torch.ones(2, requires_grad=True)\ny = (x * 2).sum()\n")
        #expect(
            harness.session.graph(of: "y", dot: false)
                == "SumBackward0\n└── MulBackward0\n    ├── x [2] (AccumulateGrad)\n    └── · (input that needs no gradient)\n")
        #expect(
            harness.session.graph(of: "y", dot: false, colour: true)
                == "\u{1B}[35mSumBackward0\u{1B}[0m\n└── \u{1B}[35mMulBackward0\u{1B}[0m\n    ├── \u{1B}[32mx [2] (AccumulateGrad)\u{1B}[0m\n"
                + "    └── \u{1B}[2m· (input that needs no gradient)\u{1B}[0m\n")
    }

    @Test func aCellsTracebackNamesTheCellAsIPythonDoes() {
        let session = Session(sink: DiscardingSink())
        let result = session.runCell("x = 1\ny\n", fileName: "Cell In[3]")
        let traceback = result.events.compactMap { event -> String? in
            if case .error(let report) = event { return report.traceback }
            return nil
        }
        #expect(
            traceback == ["Traceback (most recent call last):\n  Cell In[3], line 2\n    y\nNameError: name 'y' is not defined\n"]
        )
    }
}
