import Autograd

/// Where Python code can run long or grow big without executing a statement (comprehensions,
/// calls, building a list from an iterable), the interpreter checks Ctrl-C and the memory budget.
extension Interpreter {
    /// Raises `KeyboardInterrupt` when Ctrl-C is pending.
    @inline(__always)
    func pollInterrupt() throws {
        if interruptRequested() { throw PythonError(.keyboardInterrupt, "") }
    }

    /// Appends to an array a user-sized loop is building (star-unpacking, comprehensions, `list(x)`):
    /// before its storage grows, checks that the grown storage fits in Wick's memory account
    /// (`MemoryError` if not), and checks Ctrl-C every 65,536 items.
    @inline(__always)
    func append(_ value: Value, to array: inout [Value]) throws {
        if array.count == array.capacity { try reserveRoom(max(array.capacity &* 2, 16)) }
        array.append(value)
        if array.count & 0xFFFF == 0 { try pollInterrupt() }
    }

    /// `list.append`: the list's storage grows only after the account is checked.
    func append(_ value: Value, to list: ListBox) throws {
        if list.items.count == list.items.capacity { try reserveRoom(max(list.items.capacity &* 2, 16)) }
        list.items.append(value)
    }

    /// Raises `MemoryError` when a Python container of `count` elements of `size` bytes would not
    /// fit in what the tensors leave of Wick's memory budget (`--max-memory`).
    func reserveRoom(_ count: Int, elementSize size: Int = MemoryLayout<Value>.stride) throws {
        let (bytes, overflow) = max(count, 0).multipliedReportingOverflow(by: size)
        if let message = MemoryBudget.refusal(forUntracked: overflow ? Int.max : bytes) {
            throw PythonError(.memoryError, message)
        }
    }
}

/// The lists and dicts a `repr` or comparison is inside of, and how deep it is: a list that
/// contains itself prints as `[...]`, and nesting deeper than the recursion limit raises
/// `RecursionError`, as in CPython, instead of overflowing the stack.
final class NestingGuard {
    var active: Set<ObjectIdentifier> = []
    var depth = 0
}

extension Interpreter {
    /// Runs `body` one level deeper, or raises CPython's `RecursionError` (`... exceeded` + `context`).
    func nested<R>(_ context: String, _ body: () throws -> R) throws -> R {
        guard nesting.depth < recursionLimit else {
            throw PythonError(.recursionError, "maximum recursion depth exceeded \(context)")
        }
        nesting.depth += 1
        defer { nesting.depth -= 1 }
        return try body()
    }

    /// A tensor's repr, or PyTorch's `RecursionError` when its printer would exceed the recursion
    /// limit: `_tensor_str` recurses through two Python frames per dimension below ten frames of
    /// its own, so at the top level a tensor of 494 dimensions prints and one of 495 does not.
    func tensorRepr(_ t: Tensor) throws -> String {
        guard frames.count + 10 + 2 * t.dim <= recursionLimit else {
            throw PythonError(.recursionError, "maximum recursion depth exceeded while calling a Python object")
        }
        return TensorRepr.repr(t)
    }

    /// The repr of a container by `body`, or `placeholder` (`[...]`) when the repr is already inside it.
    func reprOnce(_ container: AnyObject, placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(container)
        guard nesting.active.insert(id).inserted else { return placeholder }
        defer { nesting.active.remove(id) }
        return try nested("while getting the repr of an object", body)
    }
}

/// `for row in tensor`: one row (`tensor[i]`) at a time, so a tensor of shape (10**9, 0) is not a
/// billion views before the loop starts.
final class TensorRowIterator: ValueIterator {
    private let tensor: Tensor
    private var row = 0

    init(_ tensor: Tensor) { self.tensor = tensor }

    func next() throws -> Value? {
        guard row < tensor.shape[0] else { return nil }
        defer { row += 1 }
        return .tensor(try TensorIndexing.select(tensor, row))
    }
}
