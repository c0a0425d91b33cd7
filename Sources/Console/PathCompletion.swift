import Glibc

/// Tab inside a string literal, or after `%run` / `%load`: file and directory names, as IPython offers.
enum PathCompletion {
    /// The partial path being typed, if the cursor is in an open string literal or a file magic's argument.
    static func partialPath(beforeCursor text: String) -> String? {
        let line = text.drop { $0 == " " }
        for magic in ["%run ", "%load "] where line.hasPrefix(magic) {
            let argument = line.dropFirst(magic.count).drop { $0 == " " }
            return argument.contains(" ") ? nil : String(argument)
        }
        guard case .openLiteral(let start) = LineScan.walk(text) else { return nil }
        return String(text[start...])
    }

    /// Full paths in the directory `partial` names that start with its last component; directories
    /// end in `/`, and hidden files are offered only after a typed `.`.
    static func candidates(for partial: String) -> [String] {
        let slash = partial.lastIndex(of: "/")
        let directory = slash.map { String(partial[...$0]) } ?? ""
        let stem = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        let expanded = directory.hasPrefix("~/") ? home() + directory.dropFirst() : directory
        guard let handle = opendir(expanded.isEmpty ? "." : expanded) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle), names.count < 10_000 {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != "..", name.hasPrefix(stem), !name.hasPrefix(".") || stem.hasPrefix(".") else { continue }
            var info = stat()
            let isDirectory = stat(expanded + name, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            names.append(directory + name + (isDirectory ? "/" : ""))
        }
        return names.sorted()
    }

    /// What a listing shows for a path: its last component (`data/train.csv` → `train.csv`, `data/` → `data/`).
    static func fileName(_ path: String) -> String {
        guard let slash = path.dropLast().lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    private static func home() -> String {
        guard let value = getenv("HOME") else { return "" }
        return String(cString: value)
    }
}
