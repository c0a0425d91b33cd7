import Autograd

extension Interpreter {
    /// Renders the parts of an f-string.
    func formatParts(_ parts: [FormattedStringPart], in frame: Frame) throws -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let text): out += text
            case .replacement(let field):
                let value = try evaluate(field.expression, in: frame)
                let spec = try field.formatSpec.map { try formatParts($0, in: frame) } ?? ""
                switch field.conversion {
                case .repr?: out += try format(.string(try repr(value)), spec)
                case .str?: out += try format(.string(try str(value)), spec)
                case .ascii?: out += try format(.string(try ascii(value)), spec)
                case nil: out += try format(value, spec)
                }
            }
        }
        return out
    }

    /// `format(value, spec)`.
    func format(_ value: Value, _ spec: String) throws -> String {
        switch value {
        case .tensor(let t):
            if t.dim == 0 { return try format(scalarValue(t.element(at: 0)), spec) }
            guard spec.isEmpty else {
                throw PythonError(.typeError, "unsupported format string passed to Tensor.__format__")
            }
            return try tensorRepr(t)
        case .object(let o) where o.hasHeapType:
            if let r = try callUserMethod(value, "__format__", [.string(spec)]) {
                guard case .string(let s) = r else {
                    throw PythonError(.typeError, "__format__ must return a str, not \(r.typeName)")
                }
                return s
            }
            if case .object(let instance as Instance) = value, let payload = instance.payload {
                return try format(payload, spec)
            }
            if spec.isEmpty { return try str(value) }
            throw PythonError(.typeError, "unsupported format string passed to \(o.pythonType.qualifiedName).__format__")
        default:
            if spec.isEmpty { return try str(value) }
            return try FormatSpec.apply(spec, to: value, interpreter: self)
        }
    }

    /// `ascii(value)`: the repr with every non-ASCII character escaped (`\xe9`, `\u20ac`, `\U0001f600`).
    func ascii(_ value: Value) throws -> String {
        var out = ""
        for scalar in try repr(value).unicodeScalars {
            let code = scalar.value
            guard code > 0x7F else {
                out.unicodeScalars.append(scalar)
                continue
            }
            let (prefix, width) = code <= 0xFF ? ("\\x", 2) : code <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
            let hex = String(code, radix: 16)
            out += prefix + String(repeating: "0", count: width - hex.count) + hex
        }
        return out
    }

    func scalarValue(_ s: Scalar) -> Value {
        switch s {
        case .float(let d): .float(d)
        case .int(let i): .int(Int(i))
        case .bool(let b): .bool(b)
        }
    }
}
