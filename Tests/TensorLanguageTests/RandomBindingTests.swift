import Testing

@testable import TensorLanguage

/// The random creators as Python code calls them print PyTorch's numbers.
@Suite(.serialized)
struct RandomBindingTests {
    @Test func seededCreatorsPrintPyTorchValues() {
        let r = run(
            """
            import torch
            g = torch.manual_seed(0)
            print(torch.rand(3))
            print(torch.initial_seed(), type(g))
            torch.manual_seed(0)
            print(torch.randint(0, 10, (3,)))
            torch.manual_seed(0)
            print(torch.randperm(5))
            torch.manual_seed(0)
            print(torch.rand(2, dtype=torch.float64))
            """)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                tensor([0.4963, 0.7682, 0.0885])
                0 <class 'torch._C.Generator'>
                tensor([4, 9, 3])
                tensor([4, 0, 1, 3, 2])
                tensor([0.9701, 0.7078], dtype=torch.float64)

                """)
    }

    @Test func normalFormsDrawLikePyTorch() {
        let r = run(
            """
            import torch
            torch.manual_seed(0)
            print(torch.normal(1.5, 0.5, (3,)))
            torch.manual_seed(0)
            print(torch.empty(3).normal_(1.5, 0.5))
            """)
        #expect(r.stdout == "tensor([2.2705, 1.3533, 0.4106])\ntensor([2.2705, 1.3533, 0.4106])\n")
    }

    @Test func generatorReprLooksLikePyTorchs() {
        let r = run("import torch\nprint(torch.manual_seed(1))")
        #expect(r.stdout.hasPrefix("<torch._C.Generator object at 0x"))
    }
}
