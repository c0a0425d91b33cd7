# tags: language
l = list(range(10))
del l[1:3]
print(l)
del l[::2]
print(l)
del l[::-3]
print(l)
del l[5:1]
print(l)
del l[-2:]
print(l)
del l[:]
print(l)
m = [1, 2, 3]
del m[::2**62]
print(m)
del m[2**64:]
print(m)
try:
    del m[::0]
except ValueError as e:
    print(type(e).__name__, e)
