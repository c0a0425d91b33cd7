import Autograd

/// Objects with a length (`len()` and truthiness).
protocol SizedObject {
    var length: Int { get }
}

/// `range(start, stop, step)` over Python ints of any size, as CPython's `rangeobject.c`:
/// `range(2**64)[-1]`, `2**70 in range(0, 2**71, 2)` and `range(2**64)[::2**62]` are computed
/// with big integers, and `len()` of a range longer than 2^63 - 1 is CPython's `OverflowError`.
/// Ranges whose bounds and length fit in 64 bits (all the usual ones) take Int fast paths.
final class RangeObject: PyObject, SizedObject, ValueSemanticObject {
    /// The bounds as Python ints (`.int`, or `.bigInt` beyond 64 bits).
    let start: Value
    let stop: Value
    let step: Value
    /// The bounds when all three are Ints (the length may still exceed `Int.max`).
    let small: (start: Int, stop: Int, step: Int)?

    init(start: Int, stop: Int, step: Int) {
        (self.start, self.stop, self.step) = (.int(start), .int(stop), .int(step))
        small = (start, stop, step)
    }

    /// A range over big integers; `step` must not be zero.
    init(start: BigInteger, stop: BigInteger, step: BigInteger) {
        (self.start, self.stop, self.step) = (.integer(start), .integer(stop), .integer(step))
        if case .int(let a) = self.start, case .int(let b) = self.stop, case .int(let c) = self.step {
            small = (a, b, c)
        } else {
            small = nil
        }
    }

    override var typeName: String { "range" }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? { rangeAttribute(name) }

    /// The number of values, clamped to `Int.max` (for truthiness).
    var length: Int { exactLength ?? .max }

    /// The number of values, or nil when it exceeds `Int.max` (`range(-2**63, 2**63 - 1)`).
    var exactLength: Int? {
        if let small { return Int(exactly: Self.unsignedLength(small)) }
        return bigLength.intValue
    }

    /// CPython's `compute_range_length`.
    var bigLength: BigInteger {
        if let small { return BigInteger(negative: false, magnitude: UInt64(Self.unsignedLength(small))) }
        let (lo, hi, s) = (big(start), big(stop), big(step))
        let positive = !s.isNegative
        guard positive ? lo < hi : hi < lo else { return .zero }
        let span = positive ? hi - lo - .one : lo - hi - .one
        return (span.flooredDivision(by: s.magnitude)?.quotient ?? .zero) + .one
    }

    /// `range[i]` without materialising; `range(10**18)[10**17]` is one multiplication.
    func element(at index: Value) throws -> Value {
        let i: BigInteger
        switch index {
        case .int(let v):
            if let small, let n = Self.smallElement(small, v) { return .int(n) }
            i = BigInteger(v)
        case .bool(let b): return try element(at: .int(b ? 1 : 0))
        case .bigInt(let b): i = b
        default: throw PythonError(.typeError, "range indices must be integers or slices, not \(index.typeName)")
        }
        let count = bigLength
        let k = i.isNegative ? i + count : i
        guard !k.isNegative, k < count else { throw PythonError(.indexError, "range object index out of range") }
        return .integer(big(start) + k * big(step))
    }

    /// `v in range` for an int, computed as CPython's `range_contains_long` does, without iterating:
    /// `255 in range(-2**31, 6, 5)` is one remainder.
    func contains(_ value: Value) -> Bool {
        if let small, case .int(let v) = value { return Self.smallContains(small, v) }
        guard let v = RandomModule.bigInteger(value) else { return false }
        let (lo, hi, s) = (big(start), big(stop), big(step))
        if s.isNegative {
            guard hi < v, v <= lo else { return false }
        } else {
            guard lo <= v, v < hi else { return false }
        }
        return (v - lo).flooredDivision(by: s)?.modulo.isZero ?? false
    }

    /// The same values in the opposite order (`reversed(range)`).
    func reversedRange() -> RangeObject {
        let s = big(step)
        let count = bigLength
        if count.isZero { return RangeObject(start: 0, stop: 0, step: 1) }
        return RangeObject(start: big(start) + (count - .one) * s, stop: big(start) - s, step: -s)
    }

    override func repr(interpreter: Interpreter) throws -> String {
        let (a, b, c) = (try interpreter.repr(start), try interpreter.repr(stop), try interpreter.repr(step))
        if case .int(1) = step { return "range(\(a), \(b))" }
        return "range(\(a), \(b), \(c))"
    }

    override func makeIterator(interpreter: Interpreter) throws -> ValueIterator {
        if let small { return RangeIterator(small) }
        return BigRangeIterator(start: big(start), step: big(step), count: bigLength)
    }

    // MARK: - Equality and hash, as CPython's `range_equals` and `range_hash`

    func isEqual(to other: Value) -> Bool {
        guard case .object(let o as RangeObject) = other else { return false }
        if o === self { return true }
        let count = bigLength
        guard count == o.bigLength else { return false }
        if count.isZero { return true }
        guard big(start) == big(o.start) else { return false }
        return count == .one || big(step) == big(o.step)
    }

    func ordering(against other: Value) -> Int? { nil }

    /// The length, and the start and step where they matter: equal ranges have equal texts.
    var canonicalText: String {
        let count = bigLength
        if count.isZero { return "0" }
        if count == .one { return "1 \(big(start))" }
        return "\(count) \(big(start)) \(big(step))"
    }

    var valueHash: Int {
        let count = bigLength
        let none = 0xFC_A86F
        let first = count.isZero ? none : PythonHash.integer(big(start))
        let second = count.isZero || count == .one ? none : PythonHash.integer(big(step))
        return PythonHash.tuple([PythonHash.integer(count), first, second])
    }

    // MARK: - Helpers

    func big(_ v: Value) -> BigInteger { RandomModule.bigInteger(v) ?? .zero }

    private static func unsignedLength(_ r: (start: Int, stop: Int, step: Int)) -> UInt {
        guard r.step > 0 ? r.start < r.stop : r.start > r.stop else { return 0 }
        // The true span is below 2^64, so it is exact as the bit pattern of the wrapped difference.
        let span = UInt(bitPattern: r.step > 0 ? r.stop &- r.start : r.start &- r.stop)
        return (span - 1) / r.step.magnitude + 1
    }

    /// `range[i]` by arithmetic modulo 2^64 (exact, as the element lies between start and stop);
    /// nil when out of range, so the big path raises the error.
    private static func smallElement(_ r: (start: Int, stop: Int, step: Int), _ i: Int) -> Int? {
        let count = unsignedLength(r)
        guard i >= 0 ? UInt(i) < count : i.magnitude <= count else { return nil }
        let n = i >= 0 ? UInt(i) : count - i.magnitude
        return r.start &+ Int(bitPattern: n &* UInt(bitPattern: r.step))
    }

    private static func smallContains(_ r: (start: Int, stop: Int, step: Int), _ v: Int) -> Bool {
        if r.step > 0 {
            guard r.start <= v && v < r.stop else { return false }
            return UInt(bitPattern: v &- r.start) % r.step.magnitude == 0
        }
        guard r.stop < v && v <= r.start else { return false }
        return UInt(bitPattern: r.start &- v) % r.step.magnitude == 0
    }
}
