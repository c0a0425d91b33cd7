// Expected text is what CPython 3.11.7 printed to stderr for `python3 x.py` with
// each source saved as x.py (the absolute path shortened to "x.py"). Regenerate
// the same way rather than editing by hand.
@testable import TensorLanguage

extension SyntaxDiagnosticTests {
    static let cpythonCases1: [(source: String, expected: String)] = [
        (
            "if x\n    y = 1\n",
            "  File \"x.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"
        ),
        (
            "x = (1,\ny = 2\n",
            "  File \"x.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
        ),
        (
            "f() = 1\n",
            "  File \"x.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
        ),
        (
            "print(1 2)\n",
            "  File \"x.py\", line 1\n    print(1 2)\n          ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        ),
        (
            "x = 1 2\n",
            "  File \"x.py\", line 1\n    x = 1 2\n          ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = )\n",
            "  File \"x.py\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n"
        ),
        (
            "x = [1, 2)\n",
            "  File \"x.py\", line 1\n    x = [1, 2)\n             ^\nSyntaxError: closing parenthesis ')' does not match opening parenthesis '['\n"
        ),
        (
            "x = [1,\n  2)\n",
            "  File \"x.py\", line 2\n    2)\n     ^\nSyntaxError: closing parenthesis ')' does not match opening parenthesis '[' on line 1\n"
        ),
        (
            "s = \"abc\n",
            "  File \"x.py\", line 1\n    s = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"
        ),
        (
            "s = \"\"\"abc\nx = 1\n",
            "  File \"x.py\", line 1\n    s = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n"
        ),
        (
            "if x:\ny = 1\n",
            "  File \"x.py\", line 2\n    y = 1\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"
        ),
        (
            "x = 1\n  y = 2\n",
            "  File \"x.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"
        ),
        (
            "if x:\n        a = 1\n    b = 2\n",
            "  File \"x.py\", line 3\n    b = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n"
        ),
        (
            "x = 1 +\n",
            "  File \"x.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = 1 + \\\n",
            "  File \"x.py\", line 1\n    x = 1 + \\\n             ^\nSyntaxError: unexpected EOF while parsing\n"
        ),
        (
            "def f(:\n    pass\n",
            "  File \"x.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "for x in range(3)\n    pass\n",
            "  File \"x.py\", line 1\n    for x in range(3)\n                     ^\nSyntaxError: expected ':'\n"
        ),
        (
            "x = $\n",
            "  File \"x.py\", line 1\n    x = $\n        ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = 5 €\n",
            "  File \"x.py\", line 1\n    x = 5 €\n          ^\nSyntaxError: invalid character '€' (U+20AC)\n"
        ),
        (
            "012\n",
            "  File \"x.py\", line 1\n    012\n    ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"
        ),
        (
            "1abc\n",
            "  File \"x.py\", line 1\n    1abc\n    ^\nSyntaxError: invalid decimal literal\n"
        ),
        (
            "a = 1 if b\n",
            "  File \"x.py\", line 1\n    a = 1 if b\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n"
        ),
        (
            "f(a for a in b, c)\n",
            "  File \"x.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"
        ),
        (
            "x = (1, 2\ny = 3\nz = )\n",
            "  File \"x.py\", line 1\n    x = (1, 2\n            ^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        ),
        (
            "f(\n) = 1\n",
            "  File \"x.py\", line 1\n    f(\n    ^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
        ),
        (
            "x = (1 +\n     2) = 3\n",
            "  File \"x.py\", line 1\n    x = (1 +\n         ^^^\nSyntaxError: cannot assign to expression\n"
        ),
        (
            "\tx = 1\n",
            "  File \"x.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n"
        ),
        (
            "if x:\n    pass\n  else:\n    pass\n",
            "  File \"x.py\", line 3\n    else:\n         ^\nIndentationError: unindent does not match any outer indentation level\n"
        ),
        (
            "if x:\n\tx = 1\n        y = 2\n",
            "  File \"x.py\", line 3\n    y = 2\nTabError: inconsistent use of tabs and spaces in indentation\n"
        ),
        (
            "x = [\n",
            "  File \"x.py\", line 1\n    x = [\n        ^\nSyntaxError: '[' was never closed\n"
        ),
        (
            "if x:\n",
            "  File \"x.py\", line 1\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 1\n"
        ),
        (
            "x = 5 ! 3\n",
            "  File \"x.py\", line 1\n    x = 5 ! 3\n          ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "def f(x):\n    return x\n  y = 1\n",
            "  File \"x.py\", line 3\n    y = 1\n         ^\nIndentationError: unindent does not match any outer indentation level\n"
        ),
        (
            "x = 1 # comment \nif x  # comment\n    pass\n",
            "  File \"x.py\", line 2\n    if x  # comment\n          ^^^^^^^^^\nSyntaxError: expected ':'\n"
        ),
        (
            "x = \"\"\"abc\ndef\n",
            "  File \"x.py\", line 1\n    x = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n"
        ),
    ]
}
