import Autograd

extension Interpreter {
    func getAttribute(_ value: Value, _ name: String) throws -> Value {
        let found: Value?
        switch value {
        case .tensor(let t): found = try TensorMethods.attribute(t, name, self)
        case .object(let o as InstanceObject):
            if o.cls.isHeapType, o.cls.hasUserAttribute("__getattribute__"), let hook = o.cls.lookup("__getattribute__") {
                found = try customAttribute(hook, value, o.cls, name)
            } else {
                found = try instanceAttribute(o, name, receiver: value)
            }
            if found == nil, o.cls.isHeapType, let hook = o.cls.lookup("__getattr__") {
                return try call(try bindDescriptor(hook, instance: value, owner: o.cls), Arguments([.string(name)]))
            }
        case .object(let type as PyType): found = try classAttribute(type, name)
        case .object(let o): found = try o.attribute(name, interpreter: self)
        case .string(let s): found = StringMethods.method(s, name)
        case .list(let l): found = ListMethods.method(l, name)
        case .dict(let d): found = DictMethods.method(d, name)
        case .int, .bigInt, .bool, .float, .tuple: found = NumberMethods.attribute(value, name)
        default: found = nil
        }
        if let found { return found }
        if name == "__class__" { return .object(value.pythonType) }
        throw attributeError(value, name)
    }

    func setAttribute(_ value: Value, _ name: String, _ newValue: Value) throws {
        switch value {
        case .tensor(let t):
            try TensorMethods.setAttribute(t, name, newValue, self)
        case .object(let o as InstanceObject):
            try setInstanceAttribute(o, receiver: value, name, newValue)
        case .object(let type as PyType):
            try type.setAttribute(name, newValue)
        case .object(let f as FunctionObject):
            try f.setAttribute(name, newValue)
        case .object(let o as ModuleObject):
            o.members[name] = newValue
        default:
            if case .some = try getAttributeIfPresent(value, name) {
                throw PythonError(
                    .attributeError, "'\(value.typeName)' object attribute '\(name)' is read-only")
            }
            throw PythonError(.attributeError, "'\(value.typeName)' object has no attribute '\(name)'")
        }
    }

    func deleteAttribute(_ value: Value, _ name: String) throws {
        switch value {
        case .object(let o as InstanceObject): try deleteInstanceAttribute(o, receiver: value, name)
        case .object(let type as PyType): try type.deleteAttribute(name)
        case .object(let o as ModuleObject):
            guard o.members.removeValue(forKey: name) != nil else { throw attributeError(value, name) }
        case .tensor(let t) where name == "grad": try TensorMethods.setAttribute(t, name, .noneValue, self)
        default:
            throw PythonError(.attributeError, "'\(value.typeName)' object has no attribute '\(name)'")
        }
    }

    func getItem(_ container: Value, _ index: Value) throws -> Value {
        if container.isUserObject { return try userGetItem(container, index) }
        switch container {
        case .list(let l): return try sequenceItem(l.items, index, "list", wrap: { .list(ListBox($0)) })
        case .tuple(let items): return try sequenceItem(items, index, "tuple", wrap: { .tuple($0) })
        case .string(let s):
            let chars = s.map { Value.string(String($0)) }
            return try sequenceItem(chars, index, "string") { .string($0.map { (try? self.str($0)) ?? "" }.joined()) }
        case .dict(let d):
            guard let v = try d.get(index) ?? d.missing(index, self) else {
                throw PythonError(ExceptionObject(.keyError, args: [index], interpreter: self))
            }
            return v
        case .tensor(let t): return .tensor(try TensorIndexing.get(t, index, self))
        case .object(let o):
            if let type = o as? PyType, type.isHeapType { return try userGetItem(container, index) }
            if let size = o as? SizeObject {
                return try sequenceItem(size.sizes.map { .int($0) }, index, "tuple") {
                    .object(SizeObject($0.compactMap { if case .int(let i) = $0 { i } else { nil } }))
                }
            }
            if let named = o as? NamedTupleObject { return try sequenceItem(named.values, index, "tuple") { .tuple($0) } }
            if let named = o as? TupleLike { return try sequenceItem(named.tupleItems, index, "tuple") { .tuple($0) } }
            if let range = o as? RangeObject {
                // Computed, not materialised: `range(10**18)[10**17]` is one multiplication.
                if case .object(let slice as SliceObject) = index { return .object(try range.sliced(slice)) }
                return try range.element(at: index)
            }
            throw PythonError(.typeError, "'\(o.typeName)' object is not subscriptable")
        default:
            throw PythonError(.typeError, "'\(container.typeName)' object is not subscriptable")
        }
    }

