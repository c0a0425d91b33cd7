import Autograd

/// A Python `set` or `frozenset`, laid out in CPython's open-addressing table (linear probes,
/// then perturbation) so that it iterates and prints in the order CPython does.
final class SetObject: PyObject, SizedObject {
    struct Entry {
        var key: Value
        var hash: Int
        var identity: HashKey
    }

    private enum Slot {
        case unused
        case dummy
        case active(Entry)
    }

    static let minimumSize = 8
    private static let linearProbes = 9
    private static let perturbShift = 5

    let isFrozen: Bool
    private var table = [Slot](repeating: .unused, count: minimumSize) {
        didSet { account() }
    }
    /// Bytes counted in Wick's memory account for `table` (the first table is too small to count).
    private var charged = 0
    private var fill = 0
    private var used = 0
    private var mask: Int { table.count - 1 }

    init(frozen: Bool) { isFrozen = frozen }

    override var typeName: String { isFrozen ? "frozenset" : "set" }
    var length: Int { used }

    /// The elements in table order.
    var elements: [Value] {
        table.compactMap { if case .active(let e) = $0 { e.key } else { nil } }
    }

    var entries: [Entry] {
        table.compactMap { if case .active(let e) = $0 { e } else { nil } }
    }

    func entry(for value: Value, _ interpreter: Interpreter) throws -> Entry {
        Entry(key: value, hash: try PythonHash.of(value, interpreter), identity: try HashKey(value))
    }

    func contains(_ value: Value, _ interpreter: Interpreter) throws -> Bool {
        contains(try entry(for: value, interpreter))
    }

    func contains(_ entry: Entry) -> Bool { find(entry) != nil }

