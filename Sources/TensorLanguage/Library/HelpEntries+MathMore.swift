/// Help for the rest of the `math` module.
extension HelpEntries {
    static let mathMore: [String: String] = {
        let entries: [(String, String, String)] = [
            ("asin", "x", "The arc sine of x, in radians (ValueError outside [-1, 1])."),
            ("acos", "x", "The arc cosine of x, in radians (ValueError outside [-1, 1])."),
            ("atan2", "y, x", "The arc tangent of y / x, in radians, in the quadrant of the point (x, y)."),
            ("sinh", "x", "The hyperbolic sine of x."),
            ("cosh", "x", "The hyperbolic cosine of x."),
            ("asinh", "x", "The inverse hyperbolic sine of x."),
            ("acosh", "x", "The inverse hyperbolic cosine of x (x >= 1)."),
            ("atanh", "x", "The inverse hyperbolic tangent of x (-1 < x < 1)."),
            ("expm1", "x", "exp(x) - 1, accurate for small x."),
            ("log1p", "x", "log(1 + x), accurate for small x."),
            ("cbrt", "x", "The cube root of x."),
            ("exp2", "x", "2 ** x."),
            ("erf", "x", "The error function at x."),
            ("erfc", "x", "1 - erf(x), accurate for large x."),
            ("gamma", "x", "The Gamma function at x, computed as CPython does (Lanczos' approximation)."),
            ("lgamma", "x", "The natural logarithm of abs(Gamma(x))."),
            ("degrees", "x", "x radians in degrees."),
            ("radians", "x", "x degrees in radians."),
            ("copysign", "x, y", "x with the sign of y, as a float."),
            ("fmod", "x, y", "The C fmod of x and y: the remainder with the sign of x."),
            ("remainder", "x, y", "The IEEE 754 remainder of x with respect to y."),
            ("nextafter", "x, y", "The next float after x towards y."),
            ("hypot", "*coordinates", "The Euclidean norm, sqrt(sum(x ** 2 for x in coordinates))."),
            ("dist", "p, q", "The Euclidean distance between points p and q."),
            ("fsum", "iterable", "An exactly rounded floating-point sum (Shewchuk's algorithm, as CPython)."),
            ("prod", "iterable, *, start=1", "The product of start and the items of iterable."),
            ("factorial", "n", "n! for an int n >= 0."),
            ("comb", "n, k", "The number of ways to choose k items from n without order."),
            ("perm", "n, k=None", "The number of ways to choose k items from n in order."),
            ("gcd", "*integers", "The greatest common divisor of the ints."),
            ("lcm", "*integers", "The least common multiple of the ints."),
            ("isqrt", "n", "The integer square root of n >= 0: the largest int whose square is at most n."),
            ("trunc", "x", "x truncated toward zero, as an int."),
            ("isfinite", "x", "True if x is neither infinite nor nan."),
            ("modf", "x", "The fractional and integer parts of x, both floats with the sign of x."),
            ("frexp", "x", "The mantissa and exponent of x: (m, e) with x == m * 2 ** e and 0.5 <= abs(m) < 1."),
            ("ldexp", "x, i", "x * 2 ** i."),
        ]
        var table: [String: String] = [:]
        for (name, parameters, what) in entries {
            table["math." + name] = "math.\(name)(\(parameters))\n\n\(what)"
        }
        return table
    }()
}
