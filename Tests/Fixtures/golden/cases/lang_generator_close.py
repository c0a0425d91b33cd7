# tags: lang
def resource(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("close", name)


r = resource("a")
print(next(r))
r.close()
print("after close")
r.close()
print(list(r))

r = resource("b")
for v in r:
    print("got", v)
print("loop done")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        return


s = stubborn()
next(s)
s.close()


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)


c = catcher()
print(next(c))
print(c.throw(ValueError("bad value")))
print(c.throw(ValueError, "another"))
c.close()
print("closed")
