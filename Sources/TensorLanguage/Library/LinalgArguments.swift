import Autograd

/// Reads the arguments of the matrix-product and transpose bindings, with the messages PyTorch's
/// argument parser gives (which number positions from 1 and word "missing" its own way).
struct LinalgArguments {
    let function: String
    let names: [String]
    let values: [Value]

    /// `names` lists the parameters in positional order; all are required. `out=None` is accepted.
    init(_ function: String, _ args: Arguments, _ names: [String]) throws {
        if args.positional.count > names.count {
            let plural = names.count == 1 ? "" : "s"
            throw PythonError(
                .typeError,
                "\(function)() takes \(names.count) positional argument\(plural) but \(args.positional.count) were given")
        }
        var values: [Value] = []
        var missing: [String] = []
        for (i, name) in names.enumerated() {
            if i < args.positional.count {
                values.append(args.positional[i])
            } else if let keyword = args.keywords.first(where: { $0.name == name }) {
                values.append(keyword.value)
            } else {
                missing.append(name)
            }
        }
        guard missing.isEmpty else { throw Self.missing(function, missing) }
        for (key, value) in args.keywords where !names.contains(key) {
            if key == "out", case .noneValue = value { continue }
            throw PythonError(.typeError, "\(function)() got an unexpected keyword argument '\(key)'")
        }
        self.function = function
        self.names = names
        self.values = values
    }

    /// PyTorch's wording, grammar included.
    static func missing(_ function: String, _ names: [String]) -> PythonError {
        let noun = names.count == 1 ? "arguments" : "argument"
        let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
        return PythonError(.typeError, "\(function)() missing \(names.count) required positional \(noun): \(list)")
    }

    func tensor(_ i: Int) throws -> Tensor {
        guard case .tensor(let t) = values[i] else { throw wrongType(i, "Tensor") }
        return t
    }

    func dimension(_ i: Int) throws -> Int {
        guard Self.isDimension(values[i]) else { throw wrongType(i, "int") }
        return Self.dimension(values[i])
    }

    /// A permutation given as a tuple, list or `torch.Size`.
    func dims(_ i: Int) throws -> [Int] {
        let items: [Value]
        switch values[i] {
        case .tuple(let t): items = t
        case .list(let l): items = l.items
        case .object(let size as SizeObject): return size.sizes
        default: throw wrongType(i, "tuple of ints")
        }
        for (position, item) in items.enumerated() where !Self.isDimension(item) {
            throw PythonError(
                .typeError,
                "\(function)(): argument '\(names[i])' failed to unpack the object at pos \(position + 1) with error \"type must be tuple of ints,but got \(item.typeName)\""
            )
        }
        return items.map(Self.dimension)
    }

    /// Ints and one-element integer tensors name a dimension; bools and floats do not.
    static func isDimension(_ v: Value) -> Bool {
        switch v {
        case .int: true
        case .tensor(let t): t.numel == 1 && t.dtype.isIntegral
        default: false
        }
    }

    static func dimension(_ v: Value) -> Int {
        switch v {
        case .int(let i): return i
        case .tensor(let t):
            if case .int(let i) = t.element(at: 0) { return Int(truncatingIfNeeded: i) }
            return 0
        default: return 0
        }
    }

    private func wrongType(_ i: Int, _ expected: String) -> PythonError {
        PythonError(
            .typeError,
            "\(function)(): argument '\(names[i])' (position \(i + 1)) must be \(expected), not \(values[i].typeName)")
    }
}
