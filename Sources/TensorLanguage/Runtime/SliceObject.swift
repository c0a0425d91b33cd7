import Autograd

/// `...`.
final class EllipsisObject: PyObject {
    nonisolated(unsafe) static let shared = EllipsisObject()
    override var typeName: String { "ellipsis" }
    override func repr(interpreter: Interpreter) throws -> String { "Ellipsis" }
}

/// `a:b:c` inside a subscript.
final class SliceObject: PyObject {
    let lower: Value
    let upper: Value
    let step: Value

    init(lower: Value, upper: Value, step: Value) {
        self.lower = lower
        self.upper = upper
        self.step = step
    }

    override var typeName: String { "slice" }
    override var pythonType: PyType { .slice }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "start": return lower
        case "stop": return upper
        case "step": return step
        case "indices":
            return .object(
                BoundMethod(.object(self), "indices") { _, args, _ in
                    let given = try Builtins.single(args, "indices")
                    let length = try Library.integer(given, function: "indices", argument: "length")
                    guard length >= 0 else { throw PythonError(.valueError, "length should not be negative") }
                    let (start, stop, step) = try self.indices(length: length)
                    return .tuple([.int(start), .int(stop), .int(step)])
                })
        default: return nil
        }
    }

    override func repr(interpreter: Interpreter) throws -> String {
        "slice(\(try interpreter.repr(lower)), \(try interpreter.repr(upper)), \(try interpreter.repr(step)))"
    }

    /// CPython's `slice.indices(length)`: (start, stop, step) clamped to a sequence of `length`.
    func indices(length: Int) throws -> (start: Int, stop: Int, step: Int) {
        let step = try Self.integer(step) ?? 1
        if step == 0 { throw PythonError(.valueError, "slice step cannot be zero") }
        let defaultStart = step < 0 ? length - 1 : 0
        let defaultStop = step < 0 ? -1 : length
        func clamp(_ v: Int?, _ fallback: Int) -> Int {
            guard var v else { return fallback }
            if v < 0 { v += length }
            if step < 0 { return min(max(v, -1), length - 1) }
            return min(max(v, 0), length)
        }
        return (clamp(try Self.integer(lower), defaultStart), clamp(try Self.integer(upper), defaultStop), step)
    }

    /// A slice bound, or a `start`/`end` argument of `str.find`, `list.index` and the like: an int,
    /// with ints beyond 64 bits clamped (CPython's `_PyEval_SliceIndex`); nil for None.
    static func integer(_ v: Value) throws -> Int? {
        switch v {
        case .noneValue: return nil
        case .int(let i): return i
        // CPython clamps slice bounds, so any int beyond 64 bits acts as ±infinity.
        case .bigInt(let b): return b.isNegative ? .min : .max
        case .bool(let b): return b ? 1 : 0
        case .tensor(let t) where t.numel == 1 && !t.dtype.isFloatingPoint: return t.element(at: 0).integerValue
        default:
            throw PythonError(.typeError, "slice indices must be integers or None or have an __index__ method")
        }
    }
}
