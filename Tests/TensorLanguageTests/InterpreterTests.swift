import Autograd
import Testing

@testable import TensorLanguage

/// Runs a script in a fresh session and returns what it printed.
func run(_ source: String) -> (stdout: String, stderr: String, outcome: RunOutcome) {
    var out = ""
    var err = ""
    let session = Session(sink: TextSink(write: { out += $0 }, writeError: { err += $0 }))
    let outcome = session.run(source: source, fileName: "test.py")
    return (out, err, outcome)
}

@Suite(.serialized)
struct InterpreterTests {
    @Test func arithmeticFollowsPythonSemantics() {
        let r = run("print(7 // 2, -7 // 2, -7 % 3, 7 / 2, 2 ** 10, 2 ** -1, 0.1 + 0.2, 1e16, 1e-5)")
        #expect(r.stdout == "3 -4 2 3.5 1024 0.5 0.30000000000000004 1e+16 1e-05\n")
    }

    @Test func whileLoopWithTensorCondition() {
        let r = run(
            """
            import torch
            y = torch.ones(3)
            n = 0
            while y.norm() < 100:
                y = y * 2
                n += 1
            print(n, y)
            """)
        #expect(r.stdout == "6 tensor([64., 64., 64.])\n")
    }

    @Test func fStringsFormatValuesAndSpecs() {
        let r = run(
            """
            v = 3.14159
            p = 2
            print(f"{v:.2f} {v:.{p}f} {42:5d}|{'a':>3}|{v!r} {1e-7:e}")
            """)
        #expect(r.stdout == "3.14 3.14    42|  a|3.14159 1.000000e-07\n")
    }

    @Test func functionsDefaultsKeywordsAndRecursion() {
        let r = run(
            """
            def fact(n, acc=1):
                if n <= 1:
                    return acc
                return fact(n - 1, acc=acc * n)
            print(fact(10), fact(n=3))
            """)
        #expect(r.stdout == "3628800 6\n")
    }

    @Test func uncaughtExceptionPrintsTracebackThroughFrames() {
        let r = run(
            """
            def f(x):
                return x + "a"
            f(1)
            """)
        #expect(r.outcome == .failed(exceptionName: "TypeError"))
        #expect(r.stderr.contains("Traceback (most recent call last):"))
        #expect(r.stderr.contains("  File \"test.py\", line 3, in <module>\n    f(1)\n"))
        #expect(r.stderr.contains("  File \"test.py\", line 2, in f\n    return x + \"a\"\n"))
        #expect(r.stderr.hasSuffix("TypeError: unsupported operand type(s) for +: 'int' and 'str'\n"))
    }

    @Test func nameErrorSuggestsCloseName() {
        let r = run("total = 1\nprint(totl)")
        #expect(r.stderr.contains("NameError: name 'totl' is not defined. Did you mean: 'total'?"))
    }

    @Test func tryExceptCatchesByClassAndBindsMessage() {
        let r = run(
            """
            try:
                1 / 0
            except ZeroDivisionError as e:
                print("caught", e)
            finally:
                print("done")
            """)
        #expect(r.stdout == "caught division by zero\ndone\n")
    }

    @Test func gradFnReprAndType() {
        let r = run(
            """
            import torch
            x = torch.ones(2, requires_grad=True)
            y = x + 2
            print(type(y.grad_fn), y.grad_fn.name(), y.is_leaf, x.is_leaf)
            """)
        #expect(r.stdout == "<class 'AddBackward0'> AddBackward0 False True\n")
    }

    @Test func nonLeafGradWarningIsPrintedOncePerLine() {
        let r = run(
            """
            import torch
            x = torch.ones(2, requires_grad=True)
            y = x * 2
            for i in range(3):
                y.grad
            y.grad
            """)
        let count = r.stderr.components(separatedBy: "UserWarning: The .grad attribute").count - 1
        #expect(count == 2)
        #expect(r.stderr.contains("test.py:5: UserWarning:"))
    }

    @Test func listComprehensionsAndBuiltins() {
        let r = run(
            """
            xs = [i * i for i in range(5) if i % 2 == 0]
            print(xs, sum(xs), max(xs), len(xs), sorted([3, 1, 2]), list(zip([1, 2], "ab")))
            """)
        #expect(r.stdout == "[0, 4, 16] 20 16 3 [1, 2, 3] [(1, 'a'), (2, 'b')]\n")
    }

    @Test func unknownModuleRaisesModuleNotFoundError() {
        let r = run("import numpy as np")
        #expect(r.stderr.contains("ModuleNotFoundError: No module named 'numpy'"))
    }

    @Test func integerOverflowPromotesToBigIntegers() {
        let r = run("print(2 ** 62 * 4, 2 ** 63 - 1 + 1, -(-2 ** 63))")
        #expect(r.stdout == "18446744073709551616 9223372036854775808 9223372036854775808\n")
    }

    @Test func deepRecursionRaisesRecursionError() {
        let r = run("def f(n):\n    return f(n + 1)\nf(0)")
        #expect(r.stderr.contains("RecursionError: maximum recursion depth exceeded"))
    }
}

@Suite(.serialized)
struct TensorPowKeywordTests {
    @Test func powTakesItsExponentByPyTorchsKeyword() {
        let r = run("import torch\nprint(torch.tensor([2.0, 3.0]).pow(exponent=2))")
        #expect(r.stdout == "tensor([4., 9.])\n")
    }
}

@Suite(.serialized)
struct DeepValueTeardownTests {
    @Test func deeplyNestedListsAndTuplesAreFreedWithoutRecursion() {
        let r = run(
            """
            x = []
            for i in range(200000):
                x = [x]
            t = ()
            for i in range(200000):
                t = (t,)
            d = {}
            for i in range(100000):
                d = {"k": d}
            x = None
            t = None
            d = None
            print("freed")
            """)
        #expect(r.stdout == "freed\n")
    }
}
