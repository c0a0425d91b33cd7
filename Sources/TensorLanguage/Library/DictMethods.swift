/// Methods of `dict` values.
enum DictMethods {
    private typealias Body = (Arguments, Interpreter) throws -> Value

    static func method(_ dict: DictBox, _ name: String) -> Value? {
        if let special = Counting.method(dict, name) { return special }
        let body: Body? = mutations(dict, name) ?? queries(dict, name)
        return body.map { .object(BuiltinFunction(name, $0)) }
    }

    private static func queries(_ dict: DictBox, _ name: String) -> Body? {
        switch name {
        case "keys": return { _, _ in .object(DictView(dict, .keys)) }
        case "values": return { _, _ in .object(DictView(dict, .values)) }
        case "items": return { _, _ in .object(DictView(dict, .items)) }
        case "get":
            return { args, _ in
                guard (1...2).contains(args.positional.count) else {
                    throw PythonError(.typeError, "get expected at least 1 argument, got \(args.positional.count)")
                }
                return try dict.get(args.positional[0]) ?? (args.positional.count > 1 ? args.positional[1] : .noneValue)
            }
        case "copy": return { _, _ in .dict(try dict.flavoredCopy()) }
        default: return nil
        }
    }

    private static func mutations(_ dict: DictBox, _ name: String) -> Body? {
        switch name {
        case "update":
            return { args, i in
                guard args.positional.count <= 1 else {
                    throw PythonError(.typeError, "update expected at most 1 argument, got \(args.positional.count)")
                }
                if let source = args.positional.first { try dict.update(from: source, i) }
                for (k, v) in args.keywords { try dict.set(.string(k), v) }
                return .noneValue
            }
        case "pop":
            return { args, i in
                guard (1...2).contains(args.positional.count) else {
                    throw PythonError(.typeError, "pop expected at least 1 argument, got \(args.positional.count)")
                }
                let key = args.positional[0]
                if let v = try dict.get(key) {
                    _ = try dict.remove(key)
                    return v
                }
                if args.positional.count > 1 { return args.positional[1] }
                throw PythonError(ExceptionObject(.keyError, args: [key], interpreter: i))
            }
        case "popitem":
            return { _, _ in
                guard let key = dict.keys.last, let value = dict.values.last else {
                    throw PythonError(.keyError, "'popitem(): dictionary is empty'")
                }
                _ = try dict.remove(key)
                return .tuple([key, value])
            }
        case "setdefault":
            return { args, _ in
                guard (1...2).contains(args.positional.count) else {
                    throw PythonError(.typeError, "setdefault expected at least 1 argument, got \(args.positional.count)")
                }
                if let v = try dict.get(args.positional[0]) { return v }
                let v = args.positional.count > 1 ? args.positional[1] : .noneValue
                try dict.set(args.positional[0], v)
                return v
            }
        case "clear":
            return { _, _ in
                _ = dict.takeAll()
                return .noneValue
            }
        default: return nil
        }
    }

    /// `dict.fromkeys(iterable, value=None)`.
    static func fromKeys(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        guard (1...2).contains(args.positional.count) else {
            throw PythonError(.typeError, "fromkeys expected at least 1 argument, got \(args.positional.count)")
        }
        let out = DictBox()
        let value = args.positional.count > 1 ? args.positional[1] : .noneValue
        let iterator = try interpreter.makeIterator(args.positional[0])
        while let k = try iterator.next() { try out.set(k, value) }
        return .dict(out)
    }
}

extension DictBox {
    func copy() throws -> DictBox {
        let out = DictBox()
        for (k, v) in zip(keys, values) { try out.set(k, v) }
        return out
    }

    /// `dict.update(other)`: a mapping, or an iterable of key/value pairs.
    func update(from source: Value, _ interpreter: Interpreter) throws {
        if case .dict(let other) = source {
            for (k, v) in zip(other.keys, other.values) { try set(k, v) }
            return
        }
        let iterator = try interpreter.makeIterator(source)
        var index = 0
        while let pair = try iterator.next() {
            let kv: [Value]
            do { kv = try interpreter.materialize(pair) } catch let error as PythonError
                where error.exception.exceptionClass === ExceptionClass.typeError
            {
                throw PythonError(
                    .typeError, "cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard kv.count == 2 else {
                throw PythonError(
                    .valueError, "dictionary update sequence element #\(index) has length \(kv.count); 2 is required")
            }
            try set(kv[0], kv[1])
            index += 1
        }
    }
}

extension Interpreter {
    /// `d1 | d2`: a new dict; nil when the operands are not both dicts.
    func dictOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        if let counted = try Counting.operation(op, a, b, self) { return counted }
        guard op == .bitwiseOr, case .dict(let x) = a, case .dict(let y) = b else { return nil }
        let out = try x.copy()
        try out.update(from: .dict(y), self)
        return .dict(out)
    }

    /// `d |= other` updates in place (any mapping or iterable of pairs).
    func dictInPlace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard op == .bitwiseOr, case .dict(let x) = a else { return nil }
        try x.update(from: b, self)
        return a
    }
}

/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
final class DictView: PyObject, SizedObject {
    enum Kind: String {
        case keys
        case values
        case items
    }

    let dict: DictBox
    let kind: Kind

    init(_ dict: DictBox, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
    }

    override var typeName: String { "dict_\(kind.rawValue)" }
    var length: Int { dict.count }

    var items: [Value] {
        switch kind {
        case .keys: dict.keys
        case .values: dict.values
        case .items: zip(dict.keys, dict.values).map { .tuple([$0, $1]) }
        }
    }

    override func repr(interpreter: Interpreter) throws -> String {
        "\(typeName)(\(try interpreter.repr(.list(ListBox(items)))))"
    }

    override func makeIterator(interpreter: Interpreter) throws -> ValueIterator { ArrayIterator(items) }

    func contains(_ value: Value, _ interpreter: Interpreter) throws -> Bool {
        switch kind {
        case .keys: return try dict.get(value) != nil
        case .items:
            guard case .tuple(let pair) = value, pair.count == 2, let v = try dict.get(pair[0]) else { return false }
            return try interpreter.identical(v, pair[1]) || interpreter.equal(v, pair[1])
        case .values:
            return try dict.values.contains { try interpreter.identical($0, value) || interpreter.equal($0, value) }
        }
    }
}
