import Testing

/// Scripts whose expected output was printed by PyTorch 2.15 (Bindings+Pointwise.swift).
struct BindingsPointwiseTests {
    @Test func clampWhereMaximumPowAndInPlaceOpsPrintLikePyTorch() {
        let script = #"""
            import torch
            x = torch.tensor([[1., -2., 3.], [4., 5., -6.]], requires_grad=True)
            print(x.clamp(min=-1, max=2), x.clip(0, 1).grad_fn.name())
            print(torch.where(x > 0, x, 0.0), torch.maximum(x, torch.zeros(3)))
            print(torch.pow(2, torch.tensor([1., 2.])), torch.pow(x, 2).grad_fn.name())
            print(torch.tensor([2, 3]) ** torch.tensor([2, -1]), 2.5 ** torch.tensor([2, 3]))
            y = x * 1
            y.clamp_(0, 1)
            print(y)
            y.relu_()
            print(y.grad_fn.name())
            print(x.abs().sum(), abs(x).grad_fn.name(), x.sign(), x.sgn().grad_fn.name())
            print(torch.where(torch.tensor([True, False, True])))
            """#
        let expected = #"""
            tensor([[ 1., -1.,  2.],
                    [ 2.,  2., -1.]], grad_fn=<ClampBackward1>) ClampBackward1
            tensor([[1., 0., 3.],
                    [4., 5., 0.]], grad_fn=<WhereBackward0>) tensor([[1., 0., 3.],
                    [4., 5., 0.]], grad_fn=<MaximumBackward0>)
            tensor([2., 4.]) PowBackward0
            tensor([4, 0]) tensor([ 6.2500, 15.6250])
            tensor([[1., 0., 1.],
                    [1., 1., 0.]], grad_fn=<ClampBackward1>)
            ReluBackward0
            tensor(21., grad_fn=<SumBackward0>) AbsBackward0 tensor([[ 1., -1.,  1.],
                    [ 1.,  1., -1.]], grad_fn=<SignBackward0>) SgnBackward0
            (tensor([0, 2]),)
            """#
        let (stdout, stderr) = PointwiseScript.run(script)
        #expect(stdout == expected + "\n")
        #expect(stderr.isEmpty)
    }

    @Test func equalNeedsTheSameShapeAndValuesButNotTheSameDtype() {
        let result = ScriptRunner.run(
            """
            a = torch.tensor([1, 2])
            print(torch.equal(a, torch.tensor([1., 2.])), a.equal(torch.tensor([[1, 2]])), a.equal(torch.tensor([1, 3])))
            print(torch.tensor(float('nan')).equal(torch.tensor(float('nan'))))
            """)
        #expect(result.stdout == "True False False\nFalse\n")
    }

    @Test func nonzeroListsOneRowOfCoordinatesPerNonZeroElement() {
        let result = ScriptRunner.run(
            """
            print(torch.nonzero(torch.tensor([[0., 1.], [2., float('nan')]])))
            print(torch.tensor(3).nonzero(), torch.zeros(2, 0).nonzero().shape)
            print(torch.tensor([0, 1, 2]).nonzero(as_tuple=True))
            """)
        #expect(
            result.stdout == """
                tensor([[0, 1],
                        [1, 0],
                        [1, 1]])
                tensor([], size=(1, 0), dtype=torch.int64) torch.Size([0, 2])
                (tensor([1, 2]),)

                """)
    }
}
