import Autograd

/// Objects with a length (`len()` and truthiness).
protocol SizedObject {
    var length: Int { get }
}

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

    private static func integer(_ v: Value) throws -> Int? {
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

/// `range(start, stop, step)`.
final class RangeObject: PyObject, SizedObject {
    let start: Int
    let stop: Int
    let step: Int

    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    override var typeName: String { "range" }

    /// The number of values, clamped to `Int.max`.
    var length: Int { exactLength ?? .max }

    /// The number of values, or nil when it exceeds `Int.max` (`range(-2**63, 2**63 - 1)`).
    var exactLength: Int? { Int(exactly: unsignedLength) }

    /// `range[i]` without materialising: the element lies between start and stop, so arithmetic
    /// modulo 2^64 gives it exactly even when the length itself exceeds `Int.max`.
    func element(at index: Value) throws -> Int {
        let i: Int
        switch index {
        case .int(let v): i = v
        case .bool(let b): i = b ? 1 : 0
        case .bigInt: throw IntegerMessages.tooLargeForIndex(.indexError)
        default: throw PythonError(.typeError, "range indices must be integers or slices, not \(index.typeName)")
        }
        let count = unsignedLength
        guard i >= 0 ? UInt(i) < count : i.magnitude <= count else {
            throw PythonError(.indexError, "range object index out of range")
        }
        let n = i >= 0 ? UInt(i) : count - i.magnitude
        return start &+ Int(bitPattern: n &* UInt(bitPattern: step))
    }

    private var unsignedLength: UInt {
        guard step > 0 ? start < stop : start > stop else { return 0 }
        // The true span is below 2^64, so it is exact as the bit pattern of the wrapped difference.
        let span = UInt(bitPattern: step > 0 ? stop &- start : start &- stop)
        return (span - 1) / step.magnitude + 1
    }

    override func repr(interpreter: Interpreter) throws -> String {
        step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
    }

    override func makeIterator(interpreter: Interpreter) throws -> ValueIterator { RangeIterator(self) }
}

final class RangeIterator: ValueIterator {
    private var current: Int
    private let range: RangeObject
    private var finished = false
    init(_ range: RangeObject) {
        self.range = range
        self.current = range.start
    }
    func next() throws -> Value? {
        if finished || (range.step > 0 ? current >= range.stop : current <= range.stop) { return nil }
        let value = current
        // Stepping past Int's range means stepping past the stop too.
        (current, finished) = current.addingReportingOverflow(range.step)
        return .int(value)
    }
}

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

/// A `with` target: `torch.no_grad()`, `torch.enable_grad()`.
protocol ContextManager: AnyObject {
    func enter() throws -> Value
    func exit()
}

/// `torch.no_grad()` / `torch.enable_grad()`: sets grad mode for the block.
final class GradModeContext: PyObject, ContextManager {
    let enabled: Bool
    private var saved: [Bool] = []

    init(enabled: Bool) { self.enabled = enabled }

    override var isCallable: Bool { true }

    /// `@torch.no_grad()` on a function: the function runs with grad mode set, as in PyTorch.
    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        guard args.positional.count == 1, args.keywords.isEmpty, case .object(let f) = args.positional[0], f.isCallable else {
            throw PythonError(.typeError, "'\(typeName)' object is not callable")
        }
        return .object(GradModeContext.decorated(args.positional[0], enabled: enabled))
    }

    /// `function` wrapped to run under `enabled` grad mode; named after it, as `functools.wraps` does.
    static func decorated(_ function: Value, enabled: Bool) -> PyObject {
        let name: String = if case .object(let f as FunctionObject) = function { f.name } else { "decorated" }
        return BuiltinFunction(name) { args, interpreter in
            let saved = GradMode.isEnabled
            GradMode.isEnabled = enabled
            defer { GradMode.isEnabled = saved }
            return try interpreter.call(function, args)
        }
    }

    override var typeName: String { enabled ? "enable_grad" : "no_grad" }
    override var qualifiedTypeName: String { "torch.autograd.grad_mode.\(typeName)" }

    func enter() throws -> Value {
        saved.append(GradMode.isEnabled)
        GradMode.isEnabled = enabled
        return .noneValue
    }

    func exit() {
        GradMode.isEnabled = saved.popLast() ?? true
    }
}

/// A module object (`torch`, `math`, `torch.nn.functional`).
final class ModuleObject: PyObject {
    let name: String
    var members: [String: Value] = [:]

    init(_ name: String) { self.name = name }

    override var typeName: String { "module" }

    override func repr(interpreter: Interpreter) throws -> String {
        "<module '\(name)' (built-in)>"
    }

    override func attribute(_ attr: String, interpreter: Interpreter) throws -> Value? {
        guard let member = members[attr] else { return nil }
        if case .object(let function as BuiltinFunction) = member, function.qualifiedName == nil {
            function.qualifiedName = name + "." + function.name
        }
        return member
    }
}
