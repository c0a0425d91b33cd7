import Autograd

extension Interpreter {
    /// `repr(v)`, as CPython prints it.
    func repr(_ value: Value) throws -> String {
        switch value {
        case .noneValue: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let b): return try IntegerArithmetic.decimalString(b)
        case .float(let d): return PythonFloat.repr(d)
        case .string(let s): return StringRepr.quote(s)
        case .tuple(let items):
            return try nested("while getting the repr of an object") {
                if items.count == 1 { return "(\(try repr(items[0])),)" }
                return "(" + (try items.map { try repr($0) }).joined(separator: ", ") + ")"
            }
        case .list(let l):
            return try reprOnce(l, placeholder: "[...]") {
                "[" + (try l.items.map { try repr($0) }).joined(separator: ", ") + "]"
            }
        case .dict(let d):
            if let flavored = try d.flavoredRepr(self) { return flavored }
            return try reprOnce(d, placeholder: "{...}") {
                let pairs = try zip(d.keys, d.values).map { "\(try repr($0)): \(try repr($1))" }
                return "{" + pairs.joined(separator: ", ") + "}"
            }
        case .tensor(let t): return try NNParameter.repr(t) ?? tensorRepr(t)
        case .object(let o):
            if o.hasHeapType, let s = try userRepr(value) { return s }
            return try o.repr(interpreter: self)
        }
    }

    /// `str(v)`.
    func str(_ value: Value) throws -> String {
        switch value {
        case .string(let s): return s
        case .float(let d): return PythonFloat.str(d)
        case .object(let o):
            if o.hasHeapType, let s = try userStr(value) { return s }
            return try o.str(interpreter: self)
        default: return try repr(value)
        }
    }
}

/// The tensor repr: PyTorch's formatter plus the autograd suffixes.
enum TensorRepr {
    static func repr(_ t: Tensor) -> String {
        var suffixes: [String] = []
        if let fn = t.gradFn {
            suffixes.append("grad_fn=<\(fn.typeName)>")
        } else if t.requiresGrad {
            suffixes.append("requires_grad=True")
        }
        return TensorFormat.repr(
            TensorPrintInput(shape: t.shape, dtype: t.dtype, element: { t.element(at: $0) }, suffixes: suffixes))
    }
}

/// CPython's string repr: single quotes unless the text has one and no double quote.
enum StringRepr {
    static func quote(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "'" where !useDouble: out += "\\'"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2, with: "0")
                } else if (0x80..<0xA0).contains(scalar.value) || (0xD800..<0xE000).contains(scalar.value) {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2, with: "0")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append(quote)
        return out
    }
}
