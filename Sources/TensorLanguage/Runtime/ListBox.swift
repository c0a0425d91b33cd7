import Autograd

/// A mutable Python list (lists have identity and are shared by reference).
///
/// Its storage is counted in Wick's memory account (`MemoryBudget`) whenever its capacity
/// changes; the interpreter checks growth against the account before it happens
/// (`Interpreter.reserveRoom`).
final class ListBox {
    var items: [Value] {
        didSet { account() }
    }
    private var charged = 0

    init(_ items: [Value]) {
        self.items = items
        account()
    }

    private func account() {
        let bytes = items.capacity &* MemoryLayout<Value>.stride
        guard bytes != charged else { return }
        MemoryBudget.adjust(by: bytes &- charged)
        charged = bytes
    }

    deinit {
        // `x = [x]` in a loop nests lists 100,000 deep; freeing them recursively would overflow the stack.
        if items.contains(where: \.isContainer) {
            let taken = items
            items = []
            ValueTeardown.release(taken)
        }
        MemoryBudget.adjust(by: -charged)
    }
}
