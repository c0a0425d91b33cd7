import Autograd

/// A Python value. Hot kinds are cases; everything else is a `PyObject`.
enum Value {
    case noneValue
    case bool(Bool)
    case int(Int)
    /// An int that does not fit in `Int`; never holds a value that does (see `Value.integer`).
    case bigInt(BigInteger)
    case float(Double)
    case string(String)
    case tuple([Value])
    case list(ListBox)
    case dict(DictBox)
    case tensor(Tensor)
    case object(PyObject)

    /// The Python type name (`int`, `Tensor`, `builtin_function_or_method`).
    var typeName: String {
        switch self {
        case .noneValue: "NoneType"
        case .bool: "bool"
        case .int, .bigInt: "int"
        case .float: "float"
        case .string: "str"
        case .tuple: "tuple"
        case .list: "list"
        case .dict: "dict"
        case .tensor: "Tensor"
        case .object(let o): o.typeName
        }
    }

    /// The module-qualified class name `type(x)` prints (`torch.Tensor`, `float`).
    var qualifiedTypeName: String {
        switch self {
        case .tensor: "torch.Tensor"
        case .dict(let d) where d.flavor != nil: "collections.\(d.flavor?.name ?? "")"
        case .object(let o): o.qualifiedTypeName
        default: typeName
        }
    }
}

/// Frees nested containers with a loop instead of recursion.
enum ValueTeardown {
    /// Takes the values by copy, not `inout`: a long-lived access to a box's storage would make
    /// every nested deinit's exclusivity check walk a growing access set.
    static func release(_ items: [Value]) {
        var pending = items
        while var value = pending.popLast() {
            switch value {
            case .list(var box):
                value = .noneValue
                if isKnownUniquelyReferenced(&box) {
                    pending.append(contentsOf: box.items)
                    box.items.removeAll()
                }
            case .tuple(let children):
                value = .noneValue
                pending.append(contentsOf: children)
            case .dict(var box):
                value = .noneValue
                if isKnownUniquelyReferenced(&box) { pending.append(contentsOf: box.takeAll()) }
            case .object(let object as Instance):
                value = .noneValue
                var instance = object
                if isKnownUniquelyReferenced(&instance) {
                    pending.append(contentsOf: instance.instanceDict.takeAll())
                    if let payload = instance.payload {
                        pending.append(payload)
                        instance.payload = nil
                    }
                }
            default:
                break
            }
        }
    }
}

extension Value {
    var isContainer: Bool {
        switch self {
        case .list, .tuple, .dict: true
        case .object(let o): o is Instance
        default: false
        }
    }
}

/// A mutable Python dict preserving insertion order.
final class DictBox {
    private(set) var keys: [Value] = []
    private(set) var values: [Value] = []
    private var index: [HashKey: Int] = [:]
    /// Set for `collections.defaultdict`, `OrderedDict` and `Counter`; nil for a plain dict.
    var flavor: DictFlavor?

    init() {}

    var count: Int { keys.count }

    func get(_ key: Value) throws -> Value? {
        guard let i = index[try HashKey(key)] else { return nil }
        return values[i]
    }

    func set(_ key: Value, _ value: Value) throws {
        let h = try HashKey(key)
        if let i = index[h] {
            values[i] = value
        } else {
            index[h] = keys.count
            keys.append(key)
            values.append(value)
        }
    }

    /// Empties the dict and returns what it held (for loop-based teardown).
    func takeAll() -> [Value] {
        let all = keys + values
        keys.removeAll()
        values.removeAll()
        index.removeAll()
        return all
    }

    deinit {
        guard values.contains(where: \.isContainer) else { return }
        let taken = values
        values = []
        ValueTeardown.release(taken)
    }

    func remove(_ key: Value) throws -> Bool {
        let h = try HashKey(key)
        guard let i = index.removeValue(forKey: h) else { return false }
        keys.remove(at: i)
        values.remove(at: i)
        for (k, j) in index where j > i { index[k] = j - 1 }
        return true
    }
}

/// The hashable identity of a dict key, following Python's equality (`1 == 1.0 == True`).
enum HashKey: Hashable {
    case number(Double)
    case integer(Int)
    case largeInteger(BigInteger)
    case string(String)
    case noneValue
    case tuple([HashKey])
    case identity(ObjectIdentifier)
    case frozenSet(Set<HashKey>)
    /// An instance of a class with its own `__hash__`/`__eq__`.
    case user(UserHashKey)
    /// A built-in object equal by value (`torch.device`), by its type and text.
    case valued(String, String)

    private static func userKey(_ instance: Instance) throws -> HashKey {
        if let interpreter = instance.interpreter, let hash = try interpreter.userHash(.object(instance)) {
            return .user(UserHashKey(instance: instance, hash: hash))
        }
        if let payload = instance.payload { return try HashKey(payload) }
        return .identity(ObjectIdentifier(instance))
    }

    init(_ value: Value) throws {
        switch value {
        case .noneValue: self = .noneValue
        case .bool(let b): self = .integer(b ? 1 : 0)
        case .int(let i): self = .integer(i)
        case .bigInt(let b): self = .largeInteger(b)
        case .float(let d):
            if let i = Int(exactly: d) {
                self = .integer(i)
            } else if d.rounded() == d, let b = BigInteger(truncating: d) {
                self = .largeInteger(b)
            } else {
                self = .number(d)
            }
        case .string(let s): self = .string(s)
        case .tuple(let items): self = .tuple(try items.map(HashKey.init))
        case .tensor(let t): self = .identity(ObjectIdentifier(t))
        case .object(let set as SetObject):
            guard set.isFrozen else { throw PythonHash.unhashable(value) }
            self = .frozenSet(Set(set.entries.map(\.identity)))
        case .object(let t as TupleLike): self = .tuple(try t.tupleItems.map(HashKey.init))
        case .object(let v as TorchVersionObject): self = .string(v.text)
        case .object(let d as DeviceObject): self = .valued("torch.device", d.device.description)
        case .object(let o as Instance) where o.hasHeapType:
            self = try Self.userKey(o)
        case .object(let o): self = .identity(ObjectIdentifier(o))
        case .list, .dict:
            throw PythonError(.typeError, "unhashable type: '\(value.typeName)'")
        }
    }
}

/// Base class of the less common Python objects (functions, modules, grad_fn nodes, …).
class PyObject {
    var typeName: String { "object" }
    var qualifiedTypeName: String { typeName }
    /// `type(self)`.
    var pythonType: PyType { PyType.named(qualifiedTypeName) }
    /// Whether the class was written in Python, so special methods must be looked up on it.
    var hasHeapType: Bool { false }

    /// `getattr(self, name)`, or nil when there is no such attribute.
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? { nil }

    /// `self(args)`; objects that are not callable throw.
    func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        throw PythonError(.typeError, "'\(typeName)' object is not callable")
    }

    /// `repr(self)`.
    func repr(interpreter: Interpreter) throws -> String {
        "<\(qualifiedTypeName) object at \(Address.of(self))>"
    }

    /// `str(self)`; defaults to the repr.
    func str(interpreter: Interpreter) throws -> String { try repr(interpreter: interpreter) }

    /// Iteration, for objects that are iterable.
    func makeIterator(interpreter: Interpreter) throws -> ValueIterator {
        throw PythonError(.typeError, "'\(typeName)' object is not iterable")
    }

    var isCallable: Bool { false }
}
