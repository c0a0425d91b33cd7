import ArgumentParser
import Autograd
import Console

/// `wick`: run PyTorch-flavoured Python on Wick's own autograd engine.
struct Wick: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wick",
        abstract: "Learn automatic differentiation at a PyTorch-style Python prompt.",
        discussion: """
            With no FILE on a terminal, starts the prompt. FILE '-' or piped input runs a script from stdin.
            `wick kernel install` makes Wick a Jupyter kernel (see `wick kernel --help`).
            """,
        version: WickVersion.string)

    @Option(name: .customShort("c"), help: "Run CODE as a script.")
    var command: String?

    @Option(help: "Seed the random generator at start-up (like torch.manual_seed(N)).")
    var seed: Int64?

    @Option(
        name: .customLong("max-memory"),
        help: "Most memory all tensors may hold together, e.g. 4G or 512M (default: half of physical memory).",
        transform: { text in
            guard let bytes = MemoryBudget.parseSize(text) else {
                throw ValidationError("--max-memory takes a size such as 4G, 512M or 1048576, not '\(text)'")
            }
            return bytes
        })
    var maxMemory: Int?

    @Option(
        help: """
            Threads for large element-wise kernels, sums and matrix products, like torch.set_num_threads(N) \
            (default: the physical cores, or OMP_NUM_THREADS).
            """,
        transform: { text in
            guard let n = Int(text), n > 0 else { throw ValidationError("--threads takes a positive number, not '\(text)'") }
            return n
        })
    var threads: Int?

    @Flag(help: "Print each cell as `In [n]:`, its source, then its output.")
    var echo = false

    @Flag(help: "Run a .py cell script cell by cell (# %% markers), showing each cell's last expression as Jupyter does.")
    var cells = false

    @Flag(help: "Run NOTEBOOK.ipynb and compare every cell's output with the stored one.")
    var check = false

    @Flag(help: "Run NOTEBOOK.ipynb and write it with fresh outputs (to -o OUT.ipynb).")
    var execute = false

    @Option(name: .shortAndLong, help: "Where --execute writes the notebook.")
    var output: String?

    @Flag(help: "Let --execute overwrite its input notebook.")
    var inPlace = false

    @Flag(help: "Keep running the remaining cells after a cell raises.")
    var continueOnError = false

    @Argument(help: "A Python script, cell script or notebook (.ipynb) to run, or '-' for standard input.")
    var file: String?

    mutating func run() throws {
        Runner.prepareProcess()
        if let maxMemory { MemoryBudget.limit = maxMemory }
        if let seed { EngineState.initialSeed = UInt64(bitPattern: seed) }
        if let threads { Parallel.defaultThreadCount = threads }
        let status: Int32
        if let command {
            status = Runner.runCommand(command)
        } else if let file, check {
            status = NotebookRunner.check(path: file)
        } else if let file, execute {
            status = NotebookRunner.execute(path: file, output: output, inPlace: inPlace, continueOnError: continueOnError)
        } else if let file, file != "-" {
            status = NotebookRunner.run(path: file, echo: echo, cells: cells, continueOnError: continueOnError)
        } else if file == nil && Runner.isInteractive {
            status = Prompt().run()
        } else {
            status = Runner.runStandardInput()
        }
        let final = Runner.finish(status: status)
        if final != 0 { throw ExitCode(final) }
    }
}

// `wick kernel …` is a command of its own: a root command with a FILE argument cannot also take
// subcommands, since the argument would swallow the word `kernel`.
if CommandLine.arguments.dropFirst().first == "kernel" {
    KernelCommand.main(Array(CommandLine.arguments.dropFirst(2)))
} else {
    Wick.main()
}
