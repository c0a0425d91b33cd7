import Testing

/// `torch.tensor` data inference (`Library/TensorLiteral.swift`).
struct TensorLiteralTests {
    @Test func dtypeFollowsTheWidestKindOfNumber() {
        let result = ScriptRunner.run(
            "print(torch.tensor([True, 2]).dtype, torch.tensor([True, 2.5]).dtype, torch.tensor([[True]]).dtype, torch.tensor([]).dtype)"
        )
        #expect(result.stdout == "torch.int64 torch.float32 torch.bool torch.float32\n")
    }

    @Test func raggedNestingIsRefusedWithPyTorchsMessages() {
        #expect(
            ScriptRunner.run("torch.tensor([[1, 2], [3]])").stderr.hasSuffix(
                "ValueError: expected sequence of length 2 at dim 1 (got 1)\n"))
        #expect(ScriptRunner.run("torch.tensor([[1, 2], 3])").stderr.hasSuffix("TypeError: not a sequence\n"))
        #expect(
            ScriptRunner.run("torch.tensor([1, [2]])").stderr.hasSuffix(
                "TypeError: 'list' object cannot be interpreted as an integer\n"))
        #expect(
            ScriptRunner.run("torch.tensor(None)").stderr.hasSuffix("RuntimeError: Could not infer dtype of NoneType\n"))
    }
}
