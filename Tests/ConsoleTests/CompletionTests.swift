import Foundation
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
        let source = CompletionSource(
            names: { word in names.filter { $0.hasPrefix(word) && $0.contains(".") == word.contains(".") } },
            keywordArguments: { $0 == "torch.ones" ? ["dtype", "requires_grad"] : [] },
            dictionaryKeys: { $0 == "config" ? ["lr", "momentum", "loss"] : [] },
            magics: ["timeit": ["-n", "-r", "-q", "-o"], "time": [], "who": []])
        return Completion.action(beforeCursor: text, source: source)
    }

    @Test func uniqueMatchInsertsRemainder() {
        #expect(complete("x = pr") == .insert("int"))
        #expect(complete("torch.z") == .insert("eros"))
    }

    @Test func sharedPrefixIsInsertedFirst() {
        #expect(complete("torch.on") == .insert("es"))
    }

    @Test func ambiguousWithNothingToAddLists() {
        #expect(complete("torch.ones") == .list(["ones", "ones_like"]))
        #expect(complete("t") == .list(["tensor", "torch"]))
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
        let source = CompletionSource(names: { _ in ["torch", "torch", "unrelated"] })
        let action = Completion.action(beforeCursor: "to", source: source)
        #expect(action == .insert("rch"))
    }

    @Test func keywordArgumentsOfTheCalledFunctionComeFirst() {
        #expect(complete("torch.ones(2, requi") == .insert("res_grad="))
        #expect(complete("torch.ones(2, d") == .insert("type="))
        #expect(complete("print(torch.ones(2), requi") == .beep)
    }

    @Test func magicsAndTheirOptionsComplete() {
        #expect(complete("%ti") == .insert("me"))
        #expect(complete("%time") == .list(["%time", "%timeit"]))
        #expect(complete("%w") == .insert("ho"))
        #expect(complete("%timeit -") == .list(["-n", "-o", "-q", "-r"]))
        #expect(complete("%timeit -r 3 x.s") == .beep)
    }

    @Test func dictionaryKeysCompleteWithTheirQuoteAndBracket() {
        #expect(complete("config['mo") == .insert("mentum']"))
        #expect(complete("config[\"l") == .list(["loss\"]", "lr\"]"]))
    }
}

@Suite struct CallContextTests {
    @Test func innermostOpenCallIsFound() {
        #expect(CallContext.callee(before: "torch.ones(2, ") == "torch.ones")
        #expect(CallContext.callee(before: "f(g(1), ") == "f")
        #expect(CallContext.callee(before: "f(g(") == "g")
    }

    @Test func noCallWhenBracketsAreClosedOrNotParentheses() {
        #expect(CallContext.callee(before: "f(a) + ") == nil)
        #expect(CallContext.callee(before: "x[0, ") == nil)
        #expect(CallContext.callee(before: "print('(', ") == "print")
        #expect(CallContext.callee(before: "print('(") == nil)
    }
}

@Suite struct CompletionColumnsTests {
    @Test func candidatesRunDownThenAcrossLikeReadline() {
        let words = ["abs", "all", "any", "ascii", "bin", "bool", "bytes"]
        #expect(
            CompletionColumns.layout(words, width: 24) == """
                abs    ascii  bytes
                all    bin
                any    bool
                """)
    }

    @Test func oneColumnWhenTheScreenIsNarrow() {
        #expect(CompletionColumns.layout(["alpha", "beta"], width: 6) == "alpha\nbeta")
    }

    @Test func questionReadsLikeReadlines() {
        #expect(CompletionColumns.question(count: 110) == "Display all 110 possibilities? (y or n)")
    }
}

@Suite struct PathCompletionTests {
    @Test func aPathIsBeingTypedInAnOpenStringOrAFileMagic() {
        #expect(PathCompletion.partialPath(beforeCursor: "open('data/tr") == "data/tr")
        #expect(PathCompletion.partialPath(beforeCursor: "%run ex") == "ex")
        #expect(PathCompletion.partialPath(beforeCursor: "x = 'a' + b") == nil)
        #expect(PathCompletion.partialPath(beforeCursor: "%run a b") == nil)
    }

    @Test func candidatesAreFilesAndDirectoriesOfTheNamedDirectory() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("", to: "train.csv")
        _ = try directory.write("", to: "test.csv")
        _ = try directory.write("", to: ".hidden")
        try FileManager.default.createDirectory(atPath: directory.path + "/tree", withIntermediateDirectories: false)
        let stem = directory.path + "/t"
        #expect(PathCompletion.candidates(for: stem) == [stem + "est.csv", stem + "rain.csv", stem + "ree/"])
        #expect(PathCompletion.candidates(for: directory.path + "/.h") == [directory.path + "/.hidden"])
        let source = CompletionSource(names: { _ in [] })
        #expect(Completion.action(beforeCursor: "open('\(directory.path)/tr", source: source) == .list(["train.csv", "tree/"]))
    }
}
