import Autograd
import Testing

@testable import TensorLanguage

/// The interpreter's shortcuts give the same answers as the general paths.
@Suite(.serialized)
struct FastPathTests {
    /// `t.name(...)` calls the method table directly, so no name may be both a property and a method.
    @Test func noTensorPropertyIsAlsoAMethod() throws {
        let properties = [
            "shape", "grad", "data", "grad_fn", "requires_grad", "is_leaf", "dtype", "ndim", "retains_grad",
            "device", "T", "mT", "_version", "_base",
        ]
        let t = try Tensor.ones([2, 2])
        let interpreter = Interpreter(sink: DiscardingSink())
        for name in properties {
            #expect(TensorMethods.methods[name] == nil, "\(name) is in the method table")
            #expect(try TensorMethods.attribute(t, name, interpreter) != nil, "\(name) is not a property")
        }
    }

    /// A cached wrapped number must take each partner's dtype afresh (PyTorch's promotion).
    @Test func sharedWrappedNumbersFollowTheirPartnersDtype() {
        let r = run(
            """
            import torch
            for i in range(2):
                a = torch.ones(2) * 2
                b = torch.ones(2, dtype=torch.float64) * 2
                c = torch.tensor([1, 2]) * 2
                d = torch.tensor([True, False]) * 2
                e = torch.tensor([1, 2]) * 2.5
                f = torch.tensor([True, False]) + True
                g = torch.ones(2) * 0.1
                h = torch.ones(2, dtype=torch.float64) * 0.1
                print(a.dtype, b.dtype, c.dtype, d.dtype, e.dtype, f.dtype, g[0].item(), h[0].item())
                print(a, c, d, e, f, torch.ones(2) < 2, torch.tensor([1, 3]) > 2.5)
            """)
        let line1 =
            "torch.float32 torch.float64 torch.int64 torch.int64 torch.float32 torch.bool 0.10000000149011612 0.1\n"
        let line2 =
            "tensor([2., 2.]) tensor([2, 4]) tensor([2, 0]) tensor([2.5000, 5.0000]) tensor([True, True]) tensor([True, True]) tensor([False,  True])\n"
        #expect(r.stdout == String(repeating: line1 + line2, count: 2))
    }

    /// A wrapped number saved by a graph is never changed by later operations that share it.
    @Test func aSharedWrappedNumberSavedForBackwardStaysConstant() {
        let r = run(
            """
            import torch
            x = torch.ones(2, requires_grad=True)
            y = x * 3
            z = torch.ones(2) * 3
            z += 1
            y.sum().backward()
            print(x.grad, z)
            """)
        #expect(r.stdout == "tensor([3., 3.]) tensor([4., 4.])\n")
    }

    /// The engine stamps its bookkeeping on nodes; a backward started from a hook over part of
    /// the same graph must leave the outer pass intact (output is what PyTorch 2.15 printed).
    @Test func backwardFromInsideAHookSharesNodesSafely() {
        let r = run(
            """
            import torch
            x = torch.tensor([1., 2., 3.], requires_grad=True)
            w = torch.tensor([2., 2., 2.], requires_grad=True)
            shared = x * w
            def hook(g):
                with torch.enable_grad():
                    (shared * 3).sum().backward(retain_graph=True)
                return g
            y = shared * shared
            y.register_hook(hook)
            y.sum().backward(retain_graph=True)
            print(x.grad, w.grad)
            """)
        #expect(r.stdout == "tensor([14., 22., 30.]) tensor([ 7., 22., 45.])\n")
    }
}
