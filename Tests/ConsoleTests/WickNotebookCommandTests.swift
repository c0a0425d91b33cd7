import Foundation
import Testing

/// `wick --check`, `--execute` and `--echo` on real notebooks, through the built binary.
@Suite(.serialized)
struct WickNotebookCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let executed = fixtures.appendingPathComponent("golden/notebooks/autograd-tutorial.ipynb").path
    static let mismatching = fixtures.appendingPathComponent("notebooks/autograd-tutorial-mismatch.ipynb").path

    @Test func checkOfTheExecutedTutorialMatchesEveryCell() throws {
        let run = try WickBinary.run(["--check", Self.executed])
        #expect(run.standardOutput == "13 cells match, 0 differ\n")
        #expect(run.status == 0)
    }

    @Test func checkReportsEachDifferingCell() throws {
        let run = try WickBinary.run(["--check", Self.mismatching])
        #expect(run.standardOutput.contains("cell 8: expected 'tensor([[4.6000, 4.6000],' / got 'tensor([[4.5000, 4.5000],'\n"))
        #expect(run.standardOutput.contains("cell 12: expected result 'torch.Size([4])' / got result 'torch.Size([3])'\n"))
        #expect(run.standardOutput.hasSuffix("11 cells match, 2 differ\n"))
        #expect(run.status == 1)
    }

    @Test func executeWritesValidNotebookThatRechecksClean() throws {
        let dir = try TemporaryDirectory()
        let out = dir.path + "/out.ipynb"
        _ = try WickBinary.run(["--execute", Self.executed, "-o", out])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        #expect(document["nbformat"] as? Int == 4)
        #expect(document["metadata"] as? NSDictionary == (try Self.original()["metadata"] as? NSDictionary))
        let cells = try #require(document["cells"] as? [[String: Any]])
        #expect(cells.count == 13)
        for (i, cell) in cells.enumerated() {
            #expect(cell["cell_type"] as? String == "code")
            #expect(cell["source"] != nil && cell["metadata"] != nil)
            #expect(cell["execution_count"] as? Int == i + 1)
            let outputs = try #require(cell["outputs"] as? [[String: Any]])
            for output in outputs {
                let kind = output["output_type"] as? String
                #expect(["stream", "execute_result", "error"].contains(kind ?? ""))
                if kind == "stream" { #expect(output["name"] != nil && output["text"] != nil) }
                if kind == "execute_result" { #expect(output["data"] != nil && output["execution_count"] != nil) }
                if kind == "error" { #expect(output["ename"] != nil && output["evalue"] != nil && output["traceback"] != nil) }
            }
        }
        let recheck = try WickBinary.run(["--check", out])
        #expect(recheck.standardOutput == "13 cells match, 0 differ\n")
    }

    @Test func executeRefusesToOverwriteItsInput() throws {
        let dir = try TemporaryDirectory()
        let copy = dir.path + "/nb.ipynb"
        try FileManager.default.copyItem(atPath: Self.executed, toPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let run = try WickBinary.run(["--execute", copy, "-o", copy])
        #expect(run.status == 2)
        #expect(run.standardError.contains("refusing to overwrite the input"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }

    @Test func malformedNotebookIsAOneLineErrorAndNothingIsWritten() throws {
        let dir = try TemporaryDirectory()
        let bad = try dir.write("{\"cells\": [", to: "bad.ipynb")
        let out = dir.path + "/out.ipynb"
        let run = try WickBinary.run(["--execute", bad, "-o", out])
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("wick: \(bad): not valid JSON"))
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func echoShowsCellsAsTheSeedDocumentDoes() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.write("# %%\nimport torch\n\n# %%\nx = torch.ones(2)\nprint(x)\n\n# %%\nx * 2\n", to: "cells.py")
        let run = try WickBinary.run(["--echo", script])
        #expect(
            run.standardOutput == """
                In [1]:
                import torch


                In [2]:
                x = torch.ones(2)
                print(x)

                tensor([1., 1.])

                In [3]:
                x * 2

                Out[3]: tensor([2., 2.])


                """)
    }

    static func original() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: executed))) as? [String: Any])
    }
}
