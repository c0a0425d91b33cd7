import Testing

@testable import Console

struct CellScriptTests {
    @Test func plainScriptHasNoCells() {
        #expect(CellScript.cells(in: "x = 1\nprint(x)\n") == nil)
    }

    @Test func percentCellsSplitCodeAndMarkdown() throws {
        let cells = try #require(
            CellScript.cells(
                in: """
                    # %% [markdown]
                    # # Title
                    # Some prose.

                    # %%
                    import torch
                    x = 1

                    # %%
                    x
                    """))
        #expect(cells.map(\.kind) == [.markdown, .code, .code])
        #expect(cells[0].source == "# Title\nSome prose.")
        #expect(cells[1].source == "import torch\nx = 1")
        #expect(cells[1].firstLine == 6)
        #expect(cells[2].source == "x" && cells[2].firstLine == 10)
    }

    @Test func sphinxGalleryBlocksStartAtLongCommentRules() throws {
        let cells = try #require(
            CellScript.cells(
                in: """
                    import torch
                    ######################################################################
                    # Now the gradient.
                    x = torch.ones(2)
                    """))
        #expect(cells.map(\.kind) == [.code, .markdown, .code])
        #expect(cells[1].source == "Now the gradient.")
        #expect(cells[2].source == "x = torch.ones(2)" && cells[2].firstLine == 4)
    }
}

struct OutputComparisonTests {
    @Test func addressesAndSmallNumericDifferencesAreEqual() {
        #expect(
            OutputComparison.difference(expected: "<A object at 0x7f00ab>\n1.00001\n", got: "<A object at 0x55>\n1.0000100001")
                == nil)
        #expect(OutputComparison.difference(expected: "tensor([1.5000])", got: "tensor([1.6000])") != nil)
        #expect(OutputComparison.difference(expected: "AddBackward0", got: "AddBackward1") != nil)
    }

    @Test func numbersGluedToLettersAreText() {
        #expect(OutputComparison.tokens("float32 x1 2.5e-3") == ["float32 x1 ", "2.5e-3", ""])
    }
}

struct NotebookParsingTests {
    @Test func malformedDocumentsGiveOneLineReasons() {
        #expect(throws: Notebook.LoadError(message: "no nbformat version: not a Jupyter notebook")) {
            try Notebook(data: Array("{\"cells\": []}".utf8))
        }
        #expect(throws: Notebook.LoadError(message: "nbformat 3 is not supported (only nbformat 4)")) {
            try Notebook(data: Array("{\"nbformat\": 3}".utf8))
        }
        #expect(throws: Notebook.LoadError.self) { try Notebook(data: Array("{\"cells\": [".utf8)) }
    }

    @Test func storedOutputsAreReadByKind() throws {
        let json = """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
              {"cell_type": "markdown", "metadata": {}, "source": ["# Hi"]},
              {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["print(1)\\n", "2"],
               "outputs": [{"output_type": "stream", "name": "stdout", "text": ["1\\n"]},
                           {"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"text/plain": ["2"]}}]},
              {"cell_type": "code", "execution_count": null, "metadata": {}, "source": "x", "outputs": []}
            ]}
            """
        let notebook = try Notebook(data: Array(json.utf8))
        #expect(notebook.cells.map(\.kind) == [.markdown, .code, .code])
        #expect(notebook.cells[1].source == "print(1)\n2")
        #expect(notebook.cells[1].storedOutputs == [.stream(name: "stdout", text: "1\n"), .result(text: "2")])
        #expect(notebook.cells[2].storedOutputs == nil)
    }
}
