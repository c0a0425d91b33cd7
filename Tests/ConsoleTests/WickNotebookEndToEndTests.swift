import Foundation
import Testing

/// The seed tutorial typed at the prompt, statement by statement, against PyTorch's own output.
@Suite struct WickNotebookEndToEndTests {
    /// What PyTorch's prompt echoes for `torch.manual_seed(0)`, which a script does not print.
    static let manualSeedEcho = "<torch._C.Generator object at 0x…>\n"

    @Test func typingTheSeedNotebookAtThePromptGivesTheNotebooksOutput() throws {
        let directory = try TemporaryDirectory()
        let errorPath = directory.path + "/stderr"
        let prompt = try PromptDriver(directory: directory, standardErrorPath: errorPath)

        let lines = SeedNotebook.typedLines(of: try SeedNotebook.source())
        #expect(lines.first == "import torch" && lines.contains("") && lines.count > 40)
        var output = ""
        for line in lines {
            let continues = line.hasSuffix(":") || line.first == " "
            output += try #require(prompt.enter(line, next: continues ? "... " : ">>> "))
        }
        #expect(prompt.quit() == 0)

        let expected = Self.manualSeedEcho + (try SeedNotebook.output())
        #expect(SeedNotebook.normalisingAddresses(output) == SeedNotebook.normalisingAddresses(expected))
        let errors = try WickBinary.contents(errorPath)
        #expect(errors.contains("<stdin>:1: UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor"), "\(errors)")
        #expect(!errors.contains("Traceback"), "\(errors)")
    }
}
