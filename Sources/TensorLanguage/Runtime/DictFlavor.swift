/// What makes a dict a `collections.defaultdict`, `OrderedDict` or `Counter`: they are dicts
/// (`isinstance(d, dict)`, every dict method and operator) with a different missing-key rule,
/// repr and a few methods of their own.
enum DictFlavor {
    case defaultDict(factory: Value)
    case ordered
    case counter

    var name: String {
        switch self {
        case .defaultDict: "defaultdict"
        case .ordered: "OrderedDict"
        case .counter: "Counter"
        }
    }
}

extension DictBox {
    /// `d[key]` for a key that is not there: the factory's value (inserted) for a defaultdict,
    /// 0 for a Counter, nil (KeyError) otherwise.
    func missing(_ key: Value, _ interpreter: Interpreter) throws -> Value? {
        switch flavor {
        case .defaultDict(let factory) where !factory.isNone:
            let value = try interpreter.call(factory, Arguments())
            try set(key, value)
            return value
        case .counter: return .int(0)
        default: return nil
        }
    }

    /// The repr of a flavoured dict, as `collections` prints it.
    func flavoredRepr(_ interpreter: Interpreter) throws -> String? {
        guard let flavor else { return nil }
        return try interpreter.reprOnce(self, placeholder: "...") {
            let pairs = { (items: [(Value, Value)]) in
                try items.map { "\(try interpreter.repr($0.0)): \(try interpreter.repr($0.1))" }.joined(separator: ", ")
            }
            let items = Array(zip(keys, values))
            switch flavor {
            case .defaultDict(let factory):
                return "defaultdict(\(try interpreter.repr(factory)), {\(try pairs(items))})"
            case .ordered:
                if items.isEmpty { return "OrderedDict()" }
                return "OrderedDict(\(try interpreter.repr(.list(ListBox(items.map { .tuple([$0.0, $0.1]) })))))"
            case .counter:
                if items.isEmpty { return "Counter()" }
                return "Counter({\(try pairs(try Counting.mostCommon(self, interpreter)))})"
            }
        }
    }

    /// A copy with the same flavour (`d.copy()`).
    func flavoredCopy() throws -> DictBox {
        let out = try copy()
        out.flavor = flavor
        return out
    }
}
