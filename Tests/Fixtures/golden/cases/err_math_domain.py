# tags: lang errors
import math

print(math.asin(1.0))
math.acos(2)
