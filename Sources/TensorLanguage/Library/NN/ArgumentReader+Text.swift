extension ArgumentReader {
    /// A `str` argument; `None` or absent is nil.
    func text(_ name: String) throws -> String? {
        guard let v = value(name) else { return nil }
        switch v {
        case .string(let s): return s
        case .noneValue: return nil
        default: throw PythonError(.typeError, "\(function)(): argument '\(name)' must be str, not \(v.typeName)")
        }
    }
}
