# tags: lang errors
a, *b = [1]
print(a, b)
x, y, *z = [1]
