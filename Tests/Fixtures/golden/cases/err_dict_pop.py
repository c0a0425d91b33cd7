# tags: lang errors
d = {"present": 1}
print(d.pop("present"))
d.pop("missing")
