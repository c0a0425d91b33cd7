import Testing

@testable import Autograd
@testable import TensorLanguage

/// `torch.matmul` and friends, `@`, `.T` and `.mT` as Python code sees them.
@Suite(.serialized)
struct LinalgBindingsTests {
    /// Runs a script; returns what it printed and the last line it wrote to stderr.
    static func run(_ source: String) -> (out: String, error: String) {
        var out = ""
        var err = ""
        let session = Session(sink: TextSink(write: { out += $0 }, writeError: { err += $0 }))
        _ = session.run(source: "import torch\n" + source, fileName: "test.py")
        let last = err.split(separator: "\n").last.map(String.init) ?? ""
        return (out, last)
    }

    @Test func methodsAndFunctionsReachEveryProduct() {
        let result = Self.run(
            """
            x = torch.ones(2, 3)
            v = torch.ones(3)
            print(torch.matmul(x, v).shape, x.matmul(other=v).shape, (x @ v).shape)
            print(torch.mm(x, x.t()).shape, x.mm(mat2=x.T).shape, torch.mv(x, v), x.mv(vec=v))
            print(torch.dot(v, v), v.dot(tensor=v), torch.bmm(torch.ones(2, 3, 4), torch.ones(2, 4, 1)).shape)
            """)
        #expect(
            result.out == """
                torch.Size([2]) torch.Size([2]) torch.Size([2])
                torch.Size([2, 2]) torch.Size([2, 2]) tensor([3., 3.]) tensor([3., 3.])
                tensor(3.) tensor(3.) torch.Size([2, 3, 1])

                """)
    }

    @Test func transposeFamilyAcceptsPyTorchsSpellings() {
        let result = Self.run(
            """
            x = torch.ones(2, 3, 4)
            print(x.transpose(0, 2).shape, x.transpose(dim0=1, dim1=0).shape, torch.transpose(x, 0, 1).shape)
            print(x.permute(2, 0, 1).shape, x.permute((2, 0, 1)).shape, x.permute([2, 0, 1]).shape)
            print(x.permute(dims=[1, 0, 2]).shape, torch.permute(x, (2, 1, 0)).shape, x.mT.shape)
            print(x.swapaxes(0, 1).shape, torch.t(torch.ones(2, 3)).shape, torch.ones(2, 3).t().shape)
            """)
        #expect(
            result.out == """
                torch.Size([4, 3, 2]) torch.Size([3, 2, 4]) torch.Size([3, 2, 4])
                torch.Size([4, 2, 3]) torch.Size([4, 2, 3]) torch.Size([4, 2, 3])
                torch.Size([3, 2, 4]) torch.Size([4, 3, 2]) torch.Size([2, 4, 3])
                torch.Size([3, 2, 4]) torch.Size([3, 2]) torch.Size([3, 2])

                """)
    }

    @Test(arguments: [
        ("torch.ones(2, 3) @ 2", "TypeError: unsupported operand type(s) for @: 'Tensor' and 'int'"),
        ("torch.ones(2, 3).matmul(2)", "TypeError: matmul(): argument 'other' (position 1) must be Tensor, not int"),
        ("torch.mm(torch.ones(2, 3), None)", "TypeError: mm(): argument 'mat2' (position 2) must be Tensor, not NoneType"),
        ("torch.ones(2, 3).mm()", "TypeError: mm() missing 1 required positional arguments: \"mat2\""),
        ("torch.ones(2, 3).transpose()", "TypeError: transpose() missing 2 required positional argument: \"dim0\", \"dim1\""),
        ("torch.ones(2, 3).transpose(0, 1.5)", "TypeError: transpose(): argument 'dim1' (position 2) must be int, not float"),
        ("torch.ones(2, 3).t(1)", "TypeError: TensorBase.t() takes no arguments (1 given)"),
        ("torch.permute(torch.ones(2, 3), 1, 0)", "TypeError: permute() takes 2 positional arguments but 3 were given"),
        (
            "torch.ones(2, 3).permute((1, 0.5))",
            "TypeError: permute(): argument 'dims' failed to unpack the object at pos 2 with error \"type must be tuple of ints,but got float\""
        ),
        ("torch.ones(2, 3) @ torch.ones(2, 3)", "RuntimeError: mm: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)"),
        (
            "torch.mm(torch.ones(2, 2).bool(), torch.ones(2, 2).bool())",
            "NotImplementedError: \"addmm_impl_cpu_\" not implemented for 'Bool'"
        ),
    ])
    func argumentErrorsUsePyTorchsWording(_ line: String, _ message: String) {
        #expect(Self.run(line).error == message)
    }

    @Test func numpyTWarnsAboutTensorsThatAreNotMatricesAsAUserWarning() {
        var err = ""
        let session = Session(sink: TextSink(write: { _ in }, writeError: { err += $0 }))
        _ = session.run(source: "import torch\nx = torch.ones(2, 3, 4).T\ny = torch.ones(3).T\n", fileName: "t.py")
        #expect(err == "t.py:2: UserWarning: \(Messages.numpyTDeprecated)\n  x = torch.ones(2, 3, 4).T\n")
    }
}
