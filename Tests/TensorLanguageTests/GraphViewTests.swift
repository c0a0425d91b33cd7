import Testing

@testable import TensorLanguage

@Suite(.serialized)
struct GraphViewTests {
    static func session(_ source: String) -> Session {
        let session = Session(sink: TextSink(write: { _ in }, writeError: { _ in }))
        _ = session.run(source: source, fileName: "setup.py")
        return session
    }

    @Test func treeNamesLeavesAndMarksSharedNodes() {
        let s = Self.session(
            """
            import torch
            x = torch.ones(2, 2, requires_grad=True)
            y = x + 2
            z = y * y * 3
            out = z.mean()
            """)
        #expect(
            s.graph(of: "out", dot: false) == """
                MeanBackward0
                └── MulBackward0
                    ├── MulBackward0
                    │   ├── AddBackward0
                    │   │   ├── x [2, 2] (AccumulateGrad)
                    │   │   └── · (input that needs no gradient)
                    │   └── AddBackward0  ↺ shared, shown above
                    └── · (input that needs no gradient)

                """)
    }

    /// A long chain prints one line per node with bounded indentation: linear in the chain.
    @Test func deepChainsStopIndentingAtFiftyLevels() {
        let s = Self.session(
            "import torch\nx = torch.ones(1, requires_grad=True)\ny = x\nfor _ in range(3000):\n    y = y * 1")
        let lines = s.graph(of: "y", dot: false).split(separator: "\n")
        // Each MulBackward0 has the chain below it and the constant 1 beside it.
        #expect(lines.count == 6001)
        #expect(lines.first == "MulBackward0")
        #expect(lines.map(\.count).max() == 200 + "└── · (input that needs no gradient)".count)
        #expect(lines.last == "└── · (input that needs no gradient)")
    }

    @Test func dotOutputIsAGraphvizDigraph() {
        let s = Self.session("import torch\nw = torch.ones(3, requires_grad=True)\nl = (w * 2).sum()")
        let dot = s.graph(of: "l", dot: true)
        #expect(dot.hasPrefix("digraph backward {"))
        #expect(dot.contains("n0 [label=\"SumBackward0\"]"))
        #expect(dot.contains("w [3] (AccumulateGrad)"))
        #expect(dot.contains("n0 -> n1;"))
    }

    @Test func backpropTraceShowsEveryStepAndLeafGradients() {
        let s = Self.session("import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)\nl = (x * x).sum()")
        let trace = s.backpropTrace(of: "l")
        #expect(trace.contains("step 1: SumBackward0\n    grad in:  tensor(1.)\n    to MulBackward0: tensor([1., 1.])"))
        #expect(trace.contains("step 2: MulBackward0"))
        #expect(trace.contains("to x [2] (AccumulateGrad): tensor([1., 2.])"))
        #expect(trace.hasSuffix("leaf gradients:\n    x.grad = tensor([2., 4.])\n"))
    }

    @Test func graphOfNonTensorExplainsWhatIsNeeded() {
        let s = Self.session("a = 1")
        #expect(s.graph(of: "a", dot: false).contains("needs an expression that evaluates to a tensor"))
    }
}
