import TensorLanguage
import Testing

@testable import Kernel

struct IPythonTracebackTests {
    @Test func aCellFrameShowsTwoLinesOfContextAndIPythonsArrow() {
        let report = ErrorReport(
            name: "ZeroDivisionError", message: "division by zero",
            frames: [ErrorFrame(fileName: "In[4]", line: 3, function: "<module>", sourceLine: "c = b / 0")],
            traceback: "Traceback (most recent call last):\n")
        let lines = IPythonTraceback.lines(report, sources: ["In[4]": "a = 1\nb = 2\nc = b / 0\nd = 4\ne = 5\nf = 6"])
        #expect(
            lines == [
                String(repeating: "-", count: 75),
                "ZeroDivisionError                         Traceback (most recent call last)",
                "Cell In[4], line 3\n      1 a = 1\n      2 b = 2\n----> 3 c = b / 0\n      4 d = 4\n      5 e = 5\n",
                "ZeroDivisionError: division by zero",
            ])
    }

    @Test func aFunctionDefinedInAnEarlierCellIsNamed() {
        let frames = [
            ErrorFrame(fileName: "In[2]", line: 1, function: "<module>", sourceLine: "f()"),
            ErrorFrame(fileName: "In[1]", line: 2, function: "f", sourceLine: "raise ValueError('no')"),
        ]
        let report = ErrorReport(
            name: "ValueError", message: "no", frames: frames, traceback: "Traceback (most recent call last):\n")
        let lines = IPythonTraceback.lines(report, sources: ["In[1]": "def f():\n    raise ValueError('no')", "In[2]": "f()"])
        #expect(
            Array(lines.dropFirst(2)) == [
                "Cell In[2], line 1\n----> 1 f()\n",
                "Cell In[1], line 2, in f\n      1 def f():\n----> 2     raise ValueError('no')\n", "ValueError: no",
            ])
    }

    @Test func aSyntaxErrorKeepsCPythonsCaretBlockWithTheCellNamed() {
        let report = ErrorReport(
            name: "SyntaxError", message: "invalid syntax", frames: [],
            traceback: "  File \"In[7]\", line 1\n    x = )\n        ^\nSyntaxError: invalid syntax\n")
        #expect(
            IPythonTraceback.lines(report, sources: [:]) == [
                "  Cell In[7], line 1\n    x = )\n        ^\n", "SyntaxError: invalid syntax",
            ])
    }

    @Test func arrowsKeepSevenColumnsForLongCells() {
        #expect(IPythonTraceback.arrow(for: 7) == "----> 7")
        #expect(IPythonTraceback.arrow(for: 123) == "--> 123")
    }
}
