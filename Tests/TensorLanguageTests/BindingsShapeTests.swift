import Testing

/// Tensor shape methods and `torch.Size` (`Library/Bindings+Shape.swift`, `Runtime/TorchObjects.swift`).
struct BindingsShapeTests {
    @Test func viewMethodsRecordPyTorchsNodes() {
        let result = ScriptRunner.run(
            """
            a = torch.arange(6., requires_grad=True).view(2, 3)
            print(a.t().grad_fn.name(), a.T.grad_fn.name(), a.transpose(0, 1).grad_fn.name(), a.flatten().grad_fn.name())
            print(a.unsqueeze(0).squeeze().grad_fn.name(), a.squeeze(0).grad_fn.name(), a.t().reshape(6).grad_fn.name())
            print(a.float() is a, a.double().grad_fn.name(), a.long().requires_grad, a.contiguous() is a)
            """)
        #expect(
            result.stdout == """
                TBackward0 PermuteBackward0 TransposeBackward0 ViewBackward0
                SqueezeBackward0 SqueezeBackward1 UnsafeViewBackward0
                True ToCopyBackward0 False True

                """)
    }

    @Test func sizeBehavesLikeATupleOfInts() {
        let result = ScriptRunner.run(
            """
            s = torch.ones(2, 3).shape
            print(s + (1,), s[1:], s == (2, 3), s.numel(), s.index(3), s.count(2), 3 in s)
            """)
        #expect(result.stdout == "torch.Size([2, 3, 1]) torch.Size([3]) True 6 1 1 True\n")
    }

    @Test func inPlaceMethodsRebaseHistory() {
        let result = ScriptRunner.run(
            """
            w = torch.tensor([1.0, -2.0], requires_grad=True)
            h = w * 2
            h.add_(1)
            print(h, h._version)
            """)
        #expect(result.stdout == "tensor([ 3., -3.], grad_fn=<AddBackward0>) 1\n")
    }

    @Test func strideStorageOffsetAndElementSizeDescribeTheView() {
        let result = ScriptRunner.run(
            """
            x = torch.arange(24).view(2, 3, 4)
            print(x.stride(), x.stride(1), x.stride(-1), x.transpose(0, 2).stride(), x[1, :, 2:].storage_offset())
            print(torch.tensor(2.0).stride(), torch.tensor(2.0).element_size(), torch.zeros(1, dtype=torch.bool).element_size())
            """)
        #expect(result.stdout == "(12, 4, 1) 4 1 (1, 4, 12) 14\n() 4 1\n")
    }
}
