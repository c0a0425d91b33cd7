# tags: lang
name = "model.py"
print(name.endswith((".py", ".txt")), name.startswith("mod"), name.startswith("del", 2), name.endswith("model", 0, 5), "".startswith(""), "ab".endswith(("x",)), "abc".startswith("abcd"))
try:
    name.startswith(1)
except TypeError as e:
    print(repr(e))
