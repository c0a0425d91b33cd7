import Foundation
import Testing

/// The built `wick` run without a terminal: a script file, standard input, `-c`, `--seed`.
@Suite struct WickScriptEndToEndTests {
    @Test func scriptFilePrintsItsOutput() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("x = 2\nprint(x * 21)\nprint('done')\n", to: "ok.py")
        let run = try WickBinary.run(["ok.py"], in: directory.path)
        #expect(run.status == 0)
        #expect(run.standardOutput == "42\ndone\n")
        #expect(run.standardError == "")
    }

    @Test func raisingScriptPrintsACPythonTracebackAndExitsWithOne() throws {
        let directory = try TemporaryDirectory()
        let source = """
            print("before")
            def fail(n):
                raise RuntimeError(f"bad {n}")

            fail(3)
            print("after")

            """
        _ = try directory.write(source, to: "x.py")
        let run = try WickBinary.run(["x.py"], in: directory.path)
        #expect(run.status == 1)
        #expect(run.standardOutput == "before\n")
        #expect(
            run.standardError == """
                Traceback (most recent call last):
                  File "x.py", line 5, in <module>
                    fail(3)
                  File "x.py", line 3, in fail
                    raise RuntimeError(f"bad {n}")
                RuntimeError: bad 3

                """)
    }

    @Test func missingScriptExitsWithTwoAndSaysWhy() throws {
        let directory = try TemporaryDirectory()
        let run = try WickBinary.run(["absent.py"], in: directory.path)
        #expect(run.status == 2)
        #expect(run.standardOutput == "")
        #expect(run.standardError == "wick: can't open file 'absent.py': [Errno 2] No such file or directory\n")
    }

    @Test func dashRunsStandardInputAsAScriptWithoutPrompts() throws {
        let run = try WickBinary.run(["-"], input: "a = 3\nif a > 2:\n    print('big')\na\n")
        #expect(run.status == 0)
        // A script, not a prompt: the bare expression `a` echoes nothing.
        #expect(run.standardOutput == "big\n")
        #expect(run.standardError == "")
    }

    @Test func pipedStandardInputRunsAsAScriptWithoutPrompts() throws {
        let run = try WickBinary.run([], input: "import torch\nprint(torch.ones(2) * 3)\n1 + 1\n")
        #expect(run.status == 0)
        #expect(run.standardOutput == "tensor([3., 3.])\n")
        #expect(run.standardError == "")
    }

    @Test func pipedScriptThatRaisesNamesStandardInput() throws {
        let run = try WickBinary.run([], input: "x = 1\nx / 0\n")
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\n"))
        #expect(run.standardError.hasSuffix("ZeroDivisionError: division by zero\n"))
    }

    @Test func commandOptionRunsCode() throws {
        let run = try WickBinary.run(["-c", "print(1+1)"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "2\n")
    }

    @Test func commandThatRaisesNamesString() throws {
        let run = try WickBinary.run(["-c", "import torch\ntorch.ones(2) + torch.ones(3)"])
        #expect(run.status == 1)
        #expect(
            run.standardError == """
                Traceback (most recent call last):
                  File "<string>", line 2, in <module>
                    torch.ones(2) + torch.ones(3)
                RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0

                """)
    }

    @Test func seedOptionSeedsTheGeneratorLikeManualSeed() throws {
        let run = try WickBinary.run(["--seed", "0", "-c", "import torch; print(torch.rand(2))"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "tensor([0.4963, 0.7682])\n")
    }

    @Test func seedTutorialNotebookRunsAsAScript() throws {
        let run = try WickBinary.run([SeedNotebook.scriptPath])
        #expect(run.status == 0)
        #expect(
            SeedNotebook.normalisingAddresses(run.standardOutput) == SeedNotebook.normalisingAddresses(try SeedNotebook.output()))
    }
}
