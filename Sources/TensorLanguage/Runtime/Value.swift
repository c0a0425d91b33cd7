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
