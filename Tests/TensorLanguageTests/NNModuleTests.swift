import Testing

@testable import TensorLanguage

/// `torch.nn.Module`, `nn.Parameter` and the prelude's layers. Every expected output below is what
/// PyTorch 2.15 printed for the same script.
@Suite(.serialized)
struct NNModuleTests {
    private func run(_ source: String) -> (stdout: String, stderr: String, outcome: RunOutcome) {
        ScriptRunner.run("import torch\nimport torch.nn as nn\n" + source)
    }

    @Test func parameterIsATensorSubclassWhoseResultsArePlainTensors() {
        let r = run(
            """
            p = nn.Parameter(torch.ones(2))
            print(type(p).__name__, isinstance(p, torch.Tensor), type(p + 1).__name__, type(p.detach()).__name__)
            print(p)
            """)
        #expect(r.stdout == "Parameter True Tensor Tensor\nParameter containing:\ntensor([1., 1.], requires_grad=True)\n")
    }

    @Test func forwardHooksRunInOrderWithPrependAndKeywordArguments() {
        let r = run(
            """
            class K(nn.Module):
                def forward(self, x, scale=1):
                    return x * scale
            k = K()
            order = []
            k.register_forward_hook(lambda mod, a, o: order.append('a'))
            k.register_forward_hook(lambda mod, a, o: order.append('b'), prepend=True)
            k.register_forward_hook(lambda mod, args, kwargs, out: out + kwargs['scale'], with_kwargs=True)
            h = k.register_forward_pre_hook(lambda mod, args: (args[0] * 2,))
            print(k(torch.ones(1), scale=3), order)
            h.remove()
            print(k(torch.ones(1), scale=3))
            """)
        #expect(r.stdout == "tensor([9.]) ['b', 'a']\ntensor([6.])\n")
    }

    @Test func buffersPersistentOrNotAndDeletedChildren() {
        let r = run(
            """
            class N(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.fc = nn.Identity()
                    self.register_buffer('tmp', torch.zeros(1), persistent=False)
                    self.register_buffer('keep', torch.ones(1))
            n = N()
            print(list(n.state_dict().keys()), [k for k, _ in n.named_buffers()])
            del n.fc
            print(list(n._modules), hasattr(n, 'fc'))
            n.fc = None
            print(n.fc, n, [k for k in vars(n) if not k.startswith('_')])
            """)
        #expect(r.stdout == "['keep'] ['tmp', 'keep']\n[] False\nNone N() ['training', 'fc']\n")
    }

    @Test func moduleReprNestsChildrenAndCompressesRepeatsInModuleList() {
        let r = run(
            """
            print(nn.Sequential(nn.ReLU(), nn.ModuleList([nn.Tanh(), nn.Tanh(), nn.Sigmoid()])))
            """)
        #expect(
            r.stdout == """
                Sequential(
                  (0): ReLU()
                  (1): ModuleList(
                    (0-1): 2 x Tanh()
                    (2): Sigmoid()
                  )
                )

                """)
    }

    @Test func assigningBeforeSuperInitRaisesPyTorchsError() {
        let r = run(
            """
            class Bad(nn.Module):
                def __init__(self):
                    self.layer = nn.ReLU()
            Bad()
            """)
        #expect(r.stderr.hasSuffix("AttributeError: cannot assign module before Module.__init__() call\n"))
    }

    @Test func seededLinearMatchesPyTorchsInitialWeights() {
        let r = run(
            """
            torch.manual_seed(0)
            lin = nn.Linear(3, 2)
            print(lin.weight.tolist())
            print(lin.bias.tolist())
            """)
        #expect(
            r.stdout
                == "[[-0.004322517663240433, 0.3097158372402191, -0.4751853346824646], [-0.4248946011066437, -0.2223689705133438, 0.15482072532176971]]\n[-0.011439144611358643, 0.45777493715286255]\n"
        )
    }

    @Test func twoSessionsHaveTheirOwnLayerClasses() {
        let a = ScriptRunner.run("import torch.nn as nn\nnn.Linear.marker = 1\nprint(nn.Linear.marker)")
        let b = ScriptRunner.run("import torch.nn as nn\nprint(hasattr(nn.Linear, 'marker'))")
        #expect(a.stdout == "1\n")
        #expect(b.stdout == "False\n")
    }
}
