# tags: lang
import random

random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(100), random.randrange(5, 50, 5), random.randrange(10, -10, -4))
print(random.uniform(-1, 1), random.getrandbits(8), random.getrandbits(70))
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(2**64 + 3)
print(random.random())
random.seed(-42)
print(random.random(), random.randint(-10**20, 10**20))
