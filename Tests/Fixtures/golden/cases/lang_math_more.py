# tags: lang
import math
from math import factorial, comb, gcd

print(factorial(0), factorial(10), factorial(25), comb(52, 5), comb(5, 7), math.perm(6, 3), math.perm(4))
print(gcd(48, 180), gcd(0, 7), gcd(-12, 18), math.gcd(), math.lcm(4, 6, 10), math.isqrt(99), math.isqrt(10**30))
print(math.atan2(1, -1), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.prod([2, 3, 4]), math.prod([], start=5))
print(math.erf(1.0), math.erfc(1.0), math.gamma(5.5), math.lgamma(10.5), math.gamma(0.5) ** 2)
print(math.asin(1), math.acos(0.5), math.sinh(1), math.cosh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi / 3), math.radians(180), math.copysign(2, -0.0), math.fmod(-7, 3), math.remainder(7, 4))
print(math.trunc(-3.9), math.trunc(2.5), math.modf(-2.25), math.frexp(12.0), math.ldexp(0.75, 4), math.isfinite(math.inf))
print(math.expm1(1e-8), math.log1p(1e-8), math.cbrt(8), math.exp2(10), math.nextafter(1.0, 2.0) - 1.0)
