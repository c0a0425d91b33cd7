l = [1, 2]
l += l
print(l)
