# tags: lang errors
import random

random.seed(1)
print(random.randrange(1, 3))
random.randrange(5, 5)
