import Autograd

extension Builtins {
    /// The classes bound as builtins under their own names.
    static var types: [PyType] {
        [.object, .type, .int, .float, .str, .bool, .list, .tuple, .dict]
    }

    static func constructInt(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let r = try ArgumentReader("int", args, ["x", "base"])
        guard let v = r.value("x") else { return .int(0) }
        guard let base = r.value("base") else { return try toInt(v, interpreter) }
        guard case .string(let text) = v else { throw IntegerMessages.baseWithoutString() }
        let radix = try Library.integer(base, function: "int", argument: "base")
        return try IntegerArithmetic.parse(text, base: radix)
    }

    static func constructFloat(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        guard let v = args.positional.first else { return .float(0) }
        return try toFloat(v)
    }

    static func constructStr(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        guard let v = args.positional.first else { return .string("") }
        return .string(try interpreter.str(v))
    }

    static func constructBool(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        guard let v = args.positional.first else { return .bool(false) }
        return .bool(try interpreter.truthy(v))
    }

    static func constructList(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        guard let v = args.positional.first else { return .list(ListBox([])) }
        return .list(ListBox(try interpreter.materialize(v)))
    }

    static func constructTuple(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        guard let v = args.positional.first else { return .tuple([]) }
        return .tuple(try interpreter.materialize(v))
    }

    static func constructDict(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let d = DictBox()
        if let v = args.positional.first {
            if case .dict(let other) = v {
                for (k, x) in zip(other.keys, other.values) { try d.set(k, x) }
            } else {
                for pair in try interpreter.materialize(v) {
                    let kv = try interpreter.materialize(pair)
                    guard kv.count == 2 else {
                        throw PythonError(
                            .valueError, "dictionary update sequence element has length \(kv.count); 2 is required")
                    }
                    try d.set(kv[0], kv[1])
                }
            }
        }
        for (k, v) in args.keywords { try d.set(.string(k), v) }
        return .dict(d)
    }

    static func toInt(_ v: Value, _ interpreter: Interpreter) throws -> Value {
        switch v {
        case .int, .bigInt: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try IntegerArithmetic.integer(truncating: d)
        case .string(let s): return try IntegerArithmetic.parse(s)
        case .tensor(let t):
            guard t.numel == 1 else {
                throw PythonError(.valueError, "only one element tensors can be converted to Python scalars")
            }
            return try toInt(interpreter.scalarValue(t.element(at: 0)), interpreter)
        default:
            throw PythonError(
                .typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(v.typeName)'")
        }
    }

    static func toFloat(_ v: Value) throws -> Value {
        switch v {
        case .float: return v
        case .int(let i): return .float(Double(i))
        case .bigInt(let b): return .float(try IntegerArithmetic.double(b))
        case .bool(let b): return .float(b ? 1 : 0)
        case .string(let s):
            let t = s.trimmingWhitespace().lowercased()
            switch t {
            case "nan", "+nan", "-nan": return .float(.nan)
            case "inf", "+inf", "infinity", "+infinity": return .float(.infinity)
            case "-inf", "-infinity": return .float(-.infinity)
            default:
                // Swift's Double(_:) also reads hexadecimal floats, which Python's float() refuses.
                guard let d = Double(t.replacingUnderscores()), !t.contains("x") else {
                    throw PythonError(.valueError, "could not convert string to float: \(StringRepr.quote(s))")
                }
                return .float(d)
            }
        case .tensor(let t):
            guard t.numel == 1 else {
                throw PythonError(.valueError, "only one element tensors can be converted to Python scalars")
            }
            return .float(t.element(at: 0).doubleValue)
        default:
            throw PythonError(.typeError, "float() argument must be a string or a real number, not '\(v.typeName)'")
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    func replacingUnderscores() -> String {
        String(unicodeScalars.filter { $0 != "_" }.map(Character.init))
    }
}
