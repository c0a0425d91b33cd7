/// A Python iterator, pulled one value at a time.
protocol ValueIterator: AnyObject {
    func next() throws -> Value?
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
