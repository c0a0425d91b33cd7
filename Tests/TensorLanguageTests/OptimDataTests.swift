import Testing

@testable import TensorLanguage

/// `torch.optim`, `torch.optim.lr_scheduler` and `torch.utils.data` as scripts use them; the
/// expected outputs were printed by PyTorch 2.15.
@Suite(.serialized)
struct OptimDataTests {
    @Test func optimizersImportUnderEverySpelling() {
        let r = run(
            """
            import torch.optim as optim
            from torch.optim import SGD, lr_scheduler
            import torch
            w = torch.tensor([1.0, 2.0], requires_grad=True)
            o = optim.SGD([w], lr=0.5)
            print(type(o), SGD is torch.optim.SGD, lr_scheduler.StepLR is torch.optim.lr_scheduler.StepLR)
            (w * w).sum().backward()
            o.step()
            print(w, o.state_dict()["state"])
            """)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                <class 'torch.optim.sgd.SGD'> True True
                tensor([0., 0.], requires_grad=True) {}

                """)
    }

    @Test func noGradDecoratedMethodsBindTheirInstance() {
        let r = run(
            """
            import torch
            class Model:
                def __init__(self):
                    self.scale = 3.0
                @torch.no_grad()
                def apply(self, x):
                    return (x * self.scale, torch.is_grad_enabled())
            x = torch.ones(2, requires_grad=True)
            print(Model().apply(x))
            """)
        #expect(r.stderr == "")
        #expect(r.stdout == "(tensor([3., 3.]), False)\n")
    }

    @Test func warningsWarnReportsCategoryAndCaller() {
        let r = run(
            """
            import warnings
            warnings.warn("careful")
            def f():
                warnings.warn("from f", DeprecationWarning, stacklevel=2)
            f()
            print("done")
            """)
        #expect(r.stdout == "done\n")
        #expect(
            r.stderr == """
                test.py:2: UserWarning: careful
                  warnings.warn("careful")
                test.py:5: DeprecationWarning: from f
                  f()

                """)
    }

    @Test func shuffledLoaderCollatesStringsAndDrawsAsPyTorch() {
        let r = run(
            """
            import torch
            from torch.utils.data import DataLoader, Dataset
            class Letters(Dataset):
                def __init__(self, text):
                    self.text = text
                def __len__(self):
                    return len(self.text)
                def __getitem__(self, i):
                    return self.text[i], i
            torch.manual_seed(0)
            loader = DataLoader(Letters("wick"), batch_size=3, shuffle=True)
            print(len(loader), [batch for batch in loader])
            print(torch.empty((), dtype=torch.int64).random_().item())
            """)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                2 [[('c', 'i', 'k'), tensor([2, 1, 3])], [('w',), tensor([0])]]
                1895649597198586619

                """)
    }

    @Test func generatorsAreSeededLikePyTorchs() {
        let r = run(
            """
            import torch
            g = torch.Generator()
            print(g.initial_seed(), torch.randperm(6, generator=g).tolist())
            """)
        #expect(r.stderr == "")
        #expect(r.stdout == "67280421310721 [0, 5, 3, 4, 1, 2]\n")
    }
}
