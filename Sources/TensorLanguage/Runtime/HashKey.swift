import Autograd

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
        case .object(let r as RangeObject): self = .valued("range", r.canonicalText)
        case .object(let o as Instance) where o.hasHeapType:
            self = try Self.userKey(o)
        case .object(let o): self = .identity(ObjectIdentifier(o))
        case .list, .dict:
            throw PythonError(.typeError, "unhashable type: '\(value.typeName)'")
        }
    }
}
