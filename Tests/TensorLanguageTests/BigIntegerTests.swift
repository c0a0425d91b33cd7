import Testing

@testable import TensorLanguage

/// A seeded generator, so random identity checks are reproducible.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Parses a decimal literal in a test, failing the test (not trapping) when it is malformed.
private func big(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> BigInteger {
    let value = BigInteger(Substring(text))
    #expect(value != nil, "not an integer: \(text)", sourceLocation: sourceLocation)
    return value ?? .zero
}

/// Random values of up to `maxLimbs` limbs, biased toward the limb patterns that stress carries and division.
private func randomBig(_ rng: inout SplitMix64, maxLimbs: Int) -> BigInteger {
    let count = Int.random(in: 0...maxLimbs, using: &rng)
    let specials: [UInt32] = [0, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF]
    let limbs = (0..<count).map { _ in
        Bool.random(using: &rng) ? specials.randomElement(using: &rng) ?? 0 : UInt32.random(in: 0...UInt32.max, using: &rng)
    }
    return BigInteger(negative: Bool.random(using: &rng), limbs: limbs)
}

/// Python's `//` and `%` on Int, written independently of the code under test.
private func floorDivMod(_ a: Int, _ b: Int) -> (Int, Int) {
    var q = a / b
    var r = a % b
    if r != 0 && (r < 0) != (b < 0) {
        q -= 1
        r += b
    }
    return (q, r)
}

struct BigIntegerTests {
    @Test func arithmeticAgreesWithIntOnRandomSmallValues() {
        var rng = SplitMix64(state: 42)
        for _ in 0..<2_000 {
            let a = Int.random(in: -(1 << 31)...(1 << 31), using: &rng)
            let b = Int.random(in: -(1 << 31)...(1 << 31), using: &rng)
            let x = BigInteger(a)
            let y = BigInteger(b)
            #expect((x + y).intValue == a + b)
            #expect((x - y).intValue == a - b)
            #expect((x * y).intValue == a * b)
            #expect(x.compare(y) == (a == b ? 0 : a < b ? -1 : 1))
            #expect((x & y).intValue == a & b)
            #expect((x | y).intValue == a | b)
            #expect((x ^ y).intValue == a ^ b)
            #expect((~x).intValue == ~a)
            #expect(x.shiftedRight(by: 5).intValue == a >> 5)
            #expect(x.shiftedLeft(by: 17).intValue == a << 17)
            #expect(x.decimalString == String(a))
            #expect(x.magnitudeString(radix: 16) == String(a.magnitude, radix: 16))
            if b != 0, let (q, r) = x.flooredDivision(by: y) {
                #expect(q.intValue == floorDivMod(a, b).0)
                #expect(r.intValue == floorDivMod(a, b).1)
            }
        }
    }

    @Test func divisionSatisfiesItsIdentityOnRandomLargeValues() {
        var rng = SplitMix64(state: 7)
        for _ in 0..<500 {
            let a = randomBig(&rng, maxLimbs: 12)
            let b = randomBig(&rng, maxLimbs: 6)
            guard let (q, r) = a.flooredDivision(by: b) else {
                #expect(b.isZero)
                continue
            }
            #expect(q * b + r == a)
            #expect(r.isZero || r.isNegative == b.isNegative)
            #expect(r.magnitude < b.magnitude)
        }
    }

    @Test func divisionHandlesTheRareAddBackStep() {
        // Dividends chosen so algorithm D's quotient-digit estimate is one too large; results from python3.
        let cases: [(String, String, String, String)] = [
            (
                "170141183420855150474555134919112130560", "39614081257132168796771975169", "4294967294",
                "39614081257132168792477007874"
            ),
            (
                "730750818665451459181070578847721049607373530585", "39614081257132168801066942463", "18446744073709551615",
                "39614081250894115060639802840"
            ),
        ]
        for (a, b, q, r) in cases {
            let result = big(a).quotientAndRemainder(dividingBy: big(b))
            #expect(result?.quotient == big(q))
            #expect(result?.remainder == big(r))
        }
    }

    @Test func floorDivisionRoundsTowardNegativeInfinity() {
        let cases: [(Int, Int, Int, Int)] = [(7, 3, 2, 1), (-7, 3, -3, 2), (7, -3, -3, -2), (-7, -3, 2, -1), (6, -3, -2, 0)]
        for (a, b, q, m) in cases {
            let result = BigInteger(a).flooredDivision(by: BigInteger(b))
            #expect(result?.quotient == BigInteger(q))
            #expect(result?.modulo == BigInteger(m))
        }
        let truncated = BigInteger(-7).quotientAndRemainder(dividingBy: BigInteger(3))
        #expect(truncated?.quotient == BigInteger(-2))
        #expect(truncated?.remainder == BigInteger(-1))
        #expect(BigInteger(5).flooredDivision(by: .zero) == nil)
    }

    @Test func largeProductsPowersAndQuotientsMatchPython() {
        // Expected values printed by python3 3.11.
        #expect(BigInteger(2).power(100).decimalString == "1267650600228229401496703205376")
        let threeTo200 =
            "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001"
        #expect(BigInteger(3).power(200).decimalString == threeTo200)
        #expect(BigInteger(-2).power(63).intValue == .min)
        #expect(BigInteger(0).power(0) == .one)
        let twoTo64 = BigInteger(2).power(64)
        #expect((twoTo64 * twoTo64 - .one).decimalString == "340282366920938463463374607431768211455")
        let product = (BigInteger(2).power(127) - .one) * (BigInteger(2).power(89) - .one)
        #expect(product.decimalString == "105312291668557186697918027513529248857806893649219117400977309697")
        let division = (-BigInteger(3).power(200)).flooredDivision(by: BigInteger(7).power(50))
        #expect(division?.quotient == big("-147689269781346654697366079240021362541982658661987021"))
        #expect(division?.modulo == big("755410807900735363553565675570880206995228"))
    }

    @Test func bitwiseOperatorsUseTwosComplementOnLargeValues() {
        // Expected values printed by python3 3.11.
        let p100 = BigInteger(2).power(100)
        #expect((p100 & -BigInteger(2).power(70)) == p100)
        #expect(((-p100) ^ (BigInteger(2).power(64) + BigInteger(5))) == big("-1267650600209782657422993653755"))
        #expect(((-p100) | -BigInteger(2).power(64)) == big("-18446744073709551616"))
        #expect((-p100).shiftedRight(by: 3) == big("-158456325028528675187087900672"))
        #expect((-(p100 + .one)).shiftedRight(by: 100) == BigInteger(-2))
        #expect((~p100) == big("-1267650600228229401496703205377"))
        #expect((p100 + BigInteger(12345)).magnitudeString(radix: 16) == "10000000000000000000003039")
    }

    @Test func intValueCoversExactlyTheIntRange() {
        #expect(BigInteger(Int.min).intValue == .min)
        #expect(BigInteger(Int.max).intValue == .max)
        #expect((BigInteger(Int.max) + .one).intValue == nil)
        #expect((BigInteger(Int.min) - .one).intValue == nil)
        #expect((-BigInteger(Int.min)).decimalString == "9223372036854775808")
        #expect(BigInteger(negative: true, limbs: [0, 0]) == .zero)
        #expect(!BigInteger(negative: true, limbs: []).isNegative)
    }

    @Test func decimalTextRoundTrips() {
        var rng = SplitMix64(state: 3)
        for _ in 0..<200 {
            let value = randomBig(&rng, maxLimbs: 20)
            #expect(BigInteger(Substring(value.decimalString)) == value)
            #expect(BigInteger(Substring(value.magnitudeString(radix: 16)), radix: 16) == value.magnitude)
            #expect(BigInteger(Substring(value.magnitudeString(radix: 7)), radix: 7) == value.magnitude)
        }
        #expect(big("+00123456789012345678901234567890").decimalString == "123456789012345678901234567890")
        #expect(big("-0") == .zero)
        for invalid in ["", "-", "+", "12a", "1 2", "--1", "١٢"] {
            #expect(BigInteger(Substring(invalid)) == nil)
        }
    }

    @Test func floatConversionRoundsToNearestEven() {
        // Expected values from python3: float(n), int(x), and n / m.
        #expect(BigInteger(2).power(1000).doubleValue == 0x1p1000)
        #expect((BigInteger(2).power(53) + .one).doubleValue == 9_007_199_254_740_992.0)
        #expect((BigInteger(2).power(64) - .one).doubleValue == 1.8446744073709552e19)
        #expect((-(BigInteger(2).power(80) + BigInteger(1 << 27))).doubleValue == -1.2089258196146292e24)
        #expect((BigInteger(2).power(80) + BigInteger(1 << 27) + .one).doubleValue == 1.2089258196146294e24)
        let belowOverflow = BigInteger(2).power(1024) - BigInteger(2).power(970)
        #expect((belowOverflow - .one).doubleValue == .greatestFiniteMagnitude)
        #expect(belowOverflow.doubleValue == nil)
        #expect(BigInteger(truncating: 1e30) == big("1000000000000000019884624838656"))
        #expect(BigInteger(truncating: -2.5e30) == big("-2499999999999999908974073741312"))
        #expect(BigInteger(truncating: -7.9)?.intValue == -7)
        #expect(BigInteger(truncating: .infinity) == nil)
        #expect(BigInteger(truncating: .nan) == nil)
    }

    @Test func comparisonWithFloatsIsExact() {
        let p53plus1 = BigInteger(2).power(53) + .one
        #expect(p53plus1.compare(to: 0x1p53) == 1)
        #expect(BigInteger(2).power(53).compare(to: 0x1p53) == 0)
        #expect(BigInteger(2).power(1000).compare(to: 1e300) == 1)
        #expect(BigInteger(2).power(2000).compare(to: .infinity) == -1)
        #expect(BigInteger(-3).compare(to: -2.5) == -1)
        #expect(BigInteger(-2).compare(to: -2.5) == 1)
        #expect(BigInteger(5).compare(to: .nan) == nil)
    }

    @Test func trueDivisionIsCorrectlyRounded() {
        // Expected values printed by python3 3.11.
        let ten = BigInteger(10)
        #expect(BigInteger.trueQuotient(ten.power(30), BigInteger(3)) == 3.333333333333333e+29)
        #expect(BigInteger.trueQuotient(ten.power(40), BigInteger(7)) == 1.4285714285714284e+39)
        #expect(
            BigInteger.trueQuotient(BigInteger(1).shiftedLeft(by: 1000), BigInteger(3).shiftedLeft(by: 70))
                == 3.025343645177781e+279)
        #expect(BigInteger.trueQuotient(BigInteger(2).power(54) + BigInteger(3), BigInteger(1 << 60)) == 0.015625000000000003)
        #expect(BigInteger.trueQuotient(ten.power(17) + .one, BigInteger(3)) == 3.3333333333333332e+16)
        let subnormal = Double(bitPattern: 0x1D_6F34)  // 9.530586e-318
        #expect(BigInteger.trueQuotient(BigInteger(123_456_789), BigInteger(2).power(1080)) == subnormal)
        #expect(BigInteger.trueQuotient(.one, BigInteger(3).power(700)) == 0)
        #expect(BigInteger.trueQuotient(-BigInteger(1), BigInteger(3).power(700))?.sign == .minus)
        #expect(BigInteger.trueQuotient(BigInteger(2).power(2000), BigInteger(5)) == nil)
    }
}
