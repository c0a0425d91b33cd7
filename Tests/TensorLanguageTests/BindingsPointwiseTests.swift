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
}
