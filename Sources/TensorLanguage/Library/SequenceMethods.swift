/// Methods of `str`, `list` and `dict` values.
enum StringMethods {
    static func method(_ s: String, _ name: String) -> Value? {
        let body: ((Arguments, Interpreter) throws -> Value)?
        switch name {
        case "upper": body = { _, _ in .string(s.uppercased()) }
        case "lower": body = { _, _ in .string(s.lowercased()) }
        case "join":
            body = { args, i in
                let parts = try i.materialize(try Builtins.single(args, "join")).map { v -> String in
                    guard case .string(let p) = v else {
                        throw PythonError(.typeError, "sequence item 0: expected str instance, \(v.typeName) found")
                    }
                    return p
                }
                return .string(parts.joined(separator: s))
            }
        case "split":
            body = { args, _ in try StringSplit.split(s, args) }
        case "rsplit":
            body = { args, _ in try StringSplit.split(s, args, fromRight: true) }
        case "replace":
            body = { args, i in try StringMethods.replace(s, args, i) }
        case "format":
            body = { args, i in .string(try StringFormatMethod.format(s, args, i)) }
        default: return StringMethods.more(s, name)
        }
        return body.map { .object(BuiltinFunction(name, $0)) }
    }
}

extension String {
    func components(separatedBy separator: String) -> [String] {
        let text = Array(self)
        let sep = Array(separator)
        guard !sep.isEmpty else { return [self] }
        var out: [String] = []
        var start = 0
        var i = 0
        while i + sep.count <= text.count {
            if Array(text[i..<i + sep.count]) == sep {
                out.append(String(text[start..<i]))
                i += sep.count
                start = i
            } else {
                i += 1
            }
        }
        out.append(String(text[start...]))
        return out
    }

    func replacing(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
