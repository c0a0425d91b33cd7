import Testing

/// Python subscripts on tensors (`Library/TensorIndexing.swift`, `TensorIndexing+Parse.swift`).
@Suite(.serialized)
struct TensorIndexingTests {
    @Test func basicItemsGiveViewNodesAndEllipsisGivesAnAlias() {
        let result = ScriptRunner.run(
            """
            w = torch.ones(2, 3, requires_grad=True)
            print(w[0].grad_fn.name(), w[:].grad_fn.name(), w[...].grad_fn.name(), w[:, :].grad_fn.name())
            print(w[None].grad_fn.name(), w[True].grad_fn.name(), w[..., 1].shape, w[:, None, 1].shape)
            """)
        #expect(
            result.stdout == """
                SelectBackward0 SliceBackward0 AliasBackward0 AliasBackward0
                UnsqueezeBackward0 IndexBackward0 torch.Size([2]) torch.Size([2, 1])

                """)
    }

    @Test func tensorAndListIndicesFollowNumPysPlacement() {
        let result = ScriptRunner.run(
            """
            x = torch.arange(24).reshape(2, 3, 4)
            print(x[[0, 1], :, [1, 2]].shape, x[:, [0, 1], [1, 2]].shape, x[x > 20])
            """)
        #expect(result.stdout == "torch.Size([2, 3]) torch.Size([2, 2]) tensor([21, 22, 23])\n")
    }

    @Test func assignmentPicksPyTorchsInPlaceOp() {
        let result = ScriptRunner.run(
            """
            w = torch.ones(2, 3, requires_grad=True)
            for index, value in [(0, 5), (w > 0, 0), (torch.tensor([1]), 0), ([0, 1], torch.ones(3))]:
                a = w * 1
                a[index] = value
                print(a.grad_fn.name())
            a = w * 1
            a[...] = torch.tensor(2.)
            print(a.grad_fn.name(), a._version)
            """)
        #expect(
            result.stdout == """
                torch::autograd::CopySlices
                MaskedFillBackward0
                IndexFillBackward0
                IndexPutBackward0
                FillBackward3 1

                """)
    }

    @Test func outOfRangeIntegerNamesTheOriginalDimension() {
        let result = ScriptRunner.run("x = torch.arange(6).reshape(2, 3)\nprint(x[0, 3])")
        #expect(result.stderr.hasSuffix("IndexError: index 3 is out of bounds for dimension 1 with size 3\n"))
    }

    @Test func tooManyIndicesAndNegativeStepsAreRefused() {
        #expect(
            ScriptRunner.run("torch.zeros(2, 3)[0, 0, 0]").stderr.hasSuffix(
                "IndexError: too many indices for tensor of dimension 2\n"))
        #expect(
            ScriptRunner.run("torch.arange(3)[::-1]").stderr.hasSuffix("ValueError: step must be greater than zero\n"))
    }

    @Test func assigningIntoALeafThatRequiresGradIsRefused() {
        let result = ScriptRunner.run("w = torch.ones(2, requires_grad=True)\nw[0] = 1")
        #expect(
            result.stderr.hasSuffix(
                "RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.\n"))
    }
}
