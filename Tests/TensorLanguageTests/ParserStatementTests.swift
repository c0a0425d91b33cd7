import Testing

@testable import TensorLanguage

@Suite struct ParserStatementTests {
    @Test(arguments: [
        ("a = b = 1", "(= a b 1)"),
        ("w.grad = None", "(= (. w grad) None)"),
        ("x[1:3] = 2", "(= (sub x (slice 1 3 _)) 2)"),
        ("a, b = b, a", "(= (tuple a b) (tuple b a))"),
        ("(dy,) = g", "(= (tuple dy) g)"),
        ("d2, = g", "(= (tuple d2) g)"),
        ("[a, (b, c)] = x", "(= [a (tuple b c)] x)"),
        ("a, *rest = x", "(= (tuple a *rest) x)"),
        ("x: int = 1", "(: x int 1)"),
    ])
    func assignmentTargets(source: String, expected: String) {
        #expect(dumpParse(source + "\n") == expected)
    }

    @Test(arguments: ["+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^", "<<", ">>"])
    func augmentedAssignmentForEveryOperator(symbol: String) {
        #expect(dumpParse("x \(symbol)= 2\n") == "(\(symbol)= x 2)")
        #expect(dumpParse("w.grad \(symbol)= 2\n") == "(\(symbol)= (. w grad) 2)")
        #expect(dumpParse("a[0] \(symbol)= 2\n") == "(\(symbol)= (sub a 0) 2)")
    }

    @Test func ifElifElseNestsElifInOrElse() {
        let source = "if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3\n"
        #expect(dumpParse(source) == "(if a [(= x 1)] [(if b [(= x 2)] [(= x 3)])])")
    }

    @Test func loopsWithElseBreakAndContinue() {
        let source = """
            while n > 0:
                n -= 1
                if n == 2: continue
                break
            else:
                pass
            for i, v in enumerate(xs):
                print(i)
            else:
                print('done')

            """
        #expect(
            dumpParse(source)
                == "(while (compare n > 0) [(-= n 1); (if (compare n == 2) [continue] []); break] [pass]); "
                + "(for (tuple i v) (call enumerate xs) [(call print i)] [(call print \"done\")])")
    }

    @Test func functionDefinitionsWithEveryParameterKind() {
        let source = "def f(a, b=1, *args, c=2, **kw):\n    return a\n"
        #expect(dumpParse(source) == "(def f (a b=1 *args c=2 **kw) [(return a)])")
        #expect(dumpParse("def g(a, /, b, *, c): return\n") == "(def g (/a b * c) [(return _)])")
        #expect(
            dumpParse("@torch.no_grad()\ndef h() -> None: pass\n")
                == "(@(call (. torch no_grad)) def h () [pass])")
    }

    @Test func classDefinitionsKeepBasesAndBody() {
        #expect(
            dumpParse("class A(B, metaclass=M):\n    x = 1\n")
                == "(class A (B metaclass=M) [(= x 1)])")
    }

    @Test func withStatementsTakeSeveralItems() {
        #expect(dumpParse("with a as x, b:\n    pass\n") == "(with a as x, b [pass])")
        #expect(
            dumpParse("with torch.no_grad(): y = x * 2\n")
                == "(with (call (. torch no_grad)) [(= y (* x 2))])")
    }

    @Test func tryWithHandlersElseAndFinally() {
        let source = """
            try:
                f()
            except (A, B) as e:
                raise
            except C:
                pass
            except:
                raise X from e
            else:
                ok()
            finally:
                done()

            """
        #expect(
            dumpParse(source)
                == "(try [(call f)] (except (tuple A B) as e [(raise _ _)]) (except C [pass]) "
                + "(except _ [(raise X e)]) [(call ok)] [(call done)])")
    }

    @Test(arguments: [
        ("del a, b[0], c.d", "(del a (sub b 0) (. c d))"),
        ("assert x, 'msg'", "(assert x \"msg\")"),
        ("assert x", "(assert x _)"),
        ("global a, b", "(global a b)"),
        ("import torch.nn.functional as F, math", "(import torch.nn.functional as F math)"),
        ("from a.b import c as d, e", "(from a.b c as d e)"),
        ("from . import x", "(from . x)"),
        ("from m import (a, b,)", "(from m a b)"),
        ("raise ValueError('x')", "(raise (call ValueError \"x\") _)"),
        ("x = 1; y = 2;", "(= x 1); (= y 2)"),
        ("pass", "pass"),
    ])
    func simpleStatements(source: String, expected: String) {
        #expect(dumpParse(source + "\n") == expected)
    }

    @Test func nonlocalInsideNestedFunction() {
        #expect(
            dumpParse("def f():\n    def g():\n        nonlocal x\n")
                == "(def f () [(def g () [(nonlocal x)])])")
    }

    @Test func compoundBodyOnTheHeaderLine() {
        #expect(dumpParse("if x: y = 1; z = 2\n") == "(if x [(= y 1); (= z 2)] [])")
    }

    @Test func lambdaAndConditionalInAssignments() {
        #expect(
            dumpParse("f = lambda a, b=1: a if b else -a\n")
                == "(= f (lambda (a b=1) (if b a (- a))))")
    }

    @Test func tabsAndSpacesIndentConsistently() {
        #expect(dumpParse("if x:\n\ty = 1\n\tz = 2\n") == "(if x [(= y 1); (= z 2)] [])")
    }

    @Test func blankAndCommentLinesDoNotAffectIndentation() {
        let source =
            "# tags: lang\nif x:\n\n    # comment\n        # deeper comment\n    y = 1\n\nz = 2"
        #expect(dumpParse(source) == "(if x [(= y 1)] []); (= z 2)")
    }

    @Test func implicitAndExplicitLineJoining() {
        #expect(
            dumpParse("x = (1 +\n     2)\ny = 1 + \\\n    2\n") == "(= x (+ 1 2)); (= y (+ 1 2))")
    }

    @Test func carriageReturnLineEndingsAreAccepted() {
        #expect(dumpParse("x = 1\r\nif x:\r\n    y = 2\r\n") == "(= x 1); (if x [(= y 2)] [])")
    }

    @Test func statementRangesCoverTheirLines() {
        guard
            case .complete(let module) = parse(
                source: "x = 1\nif x:\n    y = (1,\n         2)\n", fileName: "t.py")
        else {
            Issue.record("expected a module")
            return
        }
        #expect(module.body.count == 2)
        #expect(module.body[0].range.start == SourceLocation(line: 1, column: 0))
        #expect(module.body[1].range.start.line == 2)
        #expect(module.body[1].range.end.line == 4)
        #expect(module.sourceLine(3) == "    y = (1,")
        #expect(module.fileName == "t.py")
    }
}
