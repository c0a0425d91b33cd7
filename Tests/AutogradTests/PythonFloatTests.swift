import Testing

@testable import Autograd

/// CPython's `repr(float)`: shortest round-trip digits, laid out as Python does.
@Suite struct PythonFloatTests {
    /// Value and the text CPython 3.11 prints for it (generated with CPython).
    static let table: [(Double, String)] = [
        (0.1, "0.1"),
        (Double(Float(0.1)), "0.10000000149011612"),
        (1e-05, "1e-05"),
        (1e16, "1e+16"),
        (9999999999999999.0, "1e+16"),
        (123456789012345678.0, "1.2345678901234568e+17"),
        (0.0001, "0.0001"),
        (1e-4 * 0.99, "9.900000000000001e-05"),
        (Double.leastNonzeroMagnitude, "5e-324"),
        (-0.0, "-0.0"),
        (0.0, "0.0"),
        (2.5, "2.5"),
        (1e22, "1e+22"),
        (0.1 + 0.2, "0.30000000000000004"),
        (100.0, "100.0"),
        (1234567890123456.0, "1234567890123456.0"),
        (1.5e-7, "1.5e-07"),
        (1.0, "1.0"),
        (-1.0, "-1.0"),
        (6.5, "6.5"),
        (Double(Float(1.0) / 3), "0.3333333432674408"),
        (Double(Float(1e20)), "1.0000000200408773e+20"),
        (1e15, "1000000000000000.0"),
        (123456789012345.6, "123456789012345.6"),
        (0.00012345, "0.00012345"),
        (0.000012345, "1.2345e-05"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (-1.5e-7, "-1.5e-07"),
        (3.0, "3.0"),
        (1e100, "1e+100"),
        (12345.678, "12345.678"),
        (-123.456, "-123.456"),
        (Double(Float(3.14159)), "3.141590118408203"),
        (1.0 / 3, "0.3333333333333333"),
        (2.0 / 3, "0.6666666666666666"),
        (Double.leastNonzeroMagnitude * 2, "1e-323"),
        (0.5, "0.5"),
        (4.35, "4.35"),
        (1e23, "1e+23"),
    ]

    @Test(arguments: table)
    func reprMatchesCPython(value: Double, expected: String) {
        #expect(PythonFloat.repr(value) == expected)
    }

    @Test func nonFiniteValuesUsePythonNames() {
        #expect(PythonFloat.repr(.nan) == "nan")
        #expect(PythonFloat.repr(-.nan) == "nan")
        #expect(PythonFloat.repr(.infinity) == "inf")
        #expect(PythonFloat.repr(-.infinity) == "-inf")
    }

    @Test func scientificThresholdIsExponentSixteenAndMinusFive() {
        #expect(PythonFloat.repr(1e15) == "1000000000000000.0")
        #expect(PythonFloat.repr(1e16) == "1e+16")
        #expect(PythonFloat.repr(0.0001) == "0.0001")
        #expect(PythonFloat.repr(0.00001) == "1e-05")
    }

    @Test func strEqualsRepr() {
        for (value, expected) in Self.table {
            #expect(PythonFloat.str(value) == expected)
        }
    }

    @Test func everyPowerOfTenRoundTrips() {
        for exponent in -320...308 {
            let text = PythonFloat.repr(pow10(exponent))
            #expect(Double(text) == pow10(exponent), "10^\(exponent) printed as \(text)")
        }
    }

    /// 10^exponent parsed from a literal, so the test does not depend on pow's rounding.
    private func pow10(_ exponent: Int) -> Double {
        Double("1e\(exponent)") ?? .nan
    }
}
