import Autograd

/// CPython's `hash()`: ints modulo 2^61 - 1, floats that agree with equal ints, tuples by xxHash,
/// frozensets by CPython's shuffle, other objects by address. Strings use a fixed hash (CPython
/// seeds its string hash randomly per process, so no program can depend on it).
enum PythonHash {
    static let modulus = (1 << 61) - 1
    static let bits = 61

    static func of(_ value: Value, _ interpreter: Interpreter) throws -> Int {
        if value.isUserObject {
            if let h = try interpreter.userHash(value) { return h }
            if case .object(let o as Instance) = value, let payload = o.payload { return try of(payload, interpreter) }
        }
        switch value {
        case .noneValue: return 0xFC_A86F
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return integer(i)
        case .bigInt(let b): return integer(b)
        case .float(let d): return float(d)
        case .string(let s): return string(s)
        case .tuple(let items): return try tuple(items.map { try of($0, interpreter) })
        case .tensor(let t): return pointer(t)
        case .list, .dict: throw unhashable(value)
        case .object(let set as SetObject):
            guard set.isFrozen else { throw unhashable(value) }
            return set.frozenHash()
        case .object(let t as TupleLike): return try tuple(t.tupleItems.map { try of($0, interpreter) })
        case .object(let v as ValueSemanticObject): return v.valueHash
        case .object(let o): return pointer(o)
        }
    }

    static func unhashable(_ value: Value) -> PythonError {
        PythonError(.typeError, "unhashable type: '\(value.typeName)'")
    }

    static func integer(_ i: Int) -> Int {
        let magnitude = Int(i.magnitude % UInt(modulus))
        let h = i < 0 ? -magnitude : magnitude
        return h == -1 ? -2 : h
    }

    /// An int of any size: its magnitude modulo 2^61 - 1, with the sign.
    static func integer(_ b: BigInteger) -> Int {
        if let small = b.intValue { return integer(small) }
        let reduced = b.magnitude.flooredDivision(by: BigInteger(modulus))?.modulo.intValue ?? 0
        let h = b.isNegative ? -reduced : reduced
        return h == -1 ? -2 : h
    }

    /// `_Py_HashDouble`.
    static func float(_ d: Double) -> Int {
        if d.isInfinite { return d > 0 ? 314_159 : -314_159 }
        if d.isNaN { return 0 }
        var exponent: Int32 = 0
        var mantissa = frexp(d, &exponent)
        var e = Int(exponent)
        var sign = 1
        if mantissa < 0 {
            sign = -1
            mantissa = -mantissa
        }
        var x: UInt = 0
        let m = UInt(modulus)
        while mantissa != 0 {
            x = ((x << 28) & m) | x >> (UInt(bits) - 28)
            mantissa *= 268_435_456.0
            e -= 28
            let y = UInt(mantissa)
            mantissa -= Double(y)
            x += y
            if x >= m { x -= m }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
        x = ((x << UInt(e)) & m) | x >> (UInt(bits) - UInt(e))
        let h = Int(bitPattern: x) &* sign
        return h == -1 ? -2 : h
    }

    /// FNV-1a over the UTF-8 bytes: stable across runs.
    static func string(_ s: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x100_0000_01b3
        }
        let v = Int(bitPattern: UInt(h))
        return v == -1 ? -2 : v
    }

    /// CPython 3.11's `tuplehash` (xxHash's 64-bit lane step).
    static func tuple(_ hashes: [Int]) -> Int {
        let prime1: UInt = 11_400_714_785_074_694_791
        let prime2: UInt = 14_029_467_366_897_019_727
        let prime5: UInt = 2_870_177_450_012_600_261
        var acc = prime5
        for h in hashes {
            acc = acc &+ UInt(bitPattern: h) &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt(hashes.count) ^ (prime5 ^ 3_527_539))
        if acc == UInt.max { return 1_546_275_796 }
        return Int(bitPattern: acc)
    }

    /// `_Py_HashPointer`: the address rotated by 4 bits.
    static func pointer(_ object: AnyObject) -> Int {
        let y = UInt(bitPattern: ObjectIdentifier(object))
        let rotated = Int(bitPattern: (y >> 4) | (y << 60))
        return rotated == -1 ? -2 : rotated
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
