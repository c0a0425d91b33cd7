import ArgumentParser
import Autograd
import Console

/// `wick`: run PyTorch-flavoured Python on Wick's own autograd engine.
struct Wick: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wick",
        abstract: "Learn automatic differentiation at a PyTorch-style Python prompt.",
        discussion: "With no FILE on a terminal, starts the prompt. FILE '-' or piped input runs a script from stdin.",
        version: WickVersion.string)

    @Option(name: .customShort("c"), help: "Run CODE as a script.")
    var command: String?

    @Option(help: "Seed the random generator at start-up (like torch.manual_seed(N)).")
    var seed: Int64?

    @Argument(help: "A Python script to run, or '-' for standard input.")
    var file: String?

    @Argument(parsing: .captureForPassthrough, help: .hidden)
    var scriptArguments: [String] = []

    mutating func run() throws {
        if let seed { DefaultGenerator.shared.manualSeed(UInt64(bitPattern: seed)) }
        let status: Int32
        if let command {
            status = Runner.runCommand(command)
        } else if let file, file != "-" {
            status = Runner.runFile(file)
        } else if file == nil && Runner.isInteractive {
            status = Prompt().run()
        } else {
            status = Runner.runStandardInput()
        }
        if status != 0 { throw ExitCode(status) }
    }
}

Wick.main()
