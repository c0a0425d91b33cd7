# tags: lang errors
ok = {(1, 2), "x"}
print(len(ok))
bad = {[1, 2]}
