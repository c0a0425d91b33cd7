/// How a traceback names where code came from: a file as CPython does, a notebook cell as IPython does.
enum TracebackText {
    /// `  File "x.py", line 3, in f`; for a cell run under the name `Cell In[3]`, IPython's
    /// `  Cell In[3], line 2` (with `, in f` inside a function).
    static func frameLine(fileName: String, line: Int, function: String) -> String {
        if fileName.hasPrefix("Cell In[") {
            return "  \(fileName), line \(line)" + (function == "<module>" ? "" : ", in \(function)") + "\n"
        }
        return "  File \"\(fileName)\", line \(line), in \(function)\n"
    }

    /// A syntax error's `  File "Cell In[3]", line 1` as IPython writes it: `  Cell In[3], line 1`.
    static func namingCells(_ text: String) -> String {
        text.replacing(#/  File "(Cell In\[\d+\])", line/#) { "  \($0.output.1), line" }
    }
}
