import Autograd

/// Objects with a length (`len()` and truthiness).
protocol SizedObject {
    var length: Int { get }
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
        let i = try index.sequenceIndex(kind: "range")
        let count = unsignedLength
        guard i >= 0 ? UInt(i) < count : i.magnitude <= count else {
            throw PythonError(.indexError, "range object index out of range")
        }
        let n = i >= 0 ? UInt(i) : count - i.magnitude
        return start &+ Int(bitPattern: n &* UInt(bitPattern: step))
    }

    /// `range[i:j:k]`: another range, as CPython's `compute_slice` makes it (`range(10)[::2]` is
    /// `range(0, 10, 2)`). Wick's ranges are 64-bit, so a bound beyond that is `OverflowError`.
    func sliced(_ slice: SliceObject) throws -> RangeObject {
        if case .bigInt = slice.step { throw IntegerMessages.tooLargeForLong() }
        let (i, j, k) = try slice.indices(length: length)
        func at(_ n: Int) throws -> Int {
            let (offset, overflow) = n.multipliedReportingOverflow(by: step)
            let (value, past) = start.addingReportingOverflow(offset)
            guard !overflow, !past else { throw IntegerMessages.tooLargeForLong() }
            return value
        }
        let (newStep, overflow) = step.multipliedReportingOverflow(by: k)
        guard !overflow else { throw IntegerMessages.tooLargeForLong() }
        return RangeObject(start: try at(i), stop: try at(j), step: newStep)
    }

    /// `v in range`, computed as CPython's `range_contains` does for ints, without iterating:
    /// `255 in range(-2**31, 6, 5)` is one remainder.
    func contains(_ v: Int) -> Bool {
        if step > 0 {
            guard start <= v && v < stop else { return false }
            return UInt(bitPattern: v &- start) % step.magnitude == 0
        }
        guard stop < v && v <= start else { return false }
        return UInt(bitPattern: start &- v) % step.magnitude == 0
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
