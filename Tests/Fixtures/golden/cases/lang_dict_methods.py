# tags: lang
d = {"a": 1, "b": 2}
d.update({"c": 3}, d=4)
d.update([("e", 5)])
print(d)
print(d.keys(), d.values(), d.items())
print(list(d.keys()), "a" in d.keys(), ("a", 1) in d.items(), 5 in d.values(), len(d.values()))
print(d.pop("a"), d.pop("zz", "missing"), d.setdefault("b", 100), d.setdefault("f", 6), d)
print(d.get("b"), d.get("q"), d.get("q", 0), d.popitem(), d)
e = d.copy()
e["new"] = True
print(d == e, len(d), len(e))
keys = d.keys()
d["late"] = 9
print(keys)
print({"x": 1} | {"y": 2, "x": 3})
merged = {"x": 1}
merged |= {"z": 26}
merged |= [("w", 0)]
print(merged)
for k, v in sorted(merged.items()):
    print(k, v)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
d.clear()
print(d)
