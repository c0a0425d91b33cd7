import Autograd

/// A `grad_fn` node as Python sees it: `<MulBackward0 object at 0x…>`.
final class NodeObject: PyObject {
    let node: Node
    init(_ node: Node) { self.node = node }

    override var typeName: String { node.typeName }

    override func repr(interpreter: Interpreter) throws -> String {
        "<\(node.typeName) object at \(Address.of(node))>"
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "next_functions":
            return .tuple(
                node.nextFunctions.map { edge in
                    .tuple([NodeObject.wrap(edge.node), .int(edge.inputNr)])
                })
        case "name":
            let node = node
            return .object(BuiltinFunction("name") { _, _ in .string(node.qualifiedName) })
        case "variable":
            if let accumulate = node as? AccumulateGrad { return .tensor(accumulate.variable) }
            return nil
        case "register_hook", "register_prehook":
            return .object(NodeHooks.registration(name, on: node, interpreter: interpreter))
        case _ where name.hasPrefix("_saved_"):
            return try savedAttribute(String(name.dropFirst("_saved_".count)), interpreter: interpreter)
        default:
            return nil
        }
    }

    /// `grad_fn._saved_self`, `_saved_result`, `_saved_exponent`…: what the node saved for backward.
    private func savedAttribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        let saved: SavedAttribute?
        do {
            saved = try node.savedAttribute(name)
        } catch let error as TorchError {
            throw PythonError(error)
        }
        switch saved {
        case .tensor(let tensor): return .tensor(tensor)
        case .scalar(let number): return interpreter.scalarValue(number)
        case .notSaved: return .noneValue
        case .tensors(let list): return .tuple(list.map { $0.map(Value.tensor) ?? .noneValue })
        case nil: return nil
        }
    }
}

/// `torch.Size([2, 3])`, a tuple of ints.
final class SizeObject: PyObject, SizedObject {
    let sizes: [Int]
    init(_ sizes: [Int]) { self.sizes = sizes }

    override var typeName: String { "Size" }
    override var qualifiedTypeName: String { "torch.Size" }
    override var pythonType: PyType { .size }
    var length: Int { sizes.count }

    override func repr(interpreter: Interpreter) throws -> String { TensorFormat.sizeRepr(sizes) }

    override func makeIterator(interpreter: Interpreter) throws -> ValueIterator {
        ArrayIterator(sizes.map { .int($0) })
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        let sizes = sizes
        switch name {
        case "numel":
            let total = sizes.reduce(1, *)
            return .object(BuiltinFunction("numel") { _, _ in .int(total) })
        case "index":
            return .object(
                BuiltinFunction("index") { args, _ in
                    guard case .int(let v)? = args.positional.first, let i = sizes.firstIndex(of: v) else {
                        throw PythonError(.valueError, "tuple.index(x): x not in tuple")
                    }
                    return .int(i)
                })
        case "count":
            return .object(
                BuiltinFunction("count") { args, _ in
                    guard case .int(let v)? = args.positional.first else { return .int(0) }
                    return .int(sizes.filter { $0 == v }.count)
                })
        default:
            return nil
        }
    }

    /// `size + tuple` (either side a `torch.Size`): another `torch.Size` when every item is an int.
    static func concatenation(_ a: Value, _ b: Value) -> SizeObject? {
        guard a.isSize || b.isSize, let x = a.intItems, let y = b.intItems else { return nil }
        return SizeObject(x + y)
    }
}

extension Value {
    fileprivate var isSize: Bool {
        if case .object(let o) = self { return o is SizeObject }
        return false
    }

    /// The items of a `torch.Size` or of a tuple of ints.
    fileprivate var intItems: [Int]? {
        switch self {
        case .object(let s as SizeObject): return s.sizes
        case .tuple(let items):
            let ints = items.compactMap { if case .int(let i) = $0 { i } else { nil } }
            return ints.count == items.count ? ints : nil
        default: return nil
        }
    }
}

/// `torch.float32` and friends.
final class DTypeObject: PyObject {
    let dtype: DType
    init(_ dtype: DType) { self.dtype = dtype }

    override var typeName: String { "dtype" }
    override var qualifiedTypeName: String { "torch.dtype" }

    override func repr(interpreter: Interpreter) throws -> String { "torch.\(dtype.name)" }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "is_floating_point": .bool(dtype.isFloatingPoint)
        case "itemsize": .int(dtype.itemSize)
        default: nil
        }
    }
}

/// A struct sequence: `torch.return_types.max(values=…, indices=…)`, `sys.version_info`. It
/// unpacks, indexes and compares as a tuple of its values.
final class NamedTupleObject: PyObject, SizedObject, TupleLike {
    let name: String
    /// `torch.return_types` (printed one field a line, as PyTorch does) or `sys` (on one line).
    let module: String
    let fields: [String]
    let values: [Value]

    init(name: String, module: String = "torch.return_types", fields: [String], values: [Value]) {
        self.name = name
        self.module = module
        self.fields = fields
        self.values = values
    }

    var tupleItems: [Value] { values }
    override var typeName: String { module == "sys" ? "sys.\(name)" : name }
    override var qualifiedTypeName: String { "\(module).\(name)" }
    var length: Int { values.count }

    override func repr(interpreter: Interpreter) throws -> String {
        let onePerLine = module != "sys"
        let body = try zip(fields, values).map { "\($0)=\(try interpreter.repr($1))" }
            .joined(separator: onePerLine ? ",\n" : ", ")
        return "\(module).\(name)(\(onePerLine ? "\n" : "")\(body))"
    }

    override func attribute(_ attr: String, interpreter: Interpreter) throws -> Value? {
        fields.firstIndex(of: attr).map { values[$0] }
    }

    override func makeIterator(interpreter: Interpreter) throws -> ValueIterator { ArrayIterator(values) }
}

/// `torch.manual_seed(n)`'s return value and `torch.Generator()`.
final class GeneratorHandle: PyObject {
    let generator: Generator
    init(_ generator: Generator) { self.generator = generator }

    override var typeName: String { "Generator" }
    override var qualifiedTypeName: String { "torch._C.Generator" }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        let generator = generator
        switch name {
        case "initial_seed":
            return .object(BuiltinFunction("initial_seed") { _, _ in .int(Int(bitPattern: UInt(generator.initialSeed))) })
        case "manual_seed":
            return .object(
                BuiltinFunction("manual_seed") { [self] args, _ in
                    generator.manualSeed(try Library.seed(args))
                    return .object(self)
                })
        default:
            return nil
        }
    }
}