    private func find(_ entry: Entry) -> Int? {
        var perturb = UInt(bitPattern: entry.hash)
        var i = Int(UInt(bitPattern: entry.hash) & UInt(mask))
        while true {
            let probes = i + Self.linearProbes <= mask ? Self.linearProbes : 0
            for j in i...(i + probes) {
                switch table[j] {
                case .unused: return nil
                case .active(let e) where e.hash == entry.hash && e.identity == entry.identity: return j
                case .active, .dummy: continue
                }
            }
            perturb >>= UInt(Self.perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    func add(_ value: Value, _ interpreter: Interpreter) throws {
        // The table may be about to grow (up to four times): check the account first.
        if (fill + 1) * 5 >= mask * 3 {
            try interpreter.reserveRoom(table.count &* 4, elementSize: MemoryLayout<Slot>.stride)
            try interpreter.pollInterrupt()
        }
        add(try entry(for: value, interpreter))
    }

    /// `set_add_entry`.
    func add(_ entry: Entry) {
        var perturb = UInt(bitPattern: entry.hash)
        var i = Int(UInt(bitPattern: entry.hash) & UInt(mask))
        var freeSlot: Int?
        while true {
            let probes = i + Self.linearProbes <= mask ? Self.linearProbes : 0
            for j in i...(i + probes) {
                switch table[j] {
                case .unused:
                    if let freeSlot {
                        used += 1
                        table[freeSlot] = .active(entry)
                        return
                    }
                    fill += 1
                    used += 1
                    table[j] = .active(entry)
                    if fill * 5 >= mask * 3 { resize(minimumUsed: used > 50000 ? used * 2 : used * 4) }
                    return
                case .active(let e) where e.hash == entry.hash && e.identity == entry.identity: return
                // CPython keeps the last dummy seen before the empty slot, not the first.
                case .dummy: freeSlot = j
                case .active: continue
                }
            }
            perturb >>= UInt(Self.perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// `set_table_resize`: reinserts the active entries in table order into a clean table.
    private func resize(minimumUsed: Int) {
        var size = Self.minimumSize
        while size <= minimumUsed { size <<= 1 }
        let old = entries
        table = [Slot](repeating: .unused, count: size)
        fill = old.count
        used = old.count
        for entry in old { insertClean(entry) }
    }

    private func insertClean(_ entry: Entry) {
        var perturb = UInt(bitPattern: entry.hash)
        var i = Int(UInt(bitPattern: entry.hash) & UInt(mask))
        while true {
            let probes = i + Self.linearProbes <= mask ? Self.linearProbes : 0
            for j in i...(i + probes) {
                if case .unused = table[j] {
                    table[j] = .active(entry)
                    return
                }
            }
            perturb >>= UInt(Self.perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// Removes an element; false when it was absent.
    @discardableResult
    func remove(_ entry: Entry) -> Bool {
        guard let j = find(entry) else { return false }
        table[j] = .dummy
        used -= 1
        return true
    }

    /// `set.pop()`: CPython scans from a finger that moves on after each pop.
    private var finger = 0
    func pop() -> Value? {
        guard used > 0 else { return nil }
        var i = finger & mask
        while true {
            if case .active(let e) = table[i] {
                table[i] = .dummy
                used -= 1
                finger = i + 1
                return e.key
            }
            i = (i + 1) & mask
        }
    }

    private func account() {
        let bytes = table.capacity &* MemoryLayout<Slot>.stride
        guard bytes != charged else { return }
        MemoryBudget.adjust(by: bytes &- charged)
        charged = bytes
    }

    deinit { MemoryBudget.adjust(by: -charged) }

    func removeAll() {
        table = [Slot](repeating: .unused, count: Self.minimumSize)
        fill = 0
        used = 0
    }

    /// `set_copy`: a new set merged from this one.
    func copy(frozen: Bool) -> SetObject {
        let out = SetObject(frozen: frozen)
        out.merge(self)
        return out
    }

    /// `set_merge`: one resize up front, then a plain copy or clean inserts into an empty table.
    func merge(_ other: SetObject) {
        guard other !== self, other.used > 0 else { return }
        if (fill + other.used) * 5 >= mask * 3 { resize(minimumUsed: (used + other.used) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.used {
            table = other.table
            fill = other.fill
            used = other.used
            return
        }
        if fill == 0 {
            fill = other.used
            used = other.used
            for entry in other.entries { insertClean(entry) }
            return
        }
        for entry in other.entries { add(entry) }
    }

    /// Makes room for `count` more elements at once, as CPython does before adding a dict's keys.
    func reserve(adding count: Int) {
        if (fill + count) * 5 >= mask * 3 { resize(minimumUsed: (used + count) * 2) }
    }

    /// `set_swap_bodies`: takes over another set's table (`&=`).
    func replaceContents(with other: SetObject) {
        table = other.table
        fill = other.fill
        used = other.used
    }

    /// `frozenset.__hash__`.
    func frozenHash() -> Int {
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167 }
        var hash: UInt = 0
        for e in entries { hash ^= shuffle(UInt(bitPattern: e.hash)) }
        hash ^= (UInt(used) &+ 1) &* 1_927_868_237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907_133_923
        if hash == UInt.max { hash = 590_923_713 }
        return Int(bitPattern: hash)
    }

    override func repr(interpreter: Interpreter) throws -> String {
        let items = try interpreter.reprOnce(self, placeholder: "\(typeName)(...)") {
            try elements.map { try interpreter.repr($0) }.joined(separator: ", ")
        }
        if used == 0 { return "\(typeName)()" }
        return isFrozen ? "frozenset({\(items)})" : "{\(items)}"
    }

    override func makeIterator(interpreter: Interpreter) throws -> ValueIterator { SetIterator(self) }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        SetMethods.method(self, name)
    }
}

/// Iterates a set; changing its size meanwhile raises CPython's error.
final class SetIterator: ValueIterator {
    private let set: SetObject
    private let items: [Value]
    private let size: Int
    private var position = 0
    init(_ set: SetObject) {
        self.set = set
        self.items = set.elements
        self.size = set.length
    }
    func next() throws -> Value? {
        guard set.length == size else {
            throw PythonError(.runtimeError, "Set changed size during iteration")
        }
        guard position < items.count else { return nil }
        defer { position += 1 }
        return items[position]
    }
}
