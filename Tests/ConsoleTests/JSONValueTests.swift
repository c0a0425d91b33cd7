import Testing

@testable import Console
@testable import JSON

/// The shared JSON value keeps a notebook's numbers exactly and writes as nbformat (and, compact,
/// the kernel's messages) do.
struct JSONValueTests {
    private func roundTrip(_ text: String) throws -> String {
        try JSONParser.parse(Array(text.utf8)).notebookText
    }

    @Test func numbersKeepTheirTextWhenWrittenBack() throws {
        let text = """
            {"a": 123456789012345678901234567890, "b": 1.0, "c": -0.0, "d": 9007199254740993, \
            "e": 1e400, "f": -9223372036854775808, "g": 2.5E-3, "h": 0}
            """
        #expect(
            try roundTrip(text) == """
                {
                 "a": 123456789012345678901234567890,
                 "b": 1.0,
                 "c": -0.0,
                 "d": 9007199254740993,
                 "e": 1e400,
                 "f": -9223372036854775808,
                 "g": 2.5E-3,
                 "h": 0
                }

                """)
    }

    @Test func smallIntegersAreIntegers() throws {
        #expect(try JSONParser.parse(Array("[4, -0, 7.0]".utf8)) == .array([.integer(4), .number("-0"), .number("7.0")]))
    }

    @Test func stringsAreWrittenAsPythonsJSONWritesThem() throws {
        let text = #"["a\u00e9\ud83d\ude00", "\u0001\t\n\"\\/", "\ud800x", [], {}]"#
        #expect(
            try roundTrip(text) == """
                [
                 "aé😀",
                 "\\u0001\\t\\n\\"\\\\/",
                 "\u{FFFD}x",
                 [],
                 {}
                ]

                """)
    }

    @Test func keysAreSortedByCodePoint() throws {
        #expect(
            try roundTrip(#"{"b": 1, "a": {"Z": 2, "_": 3}, "é": 4}"#)
                == "{\n \"a\": {\n  \"Z\": 2,\n  \"_\": 3\n },\n \"b\": 1,\n \"é\": 4\n}\n")
    }

    @Test func malformedDocumentsAreRefusedWithWhere() {
        let cases: [(String, String)] = [
            ("[1, 2", "expected ',' or ']' at byte 5"), ("01", "invalid number at byte 2"),
            ("{\"a\" 1}", "expected ':' at byte 5"), ("[1] x", "unexpected text after the document at byte 4"),
            ("\"a\u{1}\"", "control character in a string at byte 2"), ("-", "invalid value at byte 1"),
            ("1.", "invalid number at byte 2"), ("\"\\x\"", "invalid escape at byte 3"), ("nul", "invalid value at byte 0"),
        ]
        for (text, message) in cases {
            #expect(throws: JSONParser.Failure(message: message), "\(text)") { try JSONParser.parse(Array(text.utf8)) }
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.Failure(message: "nesting too deep at byte 512")) { try JSONParser.parse(Array(deep.utf8)) }
    }

    @Test func compactTextHasNoSpacesAndSortedKeys() throws {
        let value = try JSONParser.parse(Array(#"{"b": [1, 2.50, "/"], "a": {}, "c": null, "d": true}"#.utf8))
        #expect(value.written(indent: nil) == #"{"a":{},"b":[1,2.50,"/"],"c":null,"d":true}"#)
        #expect(value.compactBytes == Array(value.written(indent: nil).utf8))
    }

    @Test func wholeNumbersReadAsInts() {
        let items: [JSONValue] = [.number("3.0"), .number("2.5"), .number("1e2"), 7]
        #expect(JSONValue.parse(Array("[3.0, 2.5, 1e2, 7]".utf8)) == .array(items))
        #expect(items.map(\.intValue) == [3, nil, 100, 7])
    }
}
