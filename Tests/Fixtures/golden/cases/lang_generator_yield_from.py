# tags: lang
def inner(tag):
    got = yield tag + "-1"
    print("inner got", got)
    yield tag + "-2"
    return tag.upper()


def outer():
    result = yield from inner("a")
    print("inner returned", result)
    yield from [10, 20]
    yield from range(2)
    result = yield from inner("b")
    return result


g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", (1, 2), range(3))))
