# tags: lang
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.index("fox"), s.rindex("o"))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 20, 30))
print(s.startswith("the"), s.endswith("dog"), s.title(), "hello world".capitalize(), "Hello".swapcase())
print(repr("ab".ljust(5)), repr("ab".rjust(5, "*")), repr("ab".center(7, "-")), repr("abc".center(6)), "7".zfill(3), "-7".zfill(4))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition(":"))
print("a\nb\r\nc\rd".splitlines(), "x\n\ny\n".splitlines(), "one\ntwo\n".splitlines(True))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "".isdigit())
print("ABC".isupper(), "aBc".islower(), "abc".islower(), "name_1".isidentifier(), "1name".isidentifier())
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"))
print("-".join(["a", "b"]), "a,b,,c".split(","), "  many   spaces ".split(), "MiXeD".lower(), "MiXeD".upper())
print("hello".replace("l", "L"), "%".join("ab"), "tEsT cAsE".title())
