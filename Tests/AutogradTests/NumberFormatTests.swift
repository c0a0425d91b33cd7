import Testing

@testable import Autograd

/// printf-style primitives: correct rounding and Python's spelling of non-finite values.
@Suite struct NumberFormatTests {
    @Test func fixedRoundsTheExactBinaryValueTiesToEven() {
        #expect(NumberFormat.fixed(Double(Float(1.03125)), digits: 4) == "1.0312")
        #expect(NumberFormat.fixed(Double(Float(0.00015)), digits: 4) == "0.0002")
        #expect(NumberFormat.fixed(0.00015, digits: 4) == "0.0001")
        #expect(NumberFormat.fixed(Double(Float(1.00005)), digits: 4) == "1.0000")
        #expect(NumberFormat.fixed(1.00005, digits: 4) == "1.0001")
        #expect(NumberFormat.fixed(2.5, digits: 0) == "2")
        #expect(NumberFormat.fixed(3.5, digits: 0) == "4")
    }

    @Test func fixedKeepsNegativeZero() {
        #expect(NumberFormat.fixed(-0.0, digits: 0) == "-0")
        #expect(NumberFormat.fixed(-0.0, digits: 4) == "-0.0000")
        #expect(NumberFormat.scientific(-0.0, digits: 4) == "-0.0000e+00")
    }

    @Test func scientificAlwaysHasSignAndTwoExponentDigits() {
        #expect(NumberFormat.scientific(1, digits: 4) == "1.0000e+00")
        #expect(NumberFormat.scientific(-1.5e-5, digits: 4) == "-1.5000e-05")
        #expect(NumberFormat.scientific(1e100, digits: 4) == "1.0000e+100")
        #expect(NumberFormat.scientific(.leastNonzeroMagnitude, digits: 4) == "4.9407e-324")
        #expect(NumberFormat.scientific(0.1, digits: 3) == "1.000e-01")
    }

    @Test func nonFiniteValuesAreSpelledThePythonWay() {
        for digits in [0, 4] {
            #expect(NumberFormat.fixed(.nan, digits: digits) == "nan")
            #expect(NumberFormat.fixed(-.nan, digits: digits) == "nan")
            #expect(NumberFormat.fixed(.infinity, digits: digits) == "inf")
            #expect(NumberFormat.scientific(-.infinity, digits: digits) == "-inf")
            #expect(NumberFormat.general(-.nan, digits: digits) == "nan")
        }
    }

    @Test func hugeFixedOutputIsNotTruncated() {
        let text = NumberFormat.fixed(1e300, digits: 2)
        #expect(text.count == 304)
        #expect(
            text
                == "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"
        )
        #expect(text.hasSuffix(".00"))
    }

    @Test func digitsAreClampedInsteadOfTrapping() {
        #expect(NumberFormat.fixed(1.5, digits: -3) == "2")
        #expect(NumberFormat.fixed(0.5, digits: 2000) == "0.5" + String(repeating: "0", count: 1999))
        #expect(NumberFormat.maxDigits == Int(Int32.max))
        #expect(NumberFormat.general(0.0001, digits: 6) == "0.0001")
        #expect(NumberFormat.general(1e-5, digits: 6) == "1e-05")
    }

    @Test func padLeftRightAlignsAndNeverTruncates() {
        #expect(NumberFormat.padLeft("1.", toWidth: 4) == "  1.")
        #expect(NumberFormat.padLeft("-0.", toWidth: 2) == "-0.")
        #expect(NumberFormat.padLeft("nan", toWidth: -5) == "nan")
    }
}
