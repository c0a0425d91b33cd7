import Synchronization

/// CPython's type attribute cache: what a name resolves to through a class's MRO is remembered
/// until any class's `__dict__` changes, so `obj.method` and `self.attr` hash the name once
/// instead of once per class in the MRO.
///
/// One counter for all classes (as CPython's type version tags are bumped for a class and its
/// subclasses): a change to any class namespace makes every cached answer stale, which is cheap
/// because classes change rarely once defined.
extension PyType {
    /// What a name resolves to: the class that defines it and the value there (both nil: not found).
    struct LookupEntry {
        let owner: PyType?
        let value: Value?
    }

    private static let namespaceEpoch = Atomic<Int>(0)

    /// Called by a class namespace on every change.
    static func namespacesChanged() {
        namespaceEpoch.add(1, ordering: .relaxed)
    }

    /// What `name` resolves to through the MRO, from the cache when the class keeps one.
    func entry(_ name: String) -> LookupEntry {
        cachesLookups ? cachedEntry(name) : resolve(name)
    }

    /// The MRO walk itself.
    func resolve(_ name: String) -> LookupEntry {
        let key = Value.string(name)
        for type in mro {
            if let found = try? type.namespace.get(key) { return LookupEntry(owner: type, value: found) }
        }
        return LookupEntry(owner: nil, value: nil)
    }

    /// The remembered answer for `name`, resolved again once any class namespace changed.
    private func cachedEntry(_ name: String) -> LookupEntry {
        let epoch = PyType.namespaceEpoch.load(ordering: .relaxed)
        if lookupCacheEpoch != epoch {
            lookupCache.removeAll(keepingCapacity: true)
            lookupCacheEpoch = epoch
        } else if let hit = lookupCache[name] {
            return hit
        }
        let entry = resolve(name)
        lookupCache[name] = entry
        return entry
    }
}
