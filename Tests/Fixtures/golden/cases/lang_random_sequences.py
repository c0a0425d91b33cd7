# tags: lang
import random

random.seed(7)
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.choice(["rock", "paper", "scissors"]), random.choice("abc"), random.choice(range(100)))
print(random.sample(range(50), 6), random.sample("wickpython", 3))
print(random.sample(list(range(1000)), 8))
print(random.choices("xyz", k=6), random.choices([1, 2, 3], weights=[5, 1, 1], k=8))
print(random.choices(["a", "b"], cum_weights=[1, 10], k=5))
print(random.gauss(0, 1), random.gauss(10, 2), random.gauss(0, 1))
print(random.normalvariate(0, 1), random.expovariate(1.5))
