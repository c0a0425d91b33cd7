import Testing

@testable import Console

@Suite struct HistoryNavigatorTests {
    @Test func upWithATypedPrefixSkipsEntriesThatDoNotStartWithIt() {
        var navigator = HistoryNavigator(entries: ["x = 1", "print(x)", "x + 2", "y = 3"])
        #expect(navigator.older(current: "x", beforeCursor: "x") == "x + 2")
        #expect(navigator.older(current: "x + 2", beforeCursor: "x + 2") == "x = 1")
        #expect(navigator.older(current: "x = 1", beforeCursor: "x = 1") == nil)
        #expect(navigator.newer(current: "x = 1") == "x + 2")
        #expect(navigator.newer(current: "x + 2") == "x")
        #expect(navigator.newer(current: "x") == nil)
    }

    @Test func upOnAnEmptyLineWalksEveryEntry() {
        var navigator = HistoryNavigator(entries: ["a", "for i in r:\n    print(i)"])
        #expect(navigator.older(current: "", beforeCursor: "") == "for i in r:\n    print(i)")
        #expect(navigator.older(current: "for i in r:\n    print(i)", beforeCursor: "for i in r:\n    print(i)") == "a")
    }

    @Test func editingTheRecalledLineStartsANewSearch() {
        var navigator = HistoryNavigator(entries: ["ab", "ac", "b"])
        #expect(navigator.older(current: "a", beforeCursor: "a") == "ac")
        #expect(navigator.older(current: "b", beforeCursor: "b") == nil)
    }
}

@Suite struct IncrementalSearchTests {
    @Test func typingNarrowsAndCtrlRFindsOlderMatches() {
        var search = IncrementalSearch(entries: ["x = 1", "y = x * 2", "print(y)"], original: "")
        #expect(search.prompt == "(reverse-i-search)`': ")
        search.type("x")
        #expect(search.text == "y = x * 2")
        #expect(search.cursor == 4)
        #expect(search.prompt == "(reverse-i-search)`x': ")
        search.searchOlder()
        #expect(search.text == "x = 1")
        search.type("z")
        #expect(search.prompt == "(failed reverse-i-search)`xz': ")
        #expect(search.text == "x = 1")
        search.deleteBackward()
        #expect(search.text == "y = x * 2")
    }
}

@Suite struct MultilineCursorTests {
    let block = Array("for i in r:\n    print(i)\n    i".unicodeScalars)

    @Test func upAndDownKeepTheColumnInsideABlock() {
        #expect(MultilineCursor.up(block, cursor: 20) == 8)
        #expect(MultilineCursor.up(block, cursor: 3) == nil)
        #expect(MultilineCursor.down(block, cursor: 3) == 15)
        #expect(MultilineCursor.down(block, cursor: 20) == 30)
        #expect(MultilineCursor.down(block, cursor: 30) == nil)
    }

    @Test func rowsAboveCountWrappedAndEmbeddedLines() {
        #expect(MultilineCursor.rowsAbove(">>> abc", width: 80) == 0)
        #expect(MultilineCursor.rowsAbove(">>> for x:\n    y", width: 80) == 1)
        #expect(MultilineCursor.rowsAbove(String(repeating: "a", count: 25), width: 10) == 2)
    }
}

@Suite struct AutoIndentTests {
    @Test func deeperAfterAColonSameInsideShallowerAfterReturn() {
        #expect(AutoIndent.indent(after: ["def f(x):"]) == "    ")
        #expect(AutoIndent.indent(after: ["def f(x):", "    y = x  # half:"]) == "    ")
        #expect(AutoIndent.indent(after: ["for i in r:", "    if i:"]) == "        ")
        #expect(AutoIndent.indent(after: ["def f():", "    return 1"]) == "")
        #expect(AutoIndent.indent(after: ["x = {'a:'"]) == "")
    }

    @Test func pastedTextLosesCarriageReturnsAndTrailingBlankLines() {
        #expect(PastedText.normalised("def f():\r    x = 1\r\r    return x\r  \r") == "def f():\n    x = 1\n\n    return x")
    }
}
