/// A class made by `collections.namedtuple`: calling it makes tuples with named fields.
final class NamedTupleType: PyObject {
    let name: String
    let fields: [String]
    let defaults: [Value]

    init(name: String, fields: [String], defaults: [Value]) {
        self.name = name
        self.fields = fields
        self.defaults = defaults
    }

    override var typeName: String { "type" }
    override var isCallable: Bool { true }
    override func repr(interpreter: Interpreter) throws -> String { "<class '__main__.\(name)'>" }

    /// `namedtuple(typename, field_names, *, defaults=None)`.
    static func make(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let r = try ArgumentReader("namedtuple", args, ["typename", "field_names", "rename", "defaults", "module"])
        guard case .string(let name) = try r.required("typename") else {
            throw PythonError(.typeError, "namedtuple() typename must be a str")
        }
        let spec = try r.required("field_names")
        let fields: [String]
        if case .string(let text) = spec {
            fields = text.replacing(",", with: " ").split(separator: " ").map(String.init)
        } else {
            fields = try interpreter.materialize(spec).map { try interpreter.str($0) }
        }
        for field in [name] + fields {
            guard let first = field.unicodeScalars.first, first == "_" || first.properties.isXIDStart,
                field.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isXIDContinue })
            else {
                throw PythonError(.valueError, "Type names and field names must be valid identifiers: \(StringRepr.quote(field))")
            }
        }
        if let dup = fields.enumerated().first(where: { fields.prefix($0.offset).contains($0.element) }) {
            throw PythonError(.valueError, "Encountered duplicate field name: \(StringRepr.quote(dup.element))")
        }
        if let bad = fields.first(where: { $0.hasPrefix("_") }) {
            throw PythonError(.valueError, "Field names cannot start with an underscore: \(StringRepr.quote(bad))")
        }
        let defaults = try r.value("defaults").map { $0.isNone ? [] : try interpreter.materialize($0) } ?? []
        if defaults.count > fields.count { throw PythonError(.typeError, "Got more default values than field names") }
        return .object(NamedTupleType(name: name, fields: fields, defaults: defaults))
    }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        var values: [Value?] = args.positional.map { $0 }
        if values.count > fields.count {
            throw PythonError(
                .typeError, "\(name).__new__() takes \(fields.count + 1) positional arguments but \(values.count + 1) were given")
        }
        values += [Value?](repeating: nil, count: fields.count - values.count)
        for (key, value) in args.keywords {
            guard let i = fields.firstIndex(of: key) else {
                throw PythonError(.typeError, "\(name).__new__() got an unexpected keyword argument '\(key)'")
            }
            if values[i] != nil { throw PythonError(.typeError, "\(name).__new__() got multiple values for argument '\(key)'") }
            values[i] = value
        }
        let firstDefault = fields.count - defaults.count
        for i in firstDefault..<fields.count where values[i] == nil { values[i] = defaults[i - firstDefault] }
        let missing = fields.indices.filter { values[$0] == nil }.map { "'\(fields[$0])'" }
        if !missing.isEmpty {
            let noun = missing.count == 1 ? "argument" : "arguments"
            throw PythonError(
                .typeError,
                "\(name).__new__() missing \(missing.count) required positional \(noun): \(FunctionObject.englishList(missing))")
        }
        return .object(NamedTupleValue(type: self, values: values.compactMap { $0 }))
    }

    override func attribute(_ attr: String, interpreter: Interpreter) throws -> Value? {
        switch attr {
        case "_fields": return .tuple(fields.map { .string($0) })
        case "__name__": return .string(name)
        case "_make":
            return .object(
                BuiltinFunction("_make") { args, i in
                    try self.call(Arguments(try i.materialize(try Builtins.single(args, "_make"))), interpreter: i)
                })
        default: return nil
        }
    }
}

/// An instance of a `namedtuple` class: a tuple whose items also have names.
final class NamedTupleValue: PyObject, SizedObject, TupleLike {
    let type: NamedTupleType
    let values: [Value]

    init(type: NamedTupleType, values: [Value]) {
        self.type = type
        self.values = values
    }

    var tupleItems: [Value] { values }
    var length: Int { values.count }
    override var typeName: String { type.name }
    override var qualifiedTypeName: String { "__main__.\(type.name)" }

    override func repr(interpreter: Interpreter) throws -> String {
        let parts = try zip(type.fields, values).map { "\($0)=\(try interpreter.repr($1))" }
        return "\(type.name)(\(parts.joined(separator: ", ")))"
    }

    override func makeIterator(interpreter: Interpreter) throws -> ValueIterator { ArrayIterator(values) }

    override func attribute(_ attr: String, interpreter: Interpreter) throws -> Value? {
        if let i = type.fields.firstIndex(of: attr) { return values[i] }
        switch attr {
        case "_fields": return .tuple(type.fields.map { .string($0) })
        case "_asdict":
            return .object(
                BuiltinFunction("_asdict") { _, _ in
                    let d = DictBox()
                    for (k, v) in zip(self.type.fields, self.values) { try d.set(.string(k), v) }
                    return .dict(d)
                })
        case "_replace":
            return .object(
                BuiltinFunction("_replace") { args, i in
                    var values = self.values
                    for (k, v) in args.keywords {
                        guard let index = self.type.fields.firstIndex(of: k) else {
                            throw PythonError(.valueError, "Got unexpected field names: ['\(k)']")
                        }
                        values[index] = v
                    }
                    return .object(NamedTupleValue(type: self.type, values: values))
                })
        case "count":
            return .object(
                BuiltinFunction("count") { args, i in
                    let target = try Builtins.single(args, "count")
                    return .int(try self.values.filter { try i.equal($0, target) }.count)
                })
        case "index":
            return .object(
                BuiltinFunction("index") { args, i in
                    let target = try Builtins.single(args, "index")
                    for (k, v) in self.values.enumerated() where try i.equal(v, target) { return .int(k) }
                    throw PythonError(.valueError, "tuple.index(x): x not in tuple")
                })
        default: return nil
        }
    }
}

extension Value {
    /// The items of a tuple or a tuple-like object (`namedtuple`, `sys.version_info`).
    var tupleLikeItems: [Value]? {
        switch self {
        case .tuple(let items): items
        case .object(let t as TupleLike): t.tupleItems
        default: nil
        }
    }
}
