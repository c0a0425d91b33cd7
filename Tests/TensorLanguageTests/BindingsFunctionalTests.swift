import Testing

/// Scripts whose expected output was printed by PyTorch 2.15 (Bindings+Functional.swift).
struct BindingsFunctionalTests {
    @Test func functionalActivationsAndLossesPrintLikePyTorch() {
        let script = #"""
            import torch
            import torch.nn.functional as F
            p = torch.tensor([[0.5, 2.0, -1.0], [1.5, 0.0, 3.0]], requires_grad=True)
            t = torch.tensor([[1.0, 1.5, 0.0], [0.0, 0.5, 2.0]])
            print(F.mse_loss(p, t, reduction='sum'), F.mse_loss(p, t, reduction='none'))
            print(F.l1_loss(p, t), F.l1_loss(p, t, reduction='none').grad_fn.name())
            print(F.cross_entropy(p, torch.tensor([0, 2]), reduction='none'), F.cross_entropy(p, torch.tensor([0, -100])))
            print(F.cross_entropy(p, t.softmax(1)), F.nll_loss(p, torch.tensor([1, 1]), reduction='sum'))
            q = torch.tensor([0.9, 0.2, 0.6], requires_grad=True)
            y = torch.tensor([1.0, 0.0, 1.0])
            print(F.binary_cross_entropy(q, y, reduction='none'), F.binary_cross_entropy_with_logits(q, y, reduction='sum'))
            print(F.relu(p), F.sigmoid(p).grad_fn.name(), F.tanh(p).grad_fn.name(), F.softmax(p, dim=0), F.log_softmax(p, 1))
            print(F.binary_cross_entropy(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0])))
            """#
        let expected = #"""
            tensor(5., grad_fn=<MseLossBackward0>) tensor([[0.2500, 0.2500, 1.0000],
                    [2.2500, 0.2500, 1.0000]], grad_fn=<MseLossBackward0>)
            tensor(0.8333, grad_fn=<MeanBackward0>) AbsBackward0
            tensor([1.7413, 0.2413], grad_fn=<NllLossBackward0>) tensor(1.7413, grad_fn=<NllLossBackward0>)
            tensor(0.9940, grad_fn=<DivBackward1>) tensor(-2., grad_fn=<NllLossBackward0>)
            tensor([0.1054, 0.2231, 0.5108], grad_fn=<BinaryCrossEntropyBackward0>) tensor(1.5768, grad_fn=<BinaryCrossEntropyWithLogitsBackward0>)
            tensor([[0.5000, 2.0000, 0.0000],
                    [1.5000, 0.0000, 3.0000]], grad_fn=<ReluBackward0>) SigmoidBackward0 TanhBackward0 tensor([[0.2689, 0.8808, 0.0180],
                    [0.7311, 0.1192, 0.9820]], grad_fn=<SoftmaxBackward0>) tensor([[-1.7413, -0.2413, -3.2413],
                    [-1.7413, -3.2413, -0.2413]], grad_fn=<LogSoftmaxBackward0>)
            tensor(100.)
            """#
        let (stdout, stderr) = PointwiseScript.run(script)
        #expect(stdout == expected + "\n")
        #expect(stderr.isEmpty)
    }

    @Test func functionalErrorsAndWarningsUsePyTorchsWording() {
        let script = #"""
            import torch
            import torch.nn.functional as F
            p = torch.tensor([[0.5, 2.0, -1.0]])
            print(F.softmax(p))
            try:
                F.mse_loss(p, p, reduction='bad')
            except ValueError as e:
                print("ValueError:", e)
            try:
                torch.softmax(p)
            except TypeError as e:
                print("TypeError:", e)
            try:
                F.cross_entropy(p, torch.tensor([3]))
            except IndexError as e:
                print("IndexError:", e)
            try:
                F.binary_cross_entropy(p, p)
            except RuntimeError as e:
                print("RuntimeError:", e)
            try:
                torch.tensor([1, 2]).var()
            except NotImplementedError as e:
                print("NotImplementedError:", e)
            try:
                p.clamp()
            except RuntimeError as e:
                print("RuntimeError:", e)
            try:
                torch.where(torch.tensor([1, 0]), p, p)
            except RuntimeError as e:
                print("RuntimeError:", e)
            try:
                torch.tensor([]).max()
            except RuntimeError as e:
                print("RuntimeError:", e)
            try:
                torch.maximum(p, 1.0)
            except TypeError as e:
                print("TypeError:", e)
            print(F.mse_loss(p, torch.zeros(2, 3)))
            """#
        let expected = #"""
            tensor([[0.1753, 0.7856, 0.0391]])
            ValueError: bad is not a valid value for reduction
            TypeError: softmax() missing 1 required positional arguments: "dim"
            IndexError: Target 3 is out of bounds.
            RuntimeError: all elements of input should be between 0 and 1
            NotImplementedError: std and var only support floating point and complex dtypes
            RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None
            RuntimeError: where expected condition to be a boolean tensor, but got a tensor with dtype Long
            RuntimeError: max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.
            TypeError: maximum(): argument 'other' (position 2) must be Tensor, not float
            tensor(1.7500)
            """#
        let (stdout, stderr) = PointwiseScript.run(script)
        #expect(stdout == expected + "\n")
        #expect(stderr.contains("UserWarning: Implicit dimension choice for softmax has been deprecated."))
        #expect(
            stderr.contains(
                "UserWarning: Using a target size (torch.Size([2, 3])) that is different to the input size (torch.Size([1, 3])).")
        )
    }

    @Test func leakyReluOutOfPlaceAndInPlaceRecordPyTorchsNodes() {
        let script = #"""
            import torch
            import torch.nn.functional as F
            x = torch.tensor([-2., 0., 3.], requires_grad=True)
            y = F.leaky_relu(x)
            print(y, y.grad_fn.name())
            g, = torch.autograd.grad(y.sum(), x, create_graph=True)
            print(g)
            z = F.leaky_relu(x, 0.2)
            z.sum().backward()
            print(x.grad, F.leaky_relu(x, negative_slope=0.5))
            h = x * 1
            F.leaky_relu(h, 0.1, inplace=True)
            print(h)
            """#
        let expected = #"""
            tensor([-0.0200,  0.0000,  3.0000], grad_fn=<LeakyReluBackward0>) LeakyReluBackward0
            tensor([0.0100, 0.0100, 1.0000], grad_fn=<LeakyReluBackwardBackward0>)
            tensor([0.2000, 0.2000, 1.0000]) tensor([-1.,  0.,  3.], grad_fn=<LeakyReluBackward0>)
            tensor([-0.2000,  0.0000,  3.0000], grad_fn=<LeakyReluBackward1>)
            """#
        let (stdout, stderr) = PointwiseScript.run(script)
        #expect(stdout == expected + "\n")
        #expect(stderr.isEmpty)
    }
}
