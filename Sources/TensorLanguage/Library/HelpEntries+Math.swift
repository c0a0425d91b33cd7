/// Help for the `math` module.
extension HelpEntries {
    static let math: [String: String] = {
        let unary: [(String, String)] = [
            ("sqrt", "The square root of x (ValueError below 0)."),
            ("exp", "e ** x."),
            ("log10", "The base-10 logarithm of x (x > 0)."),
            ("log2", "The base-2 logarithm of x (x > 0)."),
            ("sin", "The sine of x (radians)."),
            ("cos", "The cosine of x (radians)."),
            ("tan", "The tangent of x (radians)."),
            ("atan", "The arc tangent of x, in radians."),
            ("tanh", "The hyperbolic tangent of x."),
            ("fabs", "The absolute value of x as a float."),
        ]
        var table: [String: String] = [:]
        for (name, what) in unary {
            table["math." + name] = "math.\(name)(x) -> float\n\n\(what) Works on Python numbers, not tensors."
        }
        table["math.log"] = """
            math.log(x, base=e) -> float

            The natural logarithm of x, or the logarithm to base if given (x > 0).
            """
        table["math.floor"] = """
            math.floor(x) -> int

            The largest int not greater than x.
            """
        table["math.ceil"] = """
            math.ceil(x) -> int

            The smallest int not less than x.
            """
        table["math.isnan"] = """
            math.isnan(x) -> bool

            True if x is nan (not a number).
            """
        table["math.isinf"] = """
            math.isinf(x) -> bool

            True if x is positive or negative infinity.
            """
        table["math.pow"] = """
            math.pow(x, y) -> float

            x raised to the power y, as a float.
            """
        table["math.isclose"] = """
            math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0) -> bool

            True if a and b are equal within a relative or absolute tolerance.
            """
        return table
    }()
}
