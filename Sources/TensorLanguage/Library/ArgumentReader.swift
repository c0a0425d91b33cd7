import Autograd

/// Reads a call's arguments by position or keyword, with Python-style errors.
struct ArgumentReader {
    let function: String
    let args: Arguments
    let names: [String]

    /// `names` lists the parameters in positional order.
    init(_ function: String, _ args: Arguments, _ names: [String]) throws {
        self.function = function
        self.args = args
        self.names = names
        if args.positional.count > names.count {
            throw PythonError(
                .typeError,
                "\(function)() takes \(names.count) positional argument\(names.count == 1 ? "" : "s") but \(args.positional.count) were given"
            )
        }
        for (key, _) in args.keywords where !names.contains(key) {
            throw PythonError(.typeError, "\(function)() got an unexpected keyword argument '\(key)'")
        }
        // Every creator takes `device=`: anything but the CPU raises as in PyTorch's CPU-only build.
        if names.contains("device") && function != "set_default_device" { try TensorPlacement.check(self) }
    }

    func value(_ name: String) -> Value? {
        if let i = names.firstIndex(of: name), i < args.positional.count { return args.positional[i] }
        return args.keywords.first { $0.name == name }?.value
    }

    func required(_ name: String) throws -> Value {
        guard let v = value(name) else {
            throw PythonError(.typeError, "\(function)() missing required argument '\(name)'")
        }
        return v
    }

    func bool(_ name: String, default fallback: Bool) throws -> Bool {
        guard let v = value(name) else { return fallback }
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt: return true
        case .noneValue: return fallback
        default: throw PythonError(.typeError, "\(function)(): argument '\(name)' must be bool, not \(v.typeName)")
        }
    }

    /// A PyTorch `int64_t` argument; an int beyond 64 bits is PyTorch's `ValueError`.
    func int(_ name: String) throws -> Int? {
        guard let v = value(name) else { return nil }
        return try Library.torchInteger(v, function: function, argument: name)
    }

    func double(_ name: String) throws -> Double? {
        guard let v = value(name) else { return nil }
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bigInt(let b): return try IntegerArithmetic.double(b)
        case .bool(let b): return b ? 1 : 0
        case .noneValue: return nil
        case .tensor(let t) where t.numel == 1: return t.element(at: 0).doubleValue
        default: throw PythonError(.typeError, "\(function)(): argument '\(name)' must be Number, not \(v.typeName)")
        }
    }

    func tensor(_ name: String) throws -> Tensor? {
        guard let v = value(name) else { return nil }
        switch v {
        case .noneValue: return nil
        case .tensor(let t): return t
        default: throw PythonError(.typeError, "\(function)(): argument '\(name)' must be Tensor, not \(v.typeName)")
        }
    }

    func dtype(_ name: String = "dtype") throws -> DType? {
        guard let v = value(name) else { return nil }
        switch v {
        case .noneValue: return nil
        case .object(let o as DTypeObject): return o.dtype
        default: throw PythonError(.typeError, "\(function)(): argument '\(name)' must be torch.dtype, not \(v.typeName)")
        }
    }
}

extension Library {
    /// An int argument (a size, a dimension, a count); ints beyond 64 bits raise CPython's OverflowError.
    static func integer(_ v: Value, function: String, argument: String) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bigInt: throw IntegerMessages.tooLargeForLong()
        case .bool(let b): return b ? 1 : 0
        case .tensor(let t) where t.numel == 1 && !t.dtype.isFloatingPoint: return t.element(at: 0).integerValue
        default:
            throw PythonError(.typeError, "\(function)(): argument '\(argument)' must be int, not \(v.typeName)")
        }
    }

    /// A PyTorch `int64_t` argument (a dimension, an index, a bound): as `integer`, but an int
    /// beyond 64 bits is PyTorch's `ValueError: Overflow when unpacking long long`.
    static func torchInteger(_ v: Value, function: String, argument: String) throws -> Int {
        if case .bigInt = v { throw TorchArgumentMessages.overflowUnpackingLongLong() }
        return try integer(v, function: function, argument: argument)
    }

    /// A shape given as `f(2, 3)`, `f((2, 3))`, `f([2, 3])` or `f(torch.Size([2, 3]))`.
    static func shape(_ values: [Value], function: String) throws -> [Int] {
        let argument = function == "reshape" ? "shape" : "size"
        func size(_ v: Value, at index: Int) throws -> Int {
            if case .bigInt = v { throw TorchArgumentMessages.sizeOverflow(function, argument, position: index + 1) }
            return try integer(v, function: function, argument: argument)
        }
        if values.count == 1 {
            switch values[0] {
            case .tuple(let items): return try items.enumerated().map { try size($1, at: $0) }
            case .list(let l): return try l.items.enumerated().map { try size($1, at: $0) }
            case .object(let s as SizeObject): return s.sizes
            default: break
            }
        }
        return try values.enumerated().map { try size($1, at: $0) }
    }

    /// `torch.manual_seed`'s argument as the generator's 64-bit seed (negative: two's complement).
    static func seed(_ args: Arguments) throws -> UInt64 {
        guard let v = args.positional.first ?? args.keywords.first(where: { $0.name == "seed" })?.value else {
            throw PythonError(.typeError, "manual_seed() missing 1 required positional argument: 'seed'")
        }
        switch v {
        case .int(let i): return UInt64(bitPattern: Int64(i))
        case .bigInt(let b):
            // PyTorch accepts seeds up to 2^64 - 1.
            guard !b.isNegative, let seed = b.magnitude64 else { throw TorchArgumentMessages.overflowUnpackingLongLong() }
            return seed
        case .bool(let b): return b ? 1 : 0
        case .float(let d) where d.isFinite: return UInt64(bitPattern: Int64(exactly: d.rounded(.towardZero)) ?? 0)
        default: throw PythonError(.typeError, "manual_seed expected a long, but got \(v.typeName)")
        }
    }
}
