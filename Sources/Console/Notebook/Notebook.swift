import Glibc
import JSON

/// A Jupyter notebook (nbformat 4): its cells for running, and the document for writing back.
struct Notebook {
    var document: [String: JSONValue]
    var cells: [Cell]

    /// Why a file could not be read as a notebook, in one line.
    struct LoadError: Error, Equatable {
        var message: String
    }

    init(data: [UInt8]) throws {
        let decoded: JSONValue
        do {
            decoded = try JSONParser.parse(data)
        } catch {
            throw LoadError(message: "not valid JSON (\(error.message))")
        }
        guard case .object(let document) = decoded else { throw LoadError(message: "not a JSON object") }
        guard case .integer(let major)? = document["nbformat"] else {
            throw LoadError(message: "no nbformat version: not a Jupyter notebook")
        }
        guard major == 4 else { throw LoadError(message: "nbformat \(major) is not supported (only nbformat 4)") }
        guard case .array(let rawCells)? = document["cells"] else { throw LoadError(message: "no cells list") }
        self.document = document
        self.cells = try rawCells.enumerated().map { try Notebook.cell($1, index: $0) }
    }

    private static func cell(_ raw: JSONValue, index: Int) throws -> Cell {
        guard let type = raw["cell_type"]?.stringValue else { throw LoadError(message: "cell \(index + 1) has no cell_type") }
        guard let source = raw["source"]?.text else { throw LoadError(message: "cell \(index + 1) has no source") }
        let kind: Cell.Kind = type == "code" ? .code : (type == "markdown" ? .markdown : .raw)
        var outputs: [StoredOutput]?
        if kind == .code, case .array(let stored)? = raw["outputs"] {
            let executed: Bool = if case .integer? = raw["execution_count"] { true } else { false }
            if !stored.isEmpty || executed { outputs = stored.map(storedOutput) }
        }
        return Cell(kind: kind, source: source, storedOutputs: outputs)
    }

    private static func storedOutput(_ raw: JSONValue) -> StoredOutput {
        switch raw["output_type"]?.stringValue {
        case "stream": return .stream(name: raw["name"]?.stringValue ?? "stdout", text: raw["text"]?.text ?? "")
        case "execute_result", "display_data": return .result(text: raw["data"]?["text/plain"]?.text ?? "")
        case "error": return .error(name: raw["ename"]?.stringValue ?? "", message: raw["evalue"]?.stringValue ?? "")
        default: return .other
        }
    }

    /// The notebook with fresh outputs and execution counts for the cells that ran.
    func withOutputs(_ results: [Int: (count: Int, outputs: [JSONValue])]) -> [String: JSONValue] {
        guard case .array(var rawCells)? = document["cells"] else { return document }
        for (index, result) in results where index < rawCells.count {
            guard case .object(var cell) = rawCells[index] else { continue }
            cell["outputs"] = .array(result.outputs)
            cell["execution_count"] = .integer(result.count)
            rawCells[index] = .object(cell)
        }
        var out = document
        out["cells"] = .array(rawCells)
        return out
    }

    /// Serialises a notebook document as nbformat does (sorted keys, one-space indent, a trailing newline).
    static func encode(_ document: [String: JSONValue]) -> [UInt8] {
        Array(JSONValue.object(document).notebookText.utf8)
    }
}
