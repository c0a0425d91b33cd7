import Autograd

/// The attribute names of a value, as `dir()` lists them and "Did you mean" searches them.
enum AttributeNames {
    static func of(_ value: Value) -> [String] {
        switch value {
        case .tensor:
            return Array(TensorMethods.methods.keys) + [
                "shape", "grad", "data", "grad_fn", "requires_grad", "is_leaf", "dtype", "ndim", "T",
            ]
        case .object(let module as ModuleObject):
            return Array(module.members.keys)
        case .object(let node as NodeObject):
            return ["next_functions", "name"] + node.node.savedAttributeNames
        case .object(is TimeitResultObject):
            return ["all_runs", "average", "best", "compile_time", "loops", "repeat", "stdev", "timings", "worst"]
        case .object(let type as PyType):
            return namespaceNames(type.mro)
        case .object(let object as InstanceObject):
            var names = object.instanceDict.keys.compactMap(\.stringValue) + namespaceNames(object.cls.mro)
            if let instance = object as? Instance, let payload = instance.payload { names += of(payload) }
            return names
        default:
            return probes(for: value)
        }
    }

    private static func namespaceNames(_ mro: [PyType]) -> [String] {
        mro.flatMap { $0.namespace.keys.compactMap(\.stringValue) }
    }

    /// CPython's public method names of the built-in value classes, kept to those Wick answers.
    private static func probes(for value: Value) -> [String] {
        let candidates: [String]
        switch value {
        case .string: candidates = stringMethods
        case .list: candidates = listMethods
        case .dict: candidates = dictMethods
        case .float: candidates = ["as_integer_ratio", "conjugate", "hex", "imag", "is_integer", "real"]
        case .int, .bigInt, .bool:
            candidates = ["as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "imag", "numerator", "real"]
        case .tuple: candidates = ["count", "index"]
        default: candidates = []
        }
        return candidates.filter { name in
            switch value {
            case .string(let s): StringMethods.method(s, name) != nil
            case .list(let l): ListMethods.method(l, name) != nil
            case .dict(let d): DictMethods.method(d, name) != nil
            default: true
            }
        }
    }

    static let stringMethods = [
        "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format",
        "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
        "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans",
        "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit",
        "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
    ]
    static let listMethods = [
        "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
    ]
    static let dictMethods = [
        "clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values",
    ]
}
