import Autograd

/// A mutable Python dict preserving insertion order.
final class DictBox {
    private(set) var keys: [Value] = []
    private(set) var values: [Value] = []
    private var index: [HashKey: Int] = [:]
    /// Bytes counted in Wick's memory account for the storage above.
    private var charged = 0
    /// Set for `collections.defaultdict`, `OrderedDict` and `Counter`; nil for a plain dict.
    var flavor: DictFlavor?
    /// Set for a class's `__dict__`: every change invalidates the classes' look-up caches.
    var isClassNamespace = false

    init() {}

    var count: Int { keys.count }

    func get(_ key: Value) throws -> Value? {
        guard let i = index[try HashKey(key)] else { return nil }
        return values[i]
    }

    func set(_ key: Value, _ value: Value) throws {
        let h = try HashKey(key)
        if isClassNamespace { PyType.namespacesChanged() }
        if let i = index[h] {
            values[i] = value
        } else {
            if keys.count == keys.capacity { try Self.checkGrowth(to: max(keys.count &* 2, 16)) }
            index[h] = keys.count
            keys.append(key)
            values.append(value)
            account()
        }
    }

    /// Raises `MemoryError` when storage for `count` entries would not fit in Wick's memory account.
    private static func checkGrowth(to count: Int) throws {
        let slot = 2 * MemoryLayout<Value>.stride + MemoryLayout<HashKey>.stride + MemoryLayout<Int>.stride + 1
        let (bytes, overflow) = count.multipliedReportingOverflow(by: slot)
        if let message = MemoryBudget.refusal(forUntracked: overflow ? Int.max : bytes) {
            throw PythonError(.memoryError, message)
        }
    }

    /// Counts the dict's storage in Wick's memory account whenever its capacity changes.
    private func account() {
        let slot = MemoryLayout<HashKey>.stride + MemoryLayout<Int>.stride + 1
        let bytes = (keys.capacity + values.capacity) &* MemoryLayout<Value>.stride &+ index.capacity &* slot
        guard bytes != charged else { return }
        MemoryBudget.adjust(by: bytes &- charged)
        charged = bytes
    }

    /// Empties the dict and returns what it held (for loop-based teardown).
    func takeAll() -> [Value] {
        let all = keys + values
        if isClassNamespace { PyType.namespacesChanged() }
        keys.removeAll()
        values.removeAll()
        index.removeAll()
        account()
        return all
    }

    deinit {
        MemoryBudget.adjust(by: -charged)
        guard values.contains(where: \.isContainer) else { return }
        let taken = values
        values = []
        ValueTeardown.release(taken)
    }

    func remove(_ key: Value) throws -> Bool {
        let h = try HashKey(key)
        if isClassNamespace { PyType.namespacesChanged() }
        guard let i = index.removeValue(forKey: h) else { return false }
        keys.remove(at: i)
        values.remove(at: i)
        for (k, j) in index where j > i { index[k] = j - 1 }
        return true
    }
}