    private func sequenceItem(_ items: [Value], _ index: Value, _ kind: String, wrap: ([Value]) throws -> Value) throws -> Value {
        switch index {
        case .int, .bigInt, .bool:
            return items[try normalizedIndex(index, count: items.count, kind: kind)]
        case .object(let slice as SliceObject):
            let (start, stop, step) = try slice.indices(length: items.count)
            var out: [Value] = []
            var i = start
            var overflow = false
            while !overflow && (step > 0 ? i < stop : i > stop) {
                out.append(items[i])
                (i, overflow) = i.addingReportingOverflow(step)
            }
            return try wrap(out)
        default:
            throw PythonError(.typeError, "\(kind) indices must be integers or slices, not \(index.typeName)")
        }
    }

    func normalizedIndex(_ index: Value, count: Int, kind: String) throws -> Int {
        let i = try index.sequenceIndex(kind: kind)
        let n = i < 0 ? i + count : i
        guard n >= 0 && n < count else { throw PythonError(.indexError, "\(kind) index out of range") }
        return n
    }

    func setItem(_ container: Value, _ index: Value, _ value: Value) throws {
        if container.isUserObject {
            if try callUserMethod(container, "__setitem__", [index, value]) != nil { return }
            if case .object(let o as Instance) = container, let payload = o.payload {
                return try setItem(payload, index, value)
            }
        }
        switch container {
        case .list(let l):
            if case .object(let slice as SliceObject) = index {
                let (start, stop, step) = try slice.indices(length: l.items.count)
                guard step == 1 else { throw PythonError(.valueError, "extended slice assignment is not supported by Wick") }
                l.items.replaceSubrange(start..<max(start, stop), with: try materialize(value))
                return
            }
            l.items[try normalizedIndex(index, count: l.items.count, kind: "list assignment")] = value
        case .dict(let d): try d.set(index, value)
        case .tensor(let t): try TensorIndexing.set(t, index, value, self)
        default:
            throw PythonError(.typeError, "'\(container.typeName)' object does not support item assignment")
        }
    }

    func deleteItem(_ container: Value, _ index: Value) throws {
        if container.isUserObject {
            if try callUserMethod(container, "__delitem__", [index]) != nil { return }
            if case .object(let o as Instance) = container, let payload = o.payload {
                return try deleteItem(payload, index)
            }
        }
        switch container {
        case .list(let l):
            if case .object(let slice as SliceObject) = index {
                let doomed = try Self.sliceIndices(slice, length: l.items.count)
                l.items = l.items.indices.filter { !doomed.contains($0) }.map { l.items[$0] }
                return
            }
            l.items.remove(at: try normalizedIndex(index, count: l.items.count, kind: "list assignment"))
        case .dict(let d):
            guard try d.remove(index) else { throw PythonError(ExceptionObject(.keyError, args: [index], interpreter: self)) }
        default:
            throw PythonError(.typeError, "'\(container.typeName)' object doesn't support item deletion")
        }
    }

    /// The positions a slice selects in a sequence of `length` (`del l[a:b:c]`); a step that would
    /// pass the end of the integers ends the walk, as it would pass the end of the list.
    static func sliceIndices(_ slice: SliceObject, length: Int) throws -> Set<Int> {
        let (start, stop, step) = try slice.indices(length: length)
        var selected = Set<Int>()
        var i = start
        while step > 0 ? i < stop : i > stop {
            selected.insert(i)
            let (next, overflow) = i.addingReportingOverflow(step)
            if overflow { break }
            i = next
        }
        return selected
    }

    func makeIterator(_ value: Value) throws -> ValueIterator {
        if value.isUserObject, let iterator = try userIterator(value) { return iterator }
        switch value {
        case .list(let l): return ListIterator(l)
        case .tuple(let items): return ArrayIterator(items)
        case .string(let s): return ArrayIterator(s.unicodeScalars.map { .string(String($0)) })
        case .dict(let d): return ArrayIterator(d.keys)
        case .tensor(let t):
            guard t.dim > 0 else { throw PythonError(.typeError, "iteration over a 0-d tensor") }
            return TensorRowIterator(t)
        case .object(let o): return try o.makeIterator(interpreter: self)
        default: throw PythonError(.typeError, "'\(value.typeName)' object is not iterable")
        }
    }

    func materialize(_ value: Value) throws -> [Value] {
        if case .list(let l) = value { return l.items }
        if case .tuple(let items) = value { return items }
        let iterator = try makeIterator(value)
        var out: [Value] = []
        while let v = try iterator.next() {
            try append(v, to: &out)
            if out.count > 100_000_000 { throw PythonError(.overflowError, "sequence too long") }
        }
        return out
    }
}

extension Value {
    /// This value as an index into a `kind` sequence (`list`, `range`, …): an int or a bool; a big int
    /// is CPython's `IndexError`, anything else its `TypeError`.
    func sequenceIndex(kind: String) throws -> Int {
        switch self {
        case .int(let v): return v
        case .bool(let b): return b ? 1 : 0
        case .bigInt: throw IntegerMessages.tooLargeForIndex(.indexError)
        default: throw PythonError(.typeError, "\(kind) indices must be integers or slices, not \(typeName)")
        }
    }
}
