import Autograd

/// A Python iterator object wrapping a `ValueIterator` (from `iter`, `enumerate`, `zip`, …).
final class IteratorObject: PyObject {
    let name: String
    let iterator: ValueIterator
    init(_ name: String, _ iterator: ValueIterator) {
        self.name = name
        self.iterator = iterator
    }
    override var typeName: String { name }
    override func makeIterator(interpreter: Interpreter) throws -> ValueIterator { iterator }
}
