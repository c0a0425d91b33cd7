import Testing

@testable import TensorLanguage

@Suite struct FormattedStringTests {
    @Test(arguments: [
        (#"f"{v:.4f}|""#, #"(f {v:".4f"} "|")"#),
        (#"f"{v:.{p}f}""#, #"(f {v:"." {p} "f"})"#),
        (#"f"{s!r} {s!s} {s!a}""#, #"(f {s!r} " " {s!s} " " {s!a})"#),
        (#"f"{n:>{w}d}|""#, #"(f {n:">" {w} "d"} "|")"#),
        (#"f"{{literal}} {x}""#, #"(f "{literal} " {x})"#),
        (#"f"{x=}""#, #"(f "x=" {x!r})"#),
        (#"f"{x = :5}""#, #"(f "x = " {x:"5"})"#),
        (#"f"{x=!s}""#, #"(f "x=" {x!s})"#),
        (
            #"f"{a['k']} {b[1:2]} {c(1, d=2)}""#,
            #"(f {(sub a "k")} " " {(sub b (slice 1 2 _))} " " {(call c 1 d=2)})"#
        ),
        (
            #"f"{a != b} {a == b} {x if y else z}""#,
            #"(f {(compare a != b)} " " {(compare a == b)} " " {(if y x z)})"#
        ),
        (#"f"{1, 2}""#, #"(f {(tuple 1 2)})"#),
        (#"f"{'nested'} {len(s)}""#, #"(f {"nested"} " " {(call len s)})"#),
        (#"f"tab\t{x}\n""#, #"(f "tab\t" {x} "\n")"#),
        (#"rf"\d{x}""#, #"(f "\\d" {x})"#),
        (#""a" f"{b}" "c""#, #"(f "a" {b} "c")"#),
        (#"f"""{x}""""#, #"(f {x})"#),
    ])
    func fieldsAndSpecsParse(source: String, expected: String) {
        #expect(dumpExpression(source) == expected)
    }

    @Test func fieldExpressionsCarryTheirFileLocation() {
        guard
            case .complete(let module) = parse(
                source: "y = 1\nx = f'ab {value}'\n", fileName: "t.py"),
            case .assignment(_, let value) = module.body[1].kind,
            case .formattedString(let parts) = value.kind,
            case .replacement(let field) = parts.last
        else {
            Issue.record("expected an f-string with a field")
            return
        }
        #expect(field.expression.location == SourceLocation(line: 2, column: 10))
    }

    @Test(arguments: [
        (#"f"{}""#, "f-string: empty expression not allowed"),
        (#"f"{x!z}""#, "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
        (#"f"{x""#, "f-string: expecting '}'"),
        (#"f"a } b""#, "f-string: single '}' is not allowed"),
        (#"f"{x:{y:{z}}}""#, "f-string: expressions nested too deeply"),
        (#"f"{x#}""#, "f-string expression part cannot include '#'"),
        (#"f"{a b}""#, "f-string: invalid syntax. Perhaps you forgot a comma?"),
        (#"f"{x)}""#, "f-string: unmatched ')'"),
    ])
    func malformedFieldsReportCPythonMessages(source: String, message: String) {
        #expect(dumpExpression(source) == "error: " + message)
    }
}
