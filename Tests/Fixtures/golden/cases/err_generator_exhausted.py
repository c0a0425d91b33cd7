# tags: lang errors
def once():
    yield "only"


g = once()
print(next(g))
print(next(g, "fallback"))
next(g)
