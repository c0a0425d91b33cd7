# tags: lang errors
print(min([3, 1]), max([], default=0))
min([])
