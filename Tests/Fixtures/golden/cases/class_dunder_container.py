# tags: lang classes
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, card):
        return card in self.cards
    def __bool__(self):
        return len(self.cards) > 0

d = Deck("ABCDE")
print(len(d), d[0], d[-1], d[1:3], "C" in d, "Z" in d, bool(d))
d[0] = "a"
del d[1]
print(d.cards, list(d), [c for c in d], sorted(d, reverse=True))
print(bool(Deck([])), not Deck([]))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), [x * 2 for x in Countdown(4)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
for x in Countdown(2):
    print("tick", x)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())
