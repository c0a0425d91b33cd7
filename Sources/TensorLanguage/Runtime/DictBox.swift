import Autograd

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
