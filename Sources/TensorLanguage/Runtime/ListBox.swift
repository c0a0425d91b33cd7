/// A mutable Python list (lists have identity and are shared by reference).
final class ListBox {
    var items: [Value]
    init(_ items: [Value]) { self.items = items }

    deinit {
        // `x = [x]` in a loop nests lists 100,000 deep; freeing them recursively would overflow the stack.
        guard items.contains(where: \.isContainer) else { return }
        let taken = items
        items = []
        ValueTeardown.release(taken)
    }
}
