import Testing

@testable import TensorLanguage

/// Scripts on Python ints beyond 64 bits; expected outputs were printed by python3 3.11 from the same scripts.
@Suite(.serialized)
struct IntegerArithmeticTests {
    @Test func bigResultsPrintExactlyAsCPythonDoes() {
        let r = run(
            """
            print(2 ** 100, 10**30 // 7, -7 % 3, (-2)**63, 2**64 - 1)
            print(int("123456789012345678901234567890"), int(" -1_000_000_000_000_000_000_000 "))
            print(abs(-2**100), -(2**100), +(2**70), ~(2**100), (-2**63) // -1, (-2**63) % -1)
            print(-10**30 // 7, -10**30 % 7, 10**30 % -7, (2**100) // (3**40), 0 ** (10**30), (-1) ** (10**30 + 1))
            print((2**100) & -(2**70), -(2**100) | 5, 2**64 ^ -1, 1 << 100, -(2**100) >> 3, 1 >> 10**30, -1 >> 10**30)
            print(round(2**100, -5), round(1250, -2), round(-1350, -2), round(15, -1), round(5, -30), round(1e30), round(2**70))
            x = 1
            for i in range(25):
                x = x * 1000 + i
            print(x, x % 1000, x // 10**70)
            """)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                1267650600228229401496703205376 142857142857142857142857142857 2 -9223372036854775808 18446744073709551615
                123456789012345678901234567890 -1000000000000000000000
                1267650600228229401496703205376 -1267650600228229401496703205376 1180591620717411303424 -1267650600228229401496703205377 9223372036854775808 0
                -142857142857142857142857142858 6 -6 104267600099 0 -1
                1267650600228229401496703205376 -1267650600228229401496703205371 -18446744073709551617 1267650600228229401496703205376 -158456325028528675187087900672 0 -1
                1267650600228229401496703200000 1200 -1400 20 0 1000000000000000019884624838656 1180591620717411303424
                1000001002003004005006007008009010011012013014015016017018019020021022023024 24 100000
                """ + "\n")
    }

    @Test func intsAndFloatsMixAndCompareExactly() {
        let r = run(
            """
            print(2**1000 > 1e300, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > float("inf"), 10**400 == float("nan"))
            print(10**30 / 3, (2**54 + 3) / 2**60, 5 / 2**2000, float(2**1000), float(-2**64), int(1e30), int(-2.5e30))
            print(2**100 * 0.5, (2**100) ** 0.5, (2**100) ** -1, 2 ** -1, 1e300 * 1e300 == 10**600, 2**100 == 2.0**100)
            print(sum([2**62, 2**62, 2**62]), max(2**100, 3.0), min(-2**100, 0), sorted([2**70, -2**70, 0, 1.5]))
            d = {2**100: "a", 1e30: "b", 2**63: "c"}
            print(d[2.0**100], d[int(1e30)], d[9223372036854775808.0], 2**100 in d, len({2**64: 1, 2.0**64: 2}))
            print(isinstance(2**100, int), type(2**100), bool(2**100), bool(-2**100), repr(2**64), str(-2**64))
            print([1, 2, 3][:10**30], [1, 2, 3][-10**30:])
            """)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                True False True False False
                3.333333333333333e+29 0.015625000000000003 0.0 1.0715086071862673e+301 -1.8446744073709552e+19 1000000000000000019884624838656 -2499999999999999908974073741312
                6.338253001141147e+29 1125899906842624.0 7.888609052210118e-31 0.5 False True
                13835058055282163712 1267650600228229401496703205376 -1267650600228229401496703205376 [-1180591620717411303424, 0, 1.5, 1180591620717411303424]
                a b c True 1
                True <class 'int'> True True 18446744073709551616 -18446744073709551616
                [1, 2, 3] [1, 2, 3]
                """ + "\n")
    }

    @Test func formatSpecsGroupAndConvertBigInts() {
        let r = run(
            """
            n = 2**100
            print(f"{n:,} {n:_} {n:d} {-n:x} {n:#X} {n:o} {-n:#b}"[:120])
            print(f"{2**70:>40,}|{-255:#010x}|{2**32:_x}|{n:+}|{n:e}|{n:.3g}|{2**64:08}|{65:c}")
            """)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                1,267,650,600,228,229,401,496,703,205,376 1_267_650_600_228_229_401_496_703_205_376 1267650600228229401496703205376 -100
                           1,180,591,620,717,411,303,424|-0x00000ff|1_0000_0000|+1267650600228229401496703205376|1.267651e+30|1.27e+30|18446744073709551616|A
                """ + "\n")
    }

    @Test func overflowAndLimitErrorsUseCPythonsMessages() {
        let r = run(
            """
            def attempt(f):
                try:
                    print(f())
                except (OverflowError, ValueError, ZeroDivisionError, IndexError) as e:
                    print(repr(e))
            attempt(lambda: 10**400 + 0.5)
            attempt(lambda: 10**400 / 3)
            attempt(lambda: float(2**1024))
            attempt(lambda: len(str(10**4299)))
            attempt(lambda: str(10**4300))
            attempt(lambda: f"{-10**4300:,}")
            attempt(lambda: len(f"{10**5000:x}"))
            attempt(lambda: int("7" * 4301))
            attempt(lambda: int("1__2"))
            attempt(lambda: int(float("nan")))
            attempt(lambda: int(float("-inf")))
            attempt(lambda: (2**100) // 0)
            attempt(lambda: (2**100) % 0)
            attempt(lambda: (2**100) / 0)
            attempt(lambda: 1 << -1)
            attempt(lambda: [1] * 10**30)
            attempt(lambda: [1, 2][2**100])
            attempt(lambda: len(range(0, 2**63)))
            attempt(lambda: len(range(-2**63, 2**63 - 1)))
            attempt(lambda: list(range(2**63 - 3, 2**63 - 1)))
            attempt(lambda: list(range(-2**63 + 2, -2**63, -1)))
            attempt(lambda: list(range(2**63 - 2, 2**63 - 1, 2**62)))
            attempt(lambda: f"{2**100:c}")
            attempt(lambda: f"{255:,x}")
            """)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                OverflowError('int too large to convert to float')
                OverflowError('integer division result too large for a float')
                OverflowError('int too large to convert to float')
                4300
                ValueError('Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit')
                ValueError('Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit')
                4153
                ValueError('Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit')
                ValueError("invalid literal for int() with base 10: '1__2'")
                ValueError('cannot convert float NaN to integer')
                OverflowError('cannot convert float infinity to integer')
                ZeroDivisionError('integer division or modulo by zero')
                ZeroDivisionError('integer modulo by zero')
                ZeroDivisionError('division by zero')
                ValueError('negative shift count')
                OverflowError("cannot fit 'int' into an index-sized integer")
                IndexError("cannot fit 'int' into an index-sized integer")
                OverflowError('Python int too large to convert to C ssize_t')
                OverflowError('Python int too large to convert to C ssize_t')
                [9223372036854775805, 9223372036854775806]
                [-9223372036854775806, -9223372036854775807]
                [9223372036854775806]
                OverflowError('Python int too large to convert to C long')
                ValueError("Cannot specify ',' with 'x'.")
                """ + "\n")
    }

    @Test func tensorsRejectIntsBeyondInt64LikePyTorch() {
        let r = run(
            """
            import torch
            def attempt(f):
                try:
                    print(f())
                except (OverflowError, RuntimeError, ValueError, TypeError) as e:
                    print(repr(e).split("\\n")[0])
            attempt(lambda: torch.ones(2) * 2**64)
            attempt(lambda: torch.tensor([1, 2**63]))
            attempt(lambda: torch.ones(3)[2**70])
            attempt(lambda: torch.zeros(2**64))
            attempt(lambda: torch.ones(2) + (2**64 - 2**64))
            attempt(lambda: torch.manual_seed(2**64) is None)
            """)
        #expect(
            r.stdout == """
                OverflowError('int too big to convert')
                ValueError('Overflow when unpacking long long')
                ValueError('Overflow when unpacking long long')
                TypeError('zeros(): argument \\'size\\' failed to unpack the object at pos 1 with error "Overflow when unpacking long long"')
                tensor([1., 1.])
                ValueError('Overflow when unpacking long long')
                """ + "\n")
    }

    @Test func hugeResultsRaiseInsteadOfHanging() {
        for source in ["2 ** (10 ** 20)", "10 ** 1000000", "1 << 2 ** 70", "(2 ** 400000) * (2 ** 400000)"] {
            let r = run("print(\(source))")
            #expect(r.outcome == .failed(exceptionName: "OverflowError"), "\(source)")
            #expect(r.stderr.contains("OverflowError: integer result too large: Wick limits ints to 524288 bits"))
        }
    }

    @Test func bigIntegerLiteralsEvaluate() {
        let r = run(
            "print(123456789012345678901234567890 + 0xFFFFFFFFFFFFFFFFFFFF, -0b1" + String(repeating: "0", count: 70) + ")")
        // python3: 123456789012345678901234567890 + 0xFFFFFFFFFFFFFFFFFFFF, -(2 ** 70)
        #expect(r.stdout == "123457997938165293530409274065 -1180591620717411303424\n")
    }
}
