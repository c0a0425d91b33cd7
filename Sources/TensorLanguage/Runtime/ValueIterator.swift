/// A Python iterator, pulled one value at a time.
protocol ValueIterator: AnyObject {
    func next() throws -> Value?
}

/// An iterator given by a closure: it ends, for good, at the first nil.
final class ClosureIterator: ValueIterator {
    private let body: () throws -> Value?
    private var done = false
    init(_ body: @escaping () throws -> Value?) { self.body = body }
    func next() throws -> Value? {
        guard !done else { return nil }
        if let v = try body() { return v }
        done = true
        return nil
    }
}

/// Iterates over a fixed array snapshot.
final class ArrayIterator: ValueIterator {
    private let items: [Value]
    private var position = 0
    init(_ items: [Value]) { self.items = items }
    func next() throws -> Value? {
        guard position < items.count else { return nil }
        defer { position += 1 }
        return items[position]
    }
}

/// Iterates a list live, as CPython does (appends during iteration are seen).
final class ListIterator: ValueIterator {
    private let list: ListBox
    private var position = 0
    init(_ list: ListBox) { self.list = list }
    func next() throws -> Value? {
        guard position < list.items.count else { return nil }
        defer { position += 1 }
        return list.items[position]
    }
}
