// Expected text is what CPython 3.11.7 printed to stderr for `python3 x.py` with
// each source saved as x.py (the absolute path shortened to "x.py"). Regenerate
// the same way rather than editing by hand.
@testable import TensorLanguage

extension SyntaxDiagnosticTests {
    static let cpythonCases3: [(source: String, expected: String)] = [
        (
            "if x:\n\n",
            "  File \"x.py\", line 2\n    \nIndentationError: expected an indented block after 'if' statement on line 1\n"
        ),
        (
            "if x:\n    pass\nelse\n    pass\n",
            "  File \"x.py\", line 3\n    else\n        ^\nSyntaxError: expected ':'\n"
        ),
        (
            "if x y:\n    pass\n",
            "  File \"x.py\", line 1\n    if x y:\n         ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "while x\n    pass\n",
            "  File \"x.py\", line 1\n    while x\n           ^\nSyntaxError: expected ':'\n"
        ),
        (
            "for x in y z:\n    pass\n",
            "  File \"x.py\", line 1\n    for x in y z:\n               ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "def f()\n    pass\n",
            "  File \"x.py\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n"
        ),
        (
            "def f() x:\n    pass\n",
            "  File \"x.py\", line 1\n    def f() x:\n            ^\nSyntaxError: expected ':'\n"
        ),
        (
            "def f:\n    pass\n",
            "  File \"x.py\", line 1\n    def f:\n         ^\nSyntaxError: expected '('\n"
        ),
        (
            "class A\n    pass\n",
            "  File \"x.py\", line 1\n    class A\n           ^\nSyntaxError: expected ':'\n"
        ),
        (
            "class A(B) x:\n    pass\n",
            "  File \"x.py\", line 1\n    class A(B) x:\n               ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "try\n    pass\n",
            "  File \"x.py\", line 1\n    try\n       ^\nSyntaxError: expected ':'\n"
        ),
        (
            "try:\n    pass\nx = 1\n",
            "  File \"x.py\", line 3\n    x = 1\n    ^\nSyntaxError: expected 'except' or 'finally' block\n"
        ),
        (
            "try:\n    pass\n",
            "  File \"x.py\", line 2\n    pass\nSyntaxError: expected 'except' or 'finally' block\n"
        ),
        (
            "try:\n    pass\nexcept ValueError\n    pass\n",
            "  File \"x.py\", line 3\n    except ValueError\n                     ^\nSyntaxError: expected ':'\n"
        ),
        (
            "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
            "  File \"x.py\", line 3\n    except ValueError, TypeError:\n           ^^^^^^^^^^^^^^^^^^^^^\nSyntaxError: multiple exception types must be parenthesized\n"
        ),
        (
            "try:\n    x = 1\nfinally\n    pass\n",
            "  File \"x.py\", line 3\n    finally\n           ^\nSyntaxError: expected ':'\n"
        ),
        (
            "with open(x) as f\n    pass\n",
            "  File \"x.py\", line 1\n    with open(x) as f\n                     ^\nSyntaxError: expected ':'\n"
        ),
        (
            "if x:\n    pass\nelif y\n    pass\n",
            "  File \"x.py\", line 3\n    elif y\n          ^\nSyntaxError: expected ':'\n"
        ),
        (
            "def f():\n    x = 1\n   y = 2\n",
            "  File \"x.py\", line 3\n    y = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n"
        ),
        (
            "def f():\nreturn 1\n",
            "  File \"x.py\", line 2\n    return 1\n    ^\nIndentationError: expected an indented block after function definition on line 1\n"
        ),
        (
            "for i in range(3):\npass\n",
            "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'for' statement on line 1\n"
        ),
        (
            "while True:\n# comment\nx = 1\n",
            "  File \"x.py\", line 3\n    x = 1\n    ^\nIndentationError: expected an indented block after 'while' statement on line 1\n"
        ),
        (
            "class A:\npass\n",
            "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after class definition on line 1\n"
        ),
        (
            "try:\nx = 1\n",
            "  File \"x.py\", line 2\n    x = 1\n    ^\nIndentationError: expected an indented block after 'try' statement on line 1\n"
        ),
        (
            "with a:\nx = 1\n",
            "  File \"x.py\", line 2\n    x = 1\n    ^\nIndentationError: expected an indented block after 'with' statement on line 1\n"
        ),
        (
            "def f():\n    pass\n        x = 1\n",
            "  File \"x.py\", line 3\n    x = 1\nIndentationError: unexpected indent\n"
        ),
        (
            "x = [1, 2,\n     3\ny = 4\n",
            "  File \"x.py\", line 1\n    x = [1, 2,\n        ^\nSyntaxError: '[' was never closed\n"
        ),
        (
            "foo(x,\n    y\nz = 1\n",
            "  File \"x.py\", line 1\n    foo(x,\n       ^\nSyntaxError: '(' was never closed\n"
        ),
        (
            "x = {'a': 1\n",
            "  File \"x.py\", line 1\n    x = {'a': 1\n        ^\nSyntaxError: '{' was never closed\n"
        ),
        (
            "x = 1\n)\n",
            "  File \"x.py\", line 2\n    )\n    ^\nSyntaxError: unmatched ')'\n"
        ),
        (
            "else:\n    pass\n",
            "  File \"x.py\", line 1\n    else:\n    ^^^^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = 1 +\ny = 2\n",
            "  File \"x.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "import\n",
            "  File \"x.py\", line 1\n    import\n          ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "from x import\n",
            "  File \"x.py\", line 1\n    from x import\n                 ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "from x import a,\n",
            "  File \"x.py\", line 1\n    from x import a,\n                    ^\nSyntaxError: trailing comma not allowed without surrounding parentheses\n"
        ),
        (
            "import a.b as\n",
            "  File \"x.py\", line 1\n    import a.b as\n                 ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "lambda x: \n",
            "  File \"x.py\", line 1\n    lambda x: \n              ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = lambda: \n",
            "  File \"x.py\", line 1\n    x = lambda: \n                ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = *a\n",
            "  File \"x.py\", line 1\n    x = *a\n        ^^\nSyntaxError: can't use starred expression here\n"
        ),
        (
            "*a = 1\n",
            "  File \"x.py\", line 1\n    *a = 1\n    ^^\nSyntaxError: starred assignment target must be in a list or tuple\n"
        ),
        (
            "global\n",
            "  File \"x.py\", line 1\n    global\n          ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "assert\n",
            "  File \"x.py\", line 1\n    assert\n          ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "raise from x\n",
            "  File \"x.py\", line 1\n    raise from x\n          ^^^^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x += \n",
            "  File \"x.py\", line 1\n    x += \n         ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = [i for i in]\n",
            "  File \"x.py\", line 1\n    x = [i for i in]\n                   ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = [for i in y]\n",
            "  File \"x.py\", line 1\n    x = [for i in y]\n         ^^^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = a[]\n",
            "  File \"x.py\", line 1\n    x = a[]\n          ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "def f(*): pass\n",
            "  File \"x.py\", line 1\n    def f(*): pass\n          ^\nSyntaxError: named arguments must follow bare *\n"
        ),
        (
            "def f(**kw, a): pass\n",
            "  File \"x.py\", line 1\n    def f(**kw, a): pass\n                ^\nSyntaxError: arguments cannot follow var-keyword argument\n"
        ),
        (
            "x = not\n",
            "  File \"x.py\", line 1\n    x = not\n           ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = a if b else\n",
            "  File \"x.py\", line 1\n    x = a if b else\n                   ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x.y = 1 = 2\n",
            "  File \"x.py\", line 1\n    x.y = 1 = 2\n          ^\nSyntaxError: cannot assign to literal\n"
        ),
        (
            "f(x) = 3\n",
            "  File \"x.py\", line 1\n    f(x) = 3\n    ^^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
        ),
        (
            "a.b() = 3\n",
            "  File \"x.py\", line 1\n    a.b() = 3\n    ^^^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
        ),
        (
            "a + b = c\n",
            "  File \"x.py\", line 1\n    a + b = c\n    ^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"
        ),
        (
            "[a, b] += 1\n",
            "  File \"x.py\", line 1\n    [a, b] += 1\n    ^^^^^^\nSyntaxError: 'list' is an illegal expression for augmented assignment\n"
        ),
        (
            "x = f(x for x in y, )\n",
            "  File \"x.py\", line 1\n    x = f(x for x in y, )\n          ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"
        ),
        (
            "x = 1;; y = 2\n",
            "  File \"x.py\", line 1\n    x = 1;; y = 2\n          ^\nSyntaxError: invalid syntax\n"
        ),
        (
            "if x: if y: pass\n",
            "  File \"x.py\", line 1\n    if x: if y: pass\n          ^^\nSyntaxError: invalid syntax\n"
        ),
        (
            "x = True = 1\n",
            "  File \"x.py\", line 1\n    x = True = 1\n        ^^^^\nSyntaxError: cannot assign to True\n"
        ),
        (
            "f(a, b for b in c)\n",
            "  File \"x.py\", line 1\n    f(a, b for b in c)\n         ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"
        ),
    ]
}
