import Testing

/// `torch.*` creators (`Library/Bindings+Creation.swift`).
struct BindingsCreationTests {
    @Test func creatorsPickPyTorchsDtypes() {
        let result = ScriptRunner.run(
            """
            print(torch.full((2,), 7).dtype, torch.full((2,), 1.5).dtype, torch.arange(5).dtype, torch.arange(5.).dtype)
            print(torch.linspace(0, 1, 3).dtype, torch.eye(2).dtype, torch.Tensor(2, 3).dtype, torch.Tensor([1, 2]).dtype)
            """)
        #expect(
            result.stdout == """
                torch.int64 torch.float32 torch.int64 torch.float32
                torch.float32 torch.float32 torch.float32 torch.float32

                """)
    }

    @Test func requiresGradOnIntegersIsRefused() {
        #expect(
            ScriptRunner.run("torch.full((2,), 1, requires_grad=True)").stderr.hasSuffix(
                "RuntimeError: Only Tensors of floating point and complex dtype can require gradients\n"))
        #expect(
            ScriptRunner.run("torch.tensor([1]).requires_grad_()").stderr.hasSuffix(
                "RuntimeError: only Tensors of floating point dtype can require gradients\n"))
    }
}
