# tags: lang
from collections import defaultdict, Counter

text = "the cat and the hat and the bat"
words = text.split()
counts = Counter(words)
print(counts)
print(counts["the"], counts["dog"], counts.most_common(2), counts.total())
letters = Counter(c for c in text if c != " ")
print(letters.most_common(3), sorted(letters.elements())[:6])
counts.update(["cat", "cat", "dog"])
counts.subtract({"the": 2})
print(counts)
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=4), Counter(a=3, b=1) & Counter(a=1, b=4))
by_length = defaultdict(list)
for w in words:
    by_length[len(w)].append(w)
print(by_length)
print(dict(by_length), by_length[10], len(by_length))
totals = defaultdict(int)
for w in words:
    totals[w[0]] += len(w)
print(totals, isinstance(totals, dict), type(totals), type(counts))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
