/// A dict key or set member whose class defines `__hash__`: equal keys are found by `__eq__`.
struct UserHashKey: Hashable {
    let instance: Instance
    let hash: Int

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    static func == (a: UserHashKey, b: UserHashKey) -> Bool {
        if a.instance === b.instance { return true }
        guard a.hash == b.hash, let interpreter = a.instance.interpreter else { return false }
        let equal = try? interpreter.equal(.object(a.instance), .object(b.instance))
        return equal ?? false
    }
}
