import Testing

/// Devices, defaults and `torch.__version__` (`Library/TensorAPI/`).
struct TensorAPIDeviceTests {
    @Test func cudaPlacementRaisesWhatACPUOnlyBuildRaises() {
        for line in [
            "torch.ones(2, device='cuda')", "torch.ones(2).cuda()", "torch.ones(2).to('cuda:0')",
            "torch.zeros(1).to(device=torch.device('cuda'))",
        ] {
            #expect(ScriptRunner.run(line).stderr.hasSuffix("AssertionError: Torch not compiled with CUDA enabled\n"), "\(line)")
        }
    }

    @Test func mpsPlacementRaisesNotLinked() {
        #expect(
            ScriptRunner.run("torch.ones(2).to('mps')").stderr.hasSuffix(
                "RuntimeError: PyTorch is not linked with support for mps devices\n"))
    }

    @Test func defaultDeviceCudaRaisesOnTheNextCreatorOnly() {
        let result = ScriptRunner.run(
            """
            t = torch.tensor([1.0])
            torch.set_default_device('cuda')
            print(torch.get_default_device())
            x = torch.zeros_like(t)
            print(x)
            torch.ones(2)
            """)
        #expect(result.stdout == "cuda\ntensor([0.])\n")
        #expect(result.stderr.hasSuffix("AssertionError: Torch not compiled with CUDA enabled\n"))
    }

    @Test func badDeviceArgumentIsATypeError() {
        #expect(
            ScriptRunner.run("torch.ones(2, device=1.5)").stderr.hasSuffix(
                "TypeError: ones(): argument 'device' must be torch.device, not float\n"))
    }

    @Test func versionComparesAsAVersionNotAsText() {
        let result = ScriptRunner.run(
            """
            v = torch.__version__
            print(v, repr(v), v > "2.9", v < "2.16", v == "2.15.0+wick", v >= (2, 15), v < "2.15.0rc1", v > "2.15.0.dev1")
            print({v: 1}["2.15.0+wick"], v.split("+"))
            """)
        #expect(result.stdout == "2.15.0+wick '2.15.0+wick' True True True True False True\n1 ['2.15.0', 'wick']\n")
    }

    @Test func defaultDtypeIsPerSession() {
        let first = ScriptRunner.run("torch.set_default_dtype(torch.float64)\nprint(torch.tensor([0.5]).dtype)")
        let second = ScriptRunner.run("print(torch.tensor([0.5]).dtype, torch.get_default_dtype())")
        #expect(first.stdout == "torch.float64\n")
        #expect(second.stdout == "torch.float32 torch.float32\n")
    }

    @Test func printOptionsArePerSessionAndResetByProfile() {
        let first = ScriptRunner.run(
            "torch.set_printoptions(precision=1)\nprint(torch.tensor([1.25]))\ntorch.set_printoptions(profile='default')\nprint(torch.tensor([1.25]))"
        )
        let second = ScriptRunner.run("print(torch.tensor([1.25]))")
        #expect(first.stdout == "tensor([1.2])\ntensor([1.2500])\n")
        #expect(second.stdout == "tensor([1.2500])\n")
    }

    @Test func newTensorFromATensorWarnsAndCopies() {
        let result = ScriptRunner.run("x = torch.ones(2)\ny = x.new_tensor(x)\ny[0] = 5\nprint(x, y)")
        #expect(result.stdout == "tensor([1., 1.]) tensor([5., 1.])\n")
        #expect(
            result.stderr.contains(
                "UserWarning: To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone()"))
    }
}
