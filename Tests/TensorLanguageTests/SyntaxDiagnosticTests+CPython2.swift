// Expected text is what CPython 3.11.7 printed to stderr for `python3 x.py` with
// each source saved as x.py (the absolute path shortened to "x.py"). Regenerate
// the same way rather than editing by hand.
@testable import TensorLanguage

extension SyntaxDiagnosticTests {
    static let cpythonCases2: [(source: String, expected: String)] = [
        (
            "x = f\"{a b}\"\n",
            "  File \"x.py\", line 1\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?\n"
        ),
        (
            "x = 1\ny = f\"ab {1 +} cd\"\n",
            "  File \"x.py\", line 2\n    (1 +)\n        ^\nSyntaxError: f-string: invalid syntax\n"
        ),
        (
            "x = f\"{}\"\n",
            "  File \"x.py\", line 1\n    x = f\"{}\"\n             ^\nSyntaxError: f-string: empty expression not allowed\n"
        ),
        (
            "x = f\"{x!}\"\n",
            "  File \"x.py\", line 1\n    x = f\"{x!}\"\n               ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"
        ),
        (
            "x = f\"{x!z}\"\n",
            "  File \"x.py\", line 1\n    x = f\"{x!z}\"\n                ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"
        ),
        (
            "x = f\"{x\"\n",
            "  File \"x.py\", line 1\n    x = f\"{x\"\n             ^\nSyntaxError: f-string: expecting '}'\n"
        ),
        (
            "x = f\"{x:{y:{z}}}\"\n",
            "  File \"x.py\", line 1\n    x = f\"{x:{y:{z}}}\"\n                      ^\nSyntaxError: f-string: expressions nested too deeply\n"
        ),
        (
            "x = f\"a } b\"\n",
            "  File \"x.py\", line 1\n    x = f\"a } b\"\n                ^\nSyntaxError: f-string: single '}' is not allowed\n"
        ),
        (
            "x = f\"{x#}\"\n",
            "  File \"x.py\", line 1\n    x = f\"{x#}\"\n               ^\nSyntaxError: f-string expression part cannot include '#'\n"
        ),
        (
            "x = f\"{x)}\"\n",
            "  File \"x.py\", line 1\n    x = f\"{x)}\"\n               ^\nSyntaxError: f-string: unmatched ')'\n"
        ),
        (
            "x = f\"{(x}\"\n",
            "  File \"x.py\", line 1\n    x = f\"{(x}\"\n               ^\nSyntaxError: f-string: closing parenthesis '}' does not match opening parenthesis '('\n"
        ),
        (
            "x = f\"{ }\"\n",
            "  File \"x.py\", line 1\n    x = f\"{ }\"\n              ^\nSyntaxError: f-string: empty expression not allowed\n"
        ),
        (
            "x = f\"\"\"\n{a b}\"\"\"\n",
            "  File \"x.py\", line 2\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?\n"
        ),
        (
            "x = f\"{a[}\"\n",
            "  File \"x.py\", line 1\n    x = f\"{a[}\"\n               ^\nSyntaxError: f-string: closing parenthesis '}' does not match opening parenthesis '['\n"
        ),
        (
            "x = f\"{lambda x: 1}\"\n",
            "  File \"x.py\", line 1\n    (lambda x)\n             ^\nSyntaxError: f-string: invalid syntax\n"
        ),
        (
            "f(x=1, x=2)\n",
            "  File \"x.py\", line 1\n    f(x=1, x=2)\n           ^^^\nSyntaxError: keyword argument repeated: x\n"
        ),
        (
            "f(a=1, b)\n",
            "  File \"x.py\", line 1\n    f(a=1, b)\n            ^\nSyntaxError: positional argument follows keyword argument\n"
        ),
        (
            "f(**k, *a)\n",
            "  File \"x.py\", line 1\n    f(**k, *a)\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n"
        ),
        (
            "f(**k, a)\n",
            "  File \"x.py\", line 1\n    f(**k, a)\n            ^\nSyntaxError: positional argument follows keyword argument unpacking\n"
        ),
        (
            "f(a.b=1)\n",
            "  File \"x.py\", line 1\n    f(a.b=1)\n      ^^^^\nSyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?\n"
        ),
        (
            "f(True=1)\n",
            "  File \"x.py\", line 1\n    f(True=1)\n      ^^^^^\nSyntaxError: cannot assign to True\n"
        ),
        (
            "def f(a=1, b):\n    pass\n",
            "  File \"x.py\", line 1\n    def f(a=1, b):\n               ^\nSyntaxError: non-default argument follows default argument\n"
        ),
        (
            "return 1\n",
            "  File \"x.py\", line 1\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"
        ),
        (
            "for x in y:\n    pass\nbreak\n",
            "  File \"x.py\", line 3\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"
        ),
        (
            "def f(a, a):\n    pass\n",
            "  File \"x.py\", line 1\n    def f(a, a):\n             ^\nSyntaxError: duplicate argument 'a' in function definition\n"
        ),
        (
            "if x = 1:\n    pass\n",
            "  File \"x.py\", line 1\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"
        ),
        (
            "if f() = 1:\n    pass\n",
            "  File \"x.py\", line 1\n    if f() = 1:\n       ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
        ),
        (
            "a, f() = 1, 2\n",
            "  File \"x.py\", line 1\n    a, f() = 1, 2\n       ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
        ),
        (
            "x = f() = 1\n",
            "  File \"x.py\", line 1\n    x = f() = 1\n        ^^^\nSyntaxError: cannot assign to function call\n"
        ),
        (
            "None = 1\n",
            "  File \"x.py\", line 1\n    None = 1\n    ^^^^\nSyntaxError: cannot assign to None\n"
        ),
        (
            "[1] = x\n",
            "  File \"x.py\", line 1\n    [1] = x\n     ^\nSyntaxError: cannot assign to literal\n"
        ),
        (
            "1 = x\n",
            "  File \"x.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"
        ),
        (
            "f() += 1\n",
            "  File \"x.py\", line 1\n    f() += 1\n    ^^^\nSyntaxError: 'function call' is an illegal expression for augmented assignment\n"
        ),
        (
            "a, b += 1\n",
            "  File \"x.py\", line 1\n    a, b += 1\n    ^^^^\nSyntaxError: 'tuple' is an illegal expression for augmented assignment\n"
        ),
        (
            "del f()\n",
            "  File \"x.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n"
        ),
        (
            "for f() in x: pass\n",
            "  File \"x.py\", line 1\n    for f() in x: pass\n        ^^^\nSyntaxError: cannot assign to function call\n"
        ),
        (
            "(a not b)\n",
            "  File \"x.py\", line 1\n    (a not b)\n     ^^^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        ),
        (
            "x = [1, 2 3]\n",
            "  File \"x.py\", line 1\n    x = [1, 2 3]\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        ),
        (
            "x = {1: 2 3: 4}\n",
            "  File \"x.py\", line 1\n    x = {1: 2 3: 4}\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        ),
        (
            "foo(a, b c)\n",
            "  File \"x.py\", line 1\n    foo(a, b c)\n           ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        ),
        (
            "x = 123abc\n",
            "  File \"x.py\", line 1\n    x = 123abc\n          ^\nSyntaxError: invalid decimal literal\n"
        ),
        (
            "x = 0x\n",
            "  File \"x.py\", line 1\n    x = 0x\n         ^\nSyntaxError: invalid hexadecimal literal\n"
        ),
        (
            "x = 0x1g\n",
            "  File \"x.py\", line 1\n    x = 0x1g\n          ^\nSyntaxError: invalid hexadecimal literal\n"
        ),
        (
            "x = 0o8\n",
            "  File \"x.py\", line 1\n    x = 0o8\n          ^\nSyntaxError: invalid digit '8' in octal literal\n"
        ),
        (
            "x = 0b12\n",
            "  File \"x.py\", line 1\n    x = 0b12\n           ^\nSyntaxError: invalid digit '2' in binary literal\n"
        ),
        (
            "x = 1_\n",
            "  File \"x.py\", line 1\n    x = 1_\n         ^\nSyntaxError: invalid decimal literal\n"
        ),
        (
            "x = 1__0\n",
            "  File \"x.py\", line 1\n    x = 1__0\n         ^\nSyntaxError: invalid decimal literal\n"
        ),
        (
            "x = 1e\n",
            "  File \"x.py\", line 1\n    x = 1e\n        ^\nSyntaxError: invalid decimal literal\n"
        ),
        (
            "x = 1e+\n",
            "  File \"x.py\", line 1\n    x = 1e+\n          ^\nSyntaxError: invalid decimal literal\n"
        ),
        (
            "x = 5 ? 3\n",
            "  File \"x.py\", line 1\n    x = 5 ? 3\n          ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = `a`\n",
            "  File \"x.py\", line 1\n    x = `a`\n        ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = 1.2.3\n",
            "  File \"x.py\", line 1\n    x = 1.2.3\n           ^^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = \"\\xZZ\"\n",
            "  File \"x.py\", line 1\n    x = \"\\xZZ\"\n              ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape\n"
        ),
        (
            "x = 1.__add__\n",
            "  File \"x.py\", line 1\n    x = 1.__add__\n         ^\nSyntaxError: invalid decimal literal\n"
        ),
    ]
}
