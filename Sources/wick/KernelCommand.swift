import ArgumentParser
import Console
import Kernel

/// `wick kernel -f CONNECTION.json`, `wick kernel install`, `wick kernel uninstall`.
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernel",
        abstract: "Run Wick as a Jupyter kernel (Jupyter starts it), or install it for Jupyter.",
        discussion: "Jupyter runs `wick kernel -f CONNECTION_FILE` from the kernelspec that `wick kernel install` writes.",
        subcommands: [Install.self, Uninstall.self])

    @Option(name: .customShort("f"), help: "The connection file Jupyter wrote (ports and signing key).")
    var connectionFile: String?

    func run() throws {
        guard let connectionFile else {
            throw ValidationError("wick kernel needs -f CONNECTION_FILE (Jupyter passes it); see wick kernel install")
        }
        throw ExitCode(KernelServer.run(connectionFile: connectionFile, version: WickVersion.string))
    }

    /// Where a kernelspec goes: `--user`, `--prefix P`, or the system's folder.
    struct Placement: ParsableArguments {
        @Flag(help: "Install for this user only (Jupyter's data folder, or $JUPYTER_DATA_DIR).")
        var user = false

        @Option(help: "Install under PREFIX/share/jupyter (e.g. a virtual environment's sys.prefix).")
        var prefix: String?

        @Option(help: "The kernelspec's name.")
        var name = Kernelspec.defaultName

        func validate() throws {
            if user && prefix != nil { throw ValidationError("--user and --prefix cannot be used together") }
        }

        var kernelspec: Kernelspec {
            Kernelspec(location: user ? .user : prefix.map { .prefix($0) } ?? .system, name: name)
        }
    }

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write Wick's kernelspec where Jupyter finds it.")

        @OptionGroup var placement: Placement

        func run() throws {
            guard let wick = Kernelspec.currentExecutable else { throw ValidationError("cannot find the wick executable") }
            try report(placement.kernelspec.install(wickPath: wick))
        }
    }

    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove Wick's kernelspec.")

        @OptionGroup var placement: Placement

        func run() throws {
            try report(placement.kernelspec.uninstall())
        }
    }
}

/// Prints a kernelspec command's message, or its error and exit status 1.
private func report(_ result: Result<String, KernelStartError>) throws {
    switch result {
    case .success(let message): Output.write(message)
    case .failure(let error):
        Output.error("wick kernel: \(error)\n")
        throw ExitCode(1)
    }
}
