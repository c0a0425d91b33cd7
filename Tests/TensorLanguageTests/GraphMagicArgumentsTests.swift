import Testing

@testable import TensorLanguage

struct GraphMagicArgumentsTests {
    @Test func aBareExpressionDrawsTheTree() {
        #expect(GraphMagicArguments("loss") == GraphMagicArguments(expression: "loss"))
    }

    @Test func dotAndSVGAreOptionsBeforeTheExpression() {
        #expect(GraphMagicArguments("--dot y * 2") == GraphMagicArguments(expression: "y * 2", dot: true))
        #expect(GraphMagicArguments("--svg out.svg l") == GraphMagicArguments(expression: "l", svgFile: "out.svg"))
        #expect(GraphMagicArguments("--svg") == GraphMagicArguments(expression: "", svgFile: ""))
        #expect(GraphMagicArguments("--svg").isIncomplete)
    }

    @Test func backpropReportsAsAnHTMLTable() {
        let session = Session(sink: TextSink(write: { _ in }, writeError: { _ in }))
        _ = session.run(source: "import torch\na = torch.ones(2, requires_grad=True)\nl = (a * 3).sum()\n", fileName: "t.py")
        guard case .success(let report) = session.backpropReport(of: "l") else {
            Issue.record("no report")
            return
        }
        #expect(
            report.html == """
                <p>backward from l = tensor(6., grad_fn=&lt;SumBackward0&gt;)</p>
                <table>
                <thead><tr><th>step</th><th>node</th><th>gradient in</th><th>sent to</th></tr></thead>
                <tbody>
                <tr><td>1</td><td><code>SumBackward0</code></td><td><pre>tensor(1.)</pre></td><td><b>MulBackward0</b><pre>tensor([1., 1.])</pre></td></tr>
                <tr><td>2</td><td><code>MulBackward0</code></td><td><pre>tensor([1., 1.])</pre></td><td><b>a [2] (AccumulateGrad)</b><pre>tensor([3., 3.])</pre></td></tr>
                <tr><td>3</td><td><code>a [2] (AccumulateGrad)</code></td><td><pre>tensor([3., 3.])</pre></td><td>accumulated into <code>a.grad</code></td></tr>
                </tbody>
                </table>
                <p>leaf gradients:</p>
                <table>
                <tr><td><code>a.grad</code></td><td><pre>tensor([3., 3.])</pre></td></tr>
                </table>

                """)
    }

    @Test func graphSVGHandsTheDOTToTheFrontEndsWriter() {
        var out = ""
        let session = Session(sink: TextSink(write: { out += $0 }, writeError: { out += "! " + $0 }))
        _ = session.run(source: "import torch\na = torch.ones(2, requires_grad=True)\nl = (a * 3).sum()\n", fileName: "t.py")
        var saved: [String] = []
        let context = MagicContext(saveSVG: { dot, file in
            saved.append(file + ":" + String(dot.prefix(16)))
            return nil
        })
        #expect(session.runMagic("%graph --svg g.svg l", context: context))
        #expect(session.runMagic("%graph --svg", context: context))
        #expect(session.runMagic("%graph --svg g.svg l", context: MagicContext()))
        #expect(saved == ["g.svg:digraph backward"])
        #expect(
            out == "Saved the graph of l to g.svg\n! " + GraphMagicArguments.svgUsage + "! " + GraphMagicArguments.svgUnavailable)
    }
}
