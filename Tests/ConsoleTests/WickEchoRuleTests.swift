import Foundation
import Testing

@testable import Console

/// One rule for echo: a `.py` file prints what `python FILE.py` prints, whatever comments it holds;
/// Jupyter-style echo of a cell's last expression is for notebooks, `--cells` and `--echo`.
@Suite struct WickEchoRuleTests {
    static let cellScript = "# %%\nimport torch\ntorch.manual_seed(1)\n\n# %%\nx = 2\nx * 3\n"
    static let galleryScript =
        "import torch\n\n" + String(repeating: "#", count: 30) + "\n# Heading\n\nx = 2\nx * 3\nprint('done')\n"

    static func notebook(_ cells: [String]) -> String {
        let encoded = cells.map { source in
            let escaped = source.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n")
            let text = "\"" + escaped + "\""
            return "{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [], \"source\": \(text)}"
        }
        return "{\"cells\": [\(encoded.joined(separator: ", "))], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}"
    }

    @Test func aScriptWithCellMarkersPrintsOnlyWhatPythonPrints() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write(Self.cellScript, to: "cells.py")
        _ = try directory.write(Self.galleryScript, to: "gallery.py")
        let cells = try WickBinary.run(["cells.py"], in: directory.path)
        #expect(cells.status == 0 && cells.standardOutput == "", "\(cells.standardOutput)")
        let gallery = try WickBinary.run(["gallery.py"], in: directory.path)
        #expect(gallery.status == 0 && gallery.standardOutput == "done\n", "\(gallery.standardOutput)")
    }

    @Test func cellsFlagEchoesEachCellsLastExpressionAsJupyterDoes() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write(Self.cellScript, to: "cells.py")
        let run = try WickBinary.run(["--cells", "cells.py"], in: directory.path)
        #expect(run.status == 0)
        #expect(SeedNotebook.normalisingAddresses(run.standardOutput) == "<torch._C.Generator object at 0x…>\n6\n")
    }

    @Test func aNotebooksTracebackNamesTheCellAsIPythonDoes() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write(Self.notebook(["a = 1", "b = a + 1\nprint(c)"]), to: "nb.ipynb")
        let run = try WickBinary.run(["nb.ipynb"], in: directory.path)
        #expect(run.status == 1)
        #expect(
            run.standardError == """
                Traceback (most recent call last):
                  Cell In[2], line 2
                    print(c)
                NameError: name 'c' is not defined

                """)
    }

    @Test func executeSaysWhichCellFailedAndHow() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write(Self.notebook(["a = 1", "b = a + 1\nprint(c)", "a"]), to: "nb.ipynb")
        let run = try WickBinary.run(["--execute", "nb.ipynb", "-o", "out.ipynb"], in: directory.path)
        #expect(run.status == 1)
        #expect(
            run.standardError == """
                An error occurred while executing the following cell (cell 2):
                ------------------
                b = a + 1
                print(c)
                ------------------

                Traceback (most recent call last):
                  Cell In[2], line 2
                    print(c)
                NameError: name 'c' is not defined


                """)
        let kept = try WickBinary.run(["--execute", "--continue-on-error", "nb.ipynb", "-o", "out2.ipynb"], in: directory.path)
        #expect(kept.standardError == "wick: cell 2 raised NameError; its traceback is in the output notebook\n")
    }
}

@Suite struct NotebookCodeTests {
    @Test func runOfANotebookGetsItsCodeCellsInOrder() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(WickEchoRuleTests.notebook(["a = 1", "b = a + 1"]), to: "nb.ipynb")
        #expect(NotebookRunner.code(of: path) == "a = 1\n\nb = a + 1\n")
        #expect(NotebookRunner.code(of: directory.path + "/missing.ipynb") == nil)
    }
}
