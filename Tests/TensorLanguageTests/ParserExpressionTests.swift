import Testing

@testable import TensorLanguage

@Suite struct ParserExpressionTests {
    @Test(arguments: [
        ("-2**2", "(- (** 2 2))"),
        ("2**-1", "(** 2 (- 1))"),
        ("2**3**2", "(** 2 (** 3 2))"),
        ("a + b * c", "(+ a (* b c))"),
        ("a - b - c", "(- (- a b) c)"),
        ("a * b @ c / d // e % f", "(% (// (/ (@ (* a b) c) d) e) f)"),
        ("a | b ^ c & d << e + f", "(| a (^ b (& c (<< d (+ e f)))))"),
        ("not a == b", "(not (compare a == b))"),
        ("a < b <= c != d", "(compare a < b <= c != d)"),
        ("a is not b", "(compare a is-not b)"),
        ("a not in b", "(compare a not-in b)"),
        ("a or b and not c", "(or a (and b (not c)))"),
        ("a or b or c", "(or a b c)"),
        ("x if c else y", "(if c x y)"),
        ("lambda a, b=1: a + b", "(lambda (a b=1) (+ a b))"),
        ("-x.y[0](1)", "(- (call (sub (. x y) 0) 1))"),
        ("~a + +b", "(+ (~ a) (+ b))"),
    ])
    func precedenceFollowsPython(source: String, expected: String) {
        #expect(dumpExpression(source) == expected)
    }

    @Test func callsTakePositionalKeywordAndUnpackedArguments() {
        #expect(dumpExpression("f(1, b=2, *args, **kw)") == "(call f 1 b=2 *args **kw)")
        #expect(dumpExpression("f()") == "(call f)")
        #expect(dumpExpression("f(a,)") == "(call f a)")
    }

    @Test func loneGeneratorArgumentNeedsNoParentheses() {
        #expect(
            dumpExpression("sum(x * x for x in xs)") == "(call sum (genexp (* x x) for x in xs))")
    }

    @Test(arguments: [
        ("a[1:3]", "(sub a (slice 1 3 _))"),
        ("a[::2]", "(sub a (slice _ _ 2))"),
        ("a[:, 1]", "(sub a (tuple (slice _ _ _) 1))"),
        ("a[..., None]", "(sub a (tuple ... None))"),
        ("a[1:2, ::3]", "(sub a (tuple (slice 1 2 _) (slice _ _ 3)))"),
        ("a[i, j]", "(sub a (tuple i j))"),
        ("a[-1]", "(sub a (- 1))"),
    ])
    func subscriptsAcceptSlicesAndTuples(source: String, expected: String) {
        #expect(dumpExpression(source) == expected)
    }

    @Test(arguments: [
        ("[]", "[]"),
        ("[1, 2,]", "[1 2]"),
        ("()", "(tuple )"),
        ("(1,)", "(tuple 1)"),
        ("(1)", "1"),
        ("1, 2", "(tuple 1 2)"),
        ("{}", "{}"),
        ("{'a': 1, **d}", "{\"a\":1 **d}"),
        ("{1, 2}", "(set 1 2)"),
        ("[*a, b]", "[*a b]"),
        ("[e for x in xs if c for y in ys]", "(listcomp e for x in xs if c for y in ys)"),
        ("(x for x in y)", "(genexp x for x in y)"),
        ("{k: v for k, v in items}", "(dictcomp k:v for (tuple k v) in items)"),
        ("{x for x in y}", "(setcomp x for x in y)"),
    ])
    func displaysAndComprehensionsParse(source: String, expected: String) {
        #expect(dumpExpression(source) == expected)
    }

    @Test(arguments: [
        ("0x_FF", 255), ("0o17", 15), ("0b1010", 10), ("1_000_000", 1_000_000), ("00", 0),
    ])
    func integerLiteralsInEveryBase(source: String, value: Int) {
        #expect(dumpExpression(source) == String(value))
    }

    @Test func hugeIntegerLiteralsKeepEveryDigit() throws {
        guard
            case .complete(let module) = parse(
                source: "x = 123456789012345678901234567890\n", fileName: "t.py"),
            case .assignment(_, let value) = module.body.first?.kind,
            case .integer(let literal) = value.kind
        else {
            Issue.record("expected an integer literal")
            return
        }
        #expect(literal.intValue == nil)
        #expect(literal.text == "123456789012345678901234567890")
        #expect(literal.limbs == [0x4E3F_0AD2, 0xC373_E0EE, 0x8EE9_0FF6, 0x1])
    }

    @Test(arguments: [
        ("1.5", 1.5), ("1e-5", 1e-5), (".5", 0.5), ("5.", 5.0), ("1_0.5e1_0", 10.5e10),
        ("1.e2", 100.0),
    ])
    func floatLiteralsParse(source: String, value: Double) {
        #expect(dumpExpression(source) == "\(value)")
    }

    @Test func adjacentStringsConcatenate() {
        #expect(dumpExpression("'a' \"b\" '''c'''") == "\"abc\"")
    }

    @Test func escapesAreDecodedButNotInRawStrings() {
        #expect(
            dumpExpression(#"'\n\t\\\'\"\x41\u00e9\101'"#) == String(reflecting: "\n\t\\'\"AéA"))
        #expect(dumpExpression(#"r'\n\d'"#) == String(reflecting: #"\n\d"#))
        #expect(dumpExpression(#"'\q'"#) == String(reflecting: #"\q"#))
    }

    @Test func loneSurrogateEscapeBecomesReplacementCharacter() {
        #expect(dumpExpression(#"'\ud800'"#) == String(reflecting: "\u{FFFD}"))
    }

    @Test func keywordsLiteralsAndEllipsis() {
        #expect(dumpExpression("(True, False, None, ...)") == "(tuple True False None ...)")
    }

    @Test func expressionLocationsPointAtTheirFirstToken() throws {
        guard case .complete(let module) = parse(source: "x = 1\ny = a + f(b)\n", fileName: "t.py"),
            module.body.count == 2, case .assignment(_, let value) = module.body[1].kind
        else {
            Issue.record("expected two assignments")
            return
        }
        #expect(value.location == SourceLocation(line: 2, column: 4))
        #expect(value.range.end == SourceLocation(line: 2, column: 12))
        guard case .binary(_, _, let call) = value.kind else { return }
        #expect(call.location == SourceLocation(line: 2, column: 8))
    }
}
