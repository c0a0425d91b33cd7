import Testing

@testable import Console

@Suite struct CompletionFragmentTests {
    @Test(arguments: [
        ("", "", ""),
        ("x", "", "x"),
        ("print(x", "print(", "x"),
        ("y = torch.on", "y = ", "torch.on"),
        ("torch.", "", "torch."),
        ("a.b.c", "", "a.b.c"),
        ("f(_priv", "f(", "_priv"),
        ("x1 + y2", "x1 + ", "y2"),
        ("héllo_wö", "", "héllo_wö"),
        ("print( ", "print( ", ""),
    ])
    func splitsTrailingDottedName(input: String, prefix: String, word: String) {
        let result = Completion.fragment(beforeCursor: input)
        #expect(result.prefix == prefix)
        #expect(result.word == word)
        #expect(result.prefix + result.word == input)
    }

    @Test(arguments: ["foo().sh", "x = 3.1", "a..b", "x = .5", "t[0].sh", "a.1b", "2x"])
    func rejectsRunsThatAreNotNames(input: String) {
        let result = Completion.fragment(beforeCursor: input)
        #expect(result.word == "")
        #expect(result.prefix == input)
    }
}

@Suite struct CommonPrefixTests {
    @Test func emptyListHasEmptyPrefix() {
        #expect(Completion.commonPrefix([]) == "")
    }

    @Test func singleWordIsItsOwnPrefix() {
        #expect(Completion.commonPrefix(["torch.ones"]) == "torch.ones")
    }

    @Test func sharedPrefix() {
        #expect(Completion.commonPrefix(["torch.ones", "torch.ones_like"]) == "torch.ones")
        #expect(Completion.commonPrefix(["torch.ones", "torch.zeros"]) == "torch.")
        #expect(Completion.commonPrefix(["abc", "xyz"]) == "")
    }

    @Test func comparesWholeCharacters() {
        // "e" followed by a combining acute is one Character and must not be split.
        #expect(Completion.commonPrefix(["ae\u{301}x", "aey"]) == "a")
        #expect(Completion.commonPrefix(["héllo", "hélp"]) == "hél")
    }
}

@Suite struct CompletionActionTests {
    let names = ["print", "torch", "torch.ones", "torch.ones_like", "torch.zeros", "tensor"]

    func complete(_ text: String) -> Completion.Action {
        Completion.action(beforeCursor: text) { word in names.filter { $0.hasPrefix(word) } }
    }

    @Test func uniqueMatchInsertsRemainder() {
        #expect(complete("x = pr") == .insert("int"))
        #expect(complete("torch.z") == .insert("eros"))
    }

    @Test func sharedPrefixIsInsertedFirst() {
        #expect(complete("torch.on") == .insert("es"))
    }

    @Test func ambiguousWithNothingToAddLists() {
        #expect(complete("torch.ones") == .list(["torch.ones", "torch.ones_like"]))
        #expect(complete("t") == .list(["tensor", "torch", "torch.ones", "torch.ones_like", "torch.zeros"]))
    }

    @Test func noMatchBeeps() {
        #expect(complete("zzz") == .beep)
        #expect(complete("foo().sh") == .beep)
        #expect(complete("print(") == .beep)
    }

    @Test func completeWordDoesNothing() {
        #expect(complete("torch.zeros") == .nothing)
    }

    @Test func blankLineIndents() {
        #expect(complete("") == .insert("    "))
        #expect(complete("    ") == .insert("    "))
    }

    @Test func candidatesNotExtendingTheWordAreIgnoredAndDuplicatesDropped() {
        let action = Completion.action(beforeCursor: "to") { _ in ["torch", "torch", "unrelated"] }
        #expect(action == .insert("rch"))
    }
}
