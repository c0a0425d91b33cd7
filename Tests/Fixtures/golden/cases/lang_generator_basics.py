# tags: lang
def countdown(n):
    print("starting at", n)
    while n > 0:
        received = yield n
        if received is not None:
            print("received", received)
            n = received
        else:
            n -= 1
    return "liftoff"


g = countdown(3)
print(next(g))
print(next(g))
print(g.send(5))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.args)

g = countdown(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value if hasattr(e, "value") else e.args[0])


def squares(limit):
    for i in range(limit):
        yield i * i


print(sum(squares(10)), max(squares(5)), list(squares(0)))
print(next(squares(3)), next(iter(squares(3))))
total = 0
for s in squares(4):
    total += s
print(total)
print(repr(list(zip(squares(3), "abc"))))
