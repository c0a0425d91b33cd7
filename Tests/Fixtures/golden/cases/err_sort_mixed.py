# tags: lang errors
print(sorted([3, 1.5, 2]))
sorted([1, "a", 2])
