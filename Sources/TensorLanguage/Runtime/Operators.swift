import Autograd

#if canImport(Glibc)
    import Glibc
#endif

extension BinaryOperator {
    /// How Python spells the operator: in messages, and as the stem of its special methods.
    private var spelling: (symbol: String, stem: String) {
        switch self {
        case .add: ("+", "add")
        case .subtract: ("-", "sub")
        case .multiply: ("*", "mul")
        case .matrixMultiply: ("@", "matmul")
        case .divide: ("/", "truediv")
        case .floorDivide: ("//", "floordiv")
        case .modulo: ("%", "mod")
        case .power: ("** or pow()", "pow")
        case .leftShift: ("<<", "lshift")
        case .rightShift: (">>", "rshift")
        case .bitwiseOr: ("|", "or")
        case .bitwiseXor: ("^", "xor")
        case .bitwiseAnd: ("&", "and")
        }
    }

    /// The operator as Python spells it in messages.
    var symbol: String { spelling.symbol }

    /// `("__add__", "__radd__")`.
    var specialMethodNames: (String, String) { ("__\(spelling.stem)__", "__r\(spelling.stem)__") }

    /// `"__iadd__"`.
    var inPlaceMethodName: String { "__i\(spelling.stem)__" }
}

extension Interpreter {
    func binaryOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if case .tensor = a, !b.isUserObject { return try TensorOperators.binary(op, a, b, self) }
        if case .tensor = b, !a.isUserObject { return try TensorOperators.binary(op, a, b, self) }
        if a.isUserObject || b.isUserObject { return try userBinaryOperation(op, a, b) }
        if let result = try Numbers.binary(op, a, b) { return result }
        if let result = try sequenceOperation(op, a, b) { return result }
        if let result = try setOperation(op, a, b) ?? dictOperation(op, a, b) ?? PercentFormat.apply(op, a, b, self) {
            return result
        }
        throw unsupported(op, a, b)
    }

    func unsupported(_ op: BinaryOperator, _ a: Value, _ b: Value) -> PythonError {
        PythonError(.typeError, "unsupported operand type(s) for \(op.symbol): '\(a.typeName)' and '\(b.typeName)'")
    }

    /// `a op= b`: tensors and lists change in place; everything else rebinds.
    func inPlaceOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if case .tensor(let t) = a, !b.isUserObject { return try TensorOperators.inPlace(op, t, b, self) }
        if a.isUserObject, let result = try userInPlaceOperation(op, a, b) { return result }
        if case .list(let list) = a, op == .add {
            // Materialised first, so `l += l` adds one copy rather than chasing its own tail.
            let items = try materialize(b)
            try reserveRoom(list.items.count + items.count)
            list.items.append(contentsOf: items)
            return a
        }
        if let result = try setInPlace(op, a, b) ?? dictInPlace(op, a, b) { return result }
        return try binaryOperation(op, a, b)
    }

    private func sequenceOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        if op == .add, let joined = SizeObject.concatenation(a, b) { return .object(joined) }
        switch (op, a, b) {
        case (.add, .string(let x), .string(let y)):
            try reserveRoom(x.utf8.count + y.utf8.count, elementSize: 1)
            return .string(x + y)
        case (.add, .string, _):
            throw PythonError(.typeError, "can only concatenate str (not \"\(b.typeName)\") to str")
        case (.add, .list(let x), .list(let y)):
            try reserveRoom(x.items.count + y.items.count)
            return .list(ListBox(x.items + y.items))
        case (.add, .list, _):
            throw PythonError(.typeError, "can only concatenate list (not \"\(b.typeName)\") to list")
        case (.add, .tuple(let x), .tuple(let y)):
            try reserveRoom(x.count + y.count)
            return .tuple(x + y)
        case (.add, .tuple, _):
            throw PythonError(.typeError, "can only concatenate tuple (not \"\(b.typeName)\") to tuple")
        case (.multiply, .string, _), (.multiply, .list, _), (.multiply, .tuple, _):
            return try repeatSequence(a, b)
        case (.multiply, _, .string), (.multiply, _, .list), (.multiply, _, .tuple):
            return try repeatSequence(b, a)
        default: return nil
        }
    }

    /// `items` `n` times over (`count` elements in all); nothing when that is empty, however big `n` is.
    /// Room for a repeated list or tuple of `count` items: beyond what 64 bits of bytes can hold,
    /// CPython's bare `MemoryError` (its `size > PY_SSIZE_T_MAX / sizeof(PyObject *)` check).
    private func reserveRepeat(_ count: Int) throws {
        guard count <= Int.max / MemoryLayout<Value>.stride else { throw PythonError(.memoryError, "") }
        try reserveRoom(count)
    }

    /// `items * n`, checking Ctrl-C about every 65,536 items copied.
    private func repeated(_ items: [Value], _ n: Int, count: Int) throws -> [Value] {
        guard count > 0 else { return [] }
        var out: [Value] = []
        out.reserveCapacity(count)
        var sincePoll = 0
        for _ in 0..<n {
            out.append(contentsOf: items)
            sincePoll &+= items.count
            if sincePoll >= 1 << 16 {
                sincePoll = 0
                try pollInterrupt()
            }
        }
        return out
    }

    private func repeatSequence(_ sequence: Value, _ count: Value) throws -> Value {
        let n: Int
        switch count {
        case .int(let i): n = max(i, 0)
        case .bool(let b): n = b ? 1 : 0
        case .bigInt: throw IntegerMessages.tooLargeForIndex()
        default:
            throw PythonError(.typeError, "can't multiply sequence by non-int of type '\(count.typeName)'")
        }
        switch sequence {
        case .string(let s):
            // CPython: OverflowError past PY_SSIZE_T_MAX, else MemoryError when it cannot allocate.
            let (length, overflow) = s.utf8.count.multipliedReportingOverflow(by: n)
            guard !overflow else { throw PythonError(.overflowError, "repeated string is too long") }
            try reserveRoom(length, elementSize: 1)
            return .string(String(repeating: s, count: length == 0 ? 0 : n))
        case .list(let l):
            let (count, overflow) = l.items.count.multipliedReportingOverflow(by: n)
            try reserveRepeat(overflow ? Int.max : count)
            return .list(ListBox(try repeated(l.items, n, count: count)))
        case .tuple(let items):
            let (count, overflow) = items.count.multipliedReportingOverflow(by: n)
            try reserveRepeat(overflow ? Int.max : count)
            return .tuple(try repeated(items, n, count: count))
        default: return .noneValue
        }
    }

    func unaryOperation(_ op: UnaryOperator, _ v: Value) throws -> Value {
        if v.isUserObject, op != .not, let result = try userUnaryOperation(op, v) { return result }
        switch (op, v) {
        case (.not, _): return .bool(try !truthy(v))
        case (.minus, .int(let i)): return i == .min ? .integer(-BigInteger(i)) : .int(-i)
        case (.minus, .bigInt(let b)): return .integer(-b)
        case (.minus, .bool(let b)): return .int(b ? -1 : 0)
        case (.minus, .float(let d)): return .float(-d)
        case (.plus, .int), (.plus, .bigInt), (.plus, .float): return v
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bigInt(let b)): return .integer(~b)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        case (.minus, .tensor(let t)): return .tensor(try t.negated())
        case (.plus, .tensor): return v
        case (.invert, .tensor(let t)): return .tensor(try TensorOperators.invert(t))
        default:
            let symbol =
                switch op {
                case .minus: "-"
                case .plus: "+"
                case .invert: "~"
                case .not: "not"
                }
            throw PythonError(.typeError, "bad operand type for unary \(symbol): '\(v.typeName)'")
        }
    }

    func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .is: return .bool(identical(a, b))
        case .isNot: return .bool(!identical(a, b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(try !contains(b, a))
        default: break
        }
        if a.isUserObject || b.isUserObject { return try userComparison(op, a, b) }
        if case .tensor = a { return try TensorOperators.compare(op, a, b, self) }
        if case .tensor = b { return try TensorOperators.compare(op, a, b, self) }
        if let result = setComparison(op, a, b) { return .bool(result) }
        switch op {
        case .equal: return .bool(try equal(a, b))
        case .notEqual: return .bool(try !equal(a, b))
        default: return .bool(try ordered(op, a, b))
        }
    }

    func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.noneValue, .noneValue): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.bigInt(let x), .bigInt(let y)): return x == y
        case (.tensor(let x), .tensor(let y)): return x === y
        case (.list(let x), .list(let y)): return x === y
        case (.dict(let x), .dict(let y)): return x === y
        case (.object(let x), .object(let y)):
            if let nx = x as? NodeObject, let ny = y as? NodeObject { return nx.node === ny.node }
            return x === y
        case (.string(let x), .string(let y)): return x == y
        default: return false
        }
    }

    func equal(_ a: Value, _ b: Value) throws -> Bool {
        if let n = Numbers.compare(a, b) { return n == 0 }
        if a.isUserObject || b.isUserObject { return try truthy(try userComparison(.equal, a, b)) }
        // `t in [1, 2, 3]` and `[t] == [u]` compare values as Python does: `==`, then its truth value.
        if case .tensor = a { return try truthy(try compare(.equal, a, b)) }
        if case .tensor = b { return try truthy(try compare(.equal, a, b)) }
        return try nested("in comparison") { try containersEqual(a, b) }
    }

    private func containersEqual(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.noneValue, .noneValue): return true
        case (.tuple(let x), .tuple(let y)): return try sequencesEqual(x, y)
        case (.list(let x), .list(let y)): return try sequencesEqual(x.items, y.items)
        case (.object(let x), .object(let y)):
            if let sx = x as? SizeObject, let sy = y as? SizeObject { return sx.sizes == sy.sizes }
            if let dx = x as? DTypeObject, let dy = y as? DTypeObject { return dx.dtype == dy.dtype }
            if let v = x as? ValueSemanticObject { return v.isEqual(to: b) }
            if let v = y as? ValueSemanticObject { return v.isEqual(to: a) }
            if let sx = x as? SetObject, let sy = y as? SetObject { return sx.sameElements(sy) }
            return identical(a, b)
        case (.object(let x), .tuple(let y)):
            if let sx = x as? SizeObject { return try sequencesEqual(sx.sizes.map { .int($0) }, y) }
            if let tx = x as? TupleLike { return try sequencesEqual(tx.tupleItems, y) }
            return false
        case (.object(let x as ValueSemanticObject), _): return x.isEqual(to: b)
        case (_, .object(let y as ValueSemanticObject)): return y.isEqual(to: a)
        case (.tuple, .object): return try equal(b, a)
        case (.dict(let x), .dict(let y)):
            guard x.count == y.count else { return false }
            for (k, v) in zip(x.keys, x.values) {
                guard let w = try y.get(k), try identical(v, w) || equal(v, w) else { return false }
            }
            return true
        default: return identical(a, b)
        }
    }

    private func sequencesEqual(_ x: [Value], _ y: [Value]) throws -> Bool {
        guard x.count == y.count else { return false }
        // An element is equal to itself without a comparison, as CPython's PyObject_RichCompareBool.
        for (p, q) in zip(x, y) where try !identical(p, q) && !equal(p, q) { return false }
        return true
    }

    private func ordered(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Bool {
        if a.isUserObject || b.isUserObject { return try truthy(try userComparison(op, a, b)) }
        let c: Int
        if let n = Numbers.compare(a, b) {
            if n == 2 { return false }
            c = n
        } else {
            switch (a, b) {
            case (.string(let x), .string(let y)):
                c =
                    x == y
                    ? 0 : (Array(x.unicodeScalars.map(\.value)).lexicographicallyPrecedes(y.unicodeScalars.map(\.value)) ? -1 : 1)
            case (.list(let x), .list(let y)): c = try lexicographic(x.items, y.items, op, a, b)
            case (.tuple(let x), .tuple(let y)): c = try lexicographic(x, y, op, a, b)
            case (.object(let x as TupleLike), _) where b.tupleLikeItems != nil:
                c = try lexicographic(x.tupleItems, b.tupleLikeItems ?? [], op, a, b)
            case (.tuple(let x), .object(let y as TupleLike)): c = try lexicographic(x, y.tupleItems, op, a, b)
            case (.object(let x as ValueSemanticObject), _) where x.ordering(against: b) != nil:
                c = x.ordering(against: b) ?? 0
            case (_, .object(let y as ValueSemanticObject)) where y.ordering(against: a) != nil:
                c = -(y.ordering(against: a) ?? 0)
            default:
                throw PythonError(
                    .typeError, "'\(op.symbol)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
            }
        }
        switch op {
        case .less: return c < 0
        case .lessOrEqual: return c <= 0
        case .greater: return c > 0
        case .greaterOrEqual: return c >= 0
        default: return false
        }
    }

    private func lexicographic(_ x: [Value], _ y: [Value], _ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Int {
        for (p, q) in zip(x, y) where try !identical(p, q) && !equal(p, q) {
            return try nested("in comparison") { try ordered(.less, p, q) } ? -1 : 1
        }
        return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    }

    func contains(_ container: Value, _ item: Value) throws -> Bool {
        if container.isUserObject {
            if let r = try callUserMethod(container, "__contains__", [item]) { return try truthy(r) }
            if case .object(let o as Instance) = container, let payload = o.payload {
                return try contains(payload, item)
            }
        }
        switch container {
        case .string(let s):
            guard case .string(let sub) = item else {
                throw PythonError(.typeError, "'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return sub.isEmpty || s.contains(sub)
        case .dict(let d): return try d.get(item) != nil
        case .object(let set as SetObject): return try set.contains(item, self)
        case .object(let view as DictView): return try view.contains(item, self)
        case .object(let range as RangeObject) where item.isInteger: return range.contains(item)
        case .tensor(let t):
            let probe = try TensorOperators.tensor(from: item, meeting: container)
            return try Comparison.equal.compute(t, probe).checkedScalars().contains(.bool(true))
        default:
            let iterator = try makeIterator(container)
            var count = 0
            while let v = try iterator.next() {
                if try identical(v, item) || equal(v, item) { return true }
                count &+= 1
                if count & 0xFFFF == 0 { try pollInterrupt() }
            }
            return false
        }
    }
}

extension ComparisonOperator {
    var symbol: String {
        switch self {
        case .equal: "=="
        case .notEqual: "!="
        case .less: "<"
        case .lessOrEqual: "<="
        case .greater: ">"
        case .greaterOrEqual: ">="
        case .is: "is"
        case .isNot: "is not"
        case .in: "in"
        case .notIn: "not in"
        }
    }
}
