import Autograd

/// The parts of `torch.nn` written in Python — the layer classes and `nn.init` — as PyTorch writes them
/// (`torch/nn/modules/*.py`, `torch/nn/init.py`), run by each session's interpreter when it first imports
/// `torch`. They sit on the Swift `nn.Module`, call `torch.nn.functional`, and draw initial weights from
/// the generator in PyTorch's order, so a seeded `nn.Linear` holds PyTorch's numbers.
enum NNPrelude {
    /// One source file: the dotted module name its classes report (`torch.nn.modules.linear`) and its code.
    struct Chunk: Sendable {
        let moduleName: String
        let module: Module
    }

    /// Parsed once per process; a `#module NAME` line starts a new file inside a source string.
    nonisolated(unsafe) static let chunks: Result<[Chunk], PythonError> = {
        var out: [Chunk] = []
        let sources = [
            ("torch.nn.init", initSource), ("torch.nn.modules.container", containerSource),
            ("torch.nn.modules.linear", linearSource), ("torch.nn.modules.activation", activationSource),
            ("torch.nn.modules.loss", lossSource), ("torch.nn.utils.clip_grad", utilsSource),
        ]
        for (firstName, source) in sources {
            var name = firstName
            var lines: [Substring] = []
            func flush() -> PythonError? {
                defer { lines = [] }
                let path = "<wick>/" + name.split(separator: ".").joined(separator: "/") + ".py"
                guard case .complete(let module) = parse(source: lines.joined(separator: "\n"), fileName: path) else {
                    return PythonError(.runtimeError, "Wick's own \(path) failed to parse")
                }
                out.append(Chunk(moduleName: name, module: module))
                return nil
            }
            for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("#module ") {
                    if let error = flush() { return .failure(error) }
                    name = String(line.dropFirst("#module ".count))
                } else {
                    lines.append(line)
                }
            }
            if let error = flush() { return .failure(error) }
        }
        return .success(out)
    }()

    /// Runs every chunk in `globals`, setting `__name__` to each chunk's module name first.
    static func run(_ chunks: [Chunk], in globals: Namespace, interpreter: Interpreter) throws {
        for chunk in chunks {
            globals["__name__"] = .string(chunk.moduleName)
            let frame = Frame(function: "<module>", module: chunk.module, globals: globals)
            interpreter.frames.append(frame)
            defer { interpreter.frames.removeLast() }
            _ = try interpreter.execute(chunk.module.body, in: frame)
        }
    }
}
