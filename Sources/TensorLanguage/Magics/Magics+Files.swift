#if canImport(Glibc)
    import Glibc
#endif

/// `%run FILE` and `%load FILE`.
extension Session {
    /// `%run FILE`: runs a script (or a notebook's code cells) in this session's namespace, so
    /// what it defines stays available, as `%run -i` does in IPython.
    func runFile(_ path: String, context: MagicContext) {
        guard !path.isEmpty else {
            interpreter.writeError("UsageError: %run needs a file name, e.g. %run train.py\n")
            return
        }
        let source = path.hasSuffix(".ipynb") ? context.notebookCode(path) : MagicFiles.read(path)
        guard let source else {
            interpreter.writeError("ERROR:root:File `'\(path)'` not found.\n")
            return
        }
        _ = run(source: source, fileName: path)
    }

    /// `%load FILE`: puts the file's text in the next input, after a `# %load FILE` line, for editing.
    func load(_ path: String, context: MagicContext) {
        guard !path.isEmpty else {
            interpreter.writeError("UsageError: %load needs a file name, e.g. %load model.py\n")
            return
        }
        guard let source = MagicFiles.read(path) else {
            interpreter.writeError("ERROR:root:File `'\(path)'` not found.\n")
            return
        }
        guard let setNextInput = context.setNextInput else {
            interpreter.writeError("UsageError: %load needs a prompt to put the text in\n")
            return
        }
        setNextInput("# %load \(path)\n" + source)
    }
}

/// Reading source files and the working directory for the magics.
enum MagicFiles {
    /// The file's text (invalid UTF-8 repaired), or nil if it cannot be read or is a directory.
    static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        guard let bytes = FileBytes.read(fd: fd) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `os.getcwd()`.
    static func currentDirectory() -> String {
        guard let path = getcwd(nil, 0) else { return "" }
        defer { free(path) }
        return String(cString: path)
    }
}
