import Testing

@testable import TensorLanguage

/// User `torch.autograd.Function`s and `gradcheck`. Every expected output below is what
/// PyTorch 2.15 printed for the same script (addresses aside).
@Suite(.serialized)
struct AutogradFunctionTests {
    static let cube = """
        class MyCube(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                ctx.save_for_backward(x)
                return x ** 3

            @staticmethod
            def backward(ctx, g):
                x, = ctx.saved_tensors
                return 3 * x ** 2 * g

        """

    private func run(_ source: String) -> (stdout: String, stderr: String, outcome: RunOutcome) {
        ScriptRunner.run(source)
    }

    @Test func applyRecordsANodeNamedAfterTheClass() {
        let r = run(
            Self.cube + """
                x = torch.tensor([1.0, 2.0], requires_grad=True)
                y = MyCube.apply(x)
                print(y, y.grad_fn.name(), type(y.grad_fn).__module__)
                y.sum().backward()
                print(x.grad)
                """)
        #expect(
            r.stdout
                == "tensor([1., 8.], grad_fn=<MyCubeBackward>) MyCubeBackward torch.autograd.function\ntensor([ 3., 12.])\n")
    }

    @Test func gradFnIsTheContextWithItsAttributes() {
        let r = run(
            """
            class Scale(torch.autograd.Function):
                @staticmethod
                def forward(ctx, x, k):
                    ctx.k = k
                    return x * k
                @staticmethod
                def backward(ctx, g):
                    return g * ctx.k, None
            y = Scale.apply(torch.ones(2, requires_grad=True), 4)
            print(y.grad_fn.k, y.grad_fn.needs_input_grad, y.grad_fn is y.grad_fn)
            """)
        #expect(r.stdout == "4 (True, False) True\n")
    }

    @Test func wrongGradientCountIsPyTorchsError() {
        let r = run(
            """
            class Mul(torch.autograd.Function):
                @staticmethod
                def forward(ctx, x, y):
                    return x * y
                @staticmethod
                def backward(ctx, g):
                    return g
            a = torch.ones(2, requires_grad=True)
            Mul.apply(a, a).sum().backward()
            """)
        #expect(
            r.stderr.hasSuffix(
                "RuntimeError: function MulBackward returned an incorrect number of gradients (expected 2, got 1)\n"))
    }

    @Test func anExceptionInBackwardReachesTheCaller() {
        let r = run(
            """
            class Picky(torch.autograd.Function):
                @staticmethod
                def forward(ctx, x):
                    return x * 2
                @staticmethod
                def backward(ctx, g):
                    raise ValueError("no")
            try:
                Picky.apply(torch.ones(1, requires_grad=True)).sum().backward()
            except ValueError as e:
                print("caught", e)
            """)
        #expect(r.stdout == "caught no\n")
    }

    @Test func createGraphMakesTheCustomBackwardDifferentiable() {
        let r = run(
            Self.cube + """
                x = torch.tensor([2.0], requires_grad=True)
                g, = torch.autograd.grad(MyCube.apply(x).sum(), x, create_graph=True)
                g2, = torch.autograd.grad(g.sum(), x)
                print(g, g2)
                """)
        #expect(r.stdout == "tensor([12.], grad_fn=<MulBackward0>) tensor([12.])\n")
    }

    @Test func gradcheckPassesAndFailsWithPyTorchsMessage() {
        let r = run(
            """
            class Bad(torch.autograd.Function):
                @staticmethod
                def forward(ctx, x):
                    ctx.save_for_backward(x)
                    return x ** 2
                @staticmethod
                def backward(ctx, g):
                    x, = ctx.saved_tensors
                    return 3 * x * g
            x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
            print(torch.autograd.gradcheck(torch.sin, (x,)), torch.autograd.gradcheck(Bad.apply, x, raise_exception=False))
            try:
                torch.autograd.gradcheck(Bad.apply, (x,))
            except RuntimeError as e:
                print(type(e).__name__)
                print(e)
            """)
        #expect(
            r.stdout == """
                True False
                GradcheckError
                Jacobian mismatch for output 0 with respect to input 0,
                numerical:tensor([[2.0000, 0.0000],
                        [0.0000, 4.0000]], dtype=torch.float64)
                analytical:tensor([[3., 0.],
                        [0., 6.]], dtype=torch.float64)


                """)
    }

    @Test func callingAFunctionObjectIsTheLegacyError() {
        let r = run(Self.cube + "MyCube()(torch.ones(1))\n")
        #expect(r.stderr.contains("DeprecationWarning: <class '__main__.MyCube'> should not be instantiated."))
        #expect(
            r.stderr.hasSuffix(
                "RuntimeError: Legacy autograd function with non-static forward method is deprecated. Please use new-style autograd function with static forward method. (Example: https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)\n"
            ))
    }
}

extension AutogradFunctionTests {
    @Test func graphAndBackpropShowTheCustomNode() {
        let harness = PromptMagicsTests.Harness(
            Self.cube + "x = torch.tensor([1.0, 2.0], requires_grad=True)\ny = MyCube.apply(x * 2).sum()\n")
        let graph = harness.enter("%graph y")
        let backprop = harness.enter("%backprop y")
        #expect(
            graph == """
                SumBackward0
                └── MyCubeBackward
                    └── MulBackward0
                        ├── x [2] (AccumulateGrad)
                        └── · (input that needs no gradient)

                """)
        #expect(
            backprop == """
                backward from y = tensor(72., grad_fn=<SumBackward0>)

                step 1: SumBackward0
                    grad in:  tensor(1.)
                    to MyCubeBackward: tensor([1., 1.])

                step 2: MyCubeBackward
                    grad in:  tensor([1., 1.])
                    to MulBackward0: tensor([12., 48.])

                step 3: MulBackward0
                    grad in:  tensor([12., 48.])
                    to x [2] (AccumulateGrad): tensor([24., 96.])

                step 4: x [2] (AccumulateGrad)
                    grad in:  tensor([24., 96.])
                    accumulated into x.grad

                leaf gradients:
                    x.grad = tensor([24., 96.])

                """)
    }
}
