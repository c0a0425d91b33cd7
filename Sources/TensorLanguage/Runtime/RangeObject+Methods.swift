import Autograd

extension RangeObject {
    /// `range(...)` from its arguments: ints of any size (or objects with `__index__`).
    static func make(_ args: [Value]) throws -> RangeObject {
        let ints = try args.map { v -> BigInteger in
            if case .bigInt(let b) = v { return b }
            return BigInteger(try Library.integer(v, function: "range", argument: "range"))
        }
        switch ints.count {
        case 1: return RangeObject(start: .zero, stop: ints[0], step: .one)
        case 2: return RangeObject(start: ints[0], stop: ints[1], step: .one)
        case 3:
            guard !ints[2].isZero else { throw PythonError(.valueError, "range() arg 3 must not be zero") }
            return RangeObject(start: ints[0], stop: ints[1], step: ints[2])
        case 0: throw PythonError(.typeError, "range expected at least 1 argument, got 0")
        default: throw PythonError(.typeError, "range expected at most 3 arguments, got \(ints.count)")
        }
    }

    /// `range[i:j:k]`: another range, as CPython's `compute_slice` makes it (`range(10)[::2]` is
    /// `range(0, 10, 2)`), with the slice clamped as `_PySlice_GetLongIndices` clamps it.
    func sliced(_ slice: SliceObject) throws -> RangeObject {
        let count = bigLength
        let k = try Self.sliceBound(slice.step) ?? .one
        guard !k.isZero else { throw PythonError(.valueError, "slice step cannot be zero") }
        let (lower, upper) = k.isNegative ? (-BigInteger.one, count - .one) : (BigInteger.zero, count)
        func clamp(_ bound: Value, _ fallback: BigInteger) throws -> BigInteger {
            guard var v = try Self.sliceBound(bound) else { return fallback }
            if v.isNegative { v = v + count }
            return v < lower ? lower : (upper < v ? upper : v)
        }
        let i = try clamp(slice.lower, k.isNegative ? upper : lower)
        let j = try clamp(slice.upper, k.isNegative ? lower : upper)
        let (a, s) = (big(start), big(step))
        return RangeObject(start: a + i * s, stop: a + j * s, step: s * k)
    }

    private static func sliceBound(_ v: Value) throws -> BigInteger? {
        if case .bigInt(let b) = v { return b }
        return try SliceObject.integer(v).map { BigInteger($0) }
    }

    /// `start`, `stop`, `step`, `count` and `index`.
    func rangeAttribute(_ name: String) -> Value? {
        switch name {
        case "start": return start
        case "stop": return stop
        case "step": return step
        case "count":
            return .object(
                BuiltinFunction(name) { args, interpreter in
                    let target = try Builtins.single(args, "count")
                    if target.isInteger { return .int(self.contains(target) ? 1 : 0) }
                    return .int(try interpreter.materialize(.object(self)).filter { try interpreter.equal($0, target) }.count)
                })
        case "index":
            return .object(
                BuiltinFunction(name) { args, interpreter in try self.index(of: try Builtins.single(args, "index"), interpreter) }
            )
        default: return nil
        }
    }

    /// `range.index(x)`: arithmetic for ints, a search for anything else (`range(3).index(1.0)`).
    private func index(of target: Value, _ interpreter: Interpreter) throws -> Value {
        if target.isInteger {
            guard contains(target), let v = RandomModule.bigInteger(target) else {
                throw PythonError(.valueError, "\(try interpreter.repr(target)) is not in range")
            }
            return .integer((v - big(start)).flooredDivision(by: big(step))?.quotient ?? .zero)
        }
        let iterator = try makeIterator(interpreter: interpreter)
        var i = 0
        while let v = try iterator.next() {
            if try interpreter.equal(v, target) { return .int(i) }
            i += 1
        }
        throw PythonError(.valueError, "sequence.index(x): x not in sequence")
    }
}

/// Iteration over a range whose bounds are Ints.
final class RangeIterator: ValueIterator {
    private var current: Int
    private let stop: Int
    private let step: Int
    private var finished = false
    init(_ range: (start: Int, stop: Int, step: Int)) {
        (current, stop, step) = range
    }
    func next() throws -> Value? {
        if finished || (step > 0 ? current >= stop : current <= stop) { return nil }
        let value = current
        // Stepping past Int's range means stepping past the stop too.
        (current, finished) = current.addingReportingOverflow(step)
        return .int(value)
    }
}

/// Iteration over a range with a bound beyond 64 bits (CPython's `longrangeiterobject`).
final class BigRangeIterator: ValueIterator {
    private var current: BigInteger
    private let step: BigInteger
    private var remaining: BigInteger
    init(start: BigInteger, step: BigInteger, count: BigInteger) {
        (current, self.step, remaining) = (start, step, count)
    }
    func next() throws -> Value? {
        guard !remaining.isZero else { return nil }
        let value = current
        current = current + step
        remaining = remaining - .one
        return .integer(value)
    }
}
