import Testing

/// The differential tester's families of PyTorch argument errors: each program prints what
/// PyTorch 2.15 printed for it (checked against it when written).
struct TorchArgumentMessagesTests {
    /// The exception class and message `source` raises, as `print(type(e).__name__, e)` shows them.
    private func raised(_ source: String) -> String {
        let script = "try:\n    \(source)\nexcept Exception as e:\n    print(repr(type(e)), str(e).split(chr(10))[0])\n"
        return ScriptRunner.run(script).stdout
    }

    @Test func factoriesWithoutSizesAreTypeErrors() {
        #expect(raised("torch.zeros()") == "<class 'TypeError'> zeros() missing 1 required positional arguments: \"size\"\n")
        #expect(raised("torch.ones()") == "<class 'TypeError'> ones() missing 1 required positional arguments: \"size\"\n")
        #expect(raised("torch.empty()") == "<class 'TypeError'> empty() missing 1 required positional arguments: \"size\"\n")
        #expect(
            raised("torch.randn()")
                == "<class 'TypeError'> randn() received an invalid combination of arguments - got (), but expected one of:\n")
        #expect(ScriptRunner.run("print(torch.zeros([]), torch.zeros(()))").stdout == "tensor(0.) tensor(0.)\n")
    }

    @Test func sizesThatAreNotSequencesOrMissingAreTypeErrors() {
        #expect(
            raised("torch.full((2), 1.0)")
                == "<class 'TypeError'> full(): argument 'size' (position 1) must be tuple of ints, not int\n")
        #expect(
            raised("torch.arange(6).reshape()")
                == "<class 'TypeError'> reshape() missing 1 required positional arguments: \"shape\"\n")
        #expect(
            raised("torch.arange(6).view()")
                == "<class 'TypeError'> view() received an invalid combination of arguments - got (), but expected one of:\n")
    }

    @Test func intsBeyondSixtyFourBitsRaisePyTorchsClasses() {
        let cases: [(String, String)] = [
            ("torch.randint(0, 2**63, (2,))", "<class 'ValueError'> Overflow when unpacking long long"),
            ("torch.randint(-2**63-1, 0, (2,))", "<class 'ValueError'> Overflow when unpacking long long"),
            ("torch.zeros(2)[2**63]", "<class 'ValueError'> Overflow when unpacking long long"),
            ("torch.ones(3).sum(2**63)", "<class 'ValueError'> Overflow when unpacking long long"),
            ("torch.tensor(2**63)", "<class 'ValueError'> Overflow when unpacking long long"),
            (
                "torch.zeros(2, 2**64)",
                "<class 'TypeError'> zeros(): argument 'size' failed to unpack the object at pos 2 with error \"Overflow when unpacking long long\""
            ),
            (
                "torch.ones(3).reshape(2**63)",
                "<class 'TypeError'> reshape(): argument 'shape' failed to unpack the object at pos 1 with error \"Overflow when unpacking long long\""
            ),
            ("torch.ones(2) + 2**64", "<class 'OverflowError'> int too big to convert"),
            ("torch.arange(-2**63-1, 0)", "<class 'OverflowError'> can't convert negative int to unsigned"),
            ("torch.full((2,), 2**63)", "<class 'RuntimeError'> value cannot be converted to type int64_t without overflow"),
            ("[].pop(2**63)", "<class 'OverflowError'> Python int too large to convert to C ssize_t"),
            ("[1].pop(-2**63-1)", "<class 'OverflowError'> Python int too large to convert to C ssize_t"),
        ]
        for (source, expected) in cases {
            #expect(raised(source) == expected + "\n", "\(source)")
        }
    }

    @Test func castsOfNaNAndOutOfRangeFloatsToIntsGiveTheIndefiniteValue() {
        let script = """
            print(torch.tensor(float('nan')).long(), torch.tensor(float('inf')).long(), torch.tensor(-1e30).long())
            print(torch.tensor(float('nan')).int(), torch.tensor(1e30).int(), torch.tensor([2.7, -2.7]).int())
            print(torch.tensor(float('nan')).bool())
            """
        #expect(
            ScriptRunner.run(script).stdout == """
                tensor(-9223372036854775808) tensor(-9223372036854775808) tensor(-9223372036854775808)
                tensor(-2147483648, dtype=torch.int32) tensor(-2147483648, dtype=torch.int32) tensor([ 2, -2], dtype=torch.int32)
                tensor(True)

                """)
    }
}
