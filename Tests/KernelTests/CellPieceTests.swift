import Testing

@testable import Kernel

struct CellPieceTests {
    @Test func plainPythonIsOnePiece() {
        #expect(CellPiece.pieces(of: "x = 1\nx") == [.python("x = 1\nx\n")])
    }

    @Test func magicLinesSplitTheCellAndPythonKeepsItsLineNumbers() {
        #expect(
            CellPiece.pieces(of: "y = x * 2\n%graph y\n# a comment\nz = 1\ntorch.ones?")
                == [.python("y = x * 2\n"), .magic("%graph y"), .python("\n\n# a comment\nz = 1\n"), .magic("torch.ones?")])
    }

    @Test func questionMarksInsideCodeAreNotHelp() {
        #expect(CellPiece.pieces(of: "s = 'why?'") == [.python("s = 'why?'\n")])
        #expect(CellPiece.pieces(of: "    x?") == [.python("    x?\n")])
    }

    @Test func completionWordsEndAtTheCursorInCodePoints() {
        let code = Array("y = tørch.on".unicodeScalars)
        #expect(CodeWords.word(endingAt: code.count, in: code) == "tørch.on")
        #expect(CodeWords.word(endingAt: 3, in: code) == "")
    }

    @Test func inspectionTakesTheWholeNameUnderTheCursor() {
        let code = Array("torch.ones(2)".unicodeScalars)
        #expect(CodeWords.word(around: 8, in: code) == "torch.ones")
    }

    @Test func theNextIndentFollowsIPython() {
        #expect(CodeWords.nextIndent(after: "for i in x:") == "    ")
        #expect(CodeWords.nextIndent(after: "if a:\n    b = (1,") == "    ")
        #expect(CodeWords.nextIndent(after: "x = (1,") == "")
    }

    @Test func historySearchUsesFnmatchPatterns() {
        #expect(GlobPattern.matches("h = *", "h = 'marker'"))
        #expect(GlobPattern.matches("?=1", "x=1"))
        #expect(!GlobPattern.matches("a*", "ba"))
    }
}
