import Testing

@testable import Autograd

/// The elementwise fast paths (flat contiguous, one-element operand, broadcast rows, in place)
/// give exactly what the general strided walk gives, for every dtype and ragged sizes.
struct ElementwiseKernelsTests {
    static func values(_ count: Int, seed: Int) -> [Scalar] {
        (0..<count).map { .float(Double(($0 &* 7919 &+ seed &* 104_729) % 2003) / 97 - 10.3) }
    }

    static func tensor(_ shape: [Int], _ dtype: DType, seed: Int = 0) throws -> Tensor {
        let count = shape.reduce(1, *)
        let raw = values(count, seed: seed)
        let scalars = dtype.isFloatingPoint ? raw : raw.map { .int(Int64($0.doubleValue.rounded()) | 1) }
        return try Tensor.from(scalars, shape: shape, dtype: dtype)
    }

    /// The same values in a column-major (non-contiguous) layout.
    static func columnMajor(_ t: Tensor) throws -> Tensor {
        let copy = try t.t().contiguous().t()
        #expect(!copy.isContiguous || t.shape.contains(1))
        return copy
    }

    static let ops: [(String, @Sendable (Tensor, Tensor) throws -> Tensor)] = [
        ("add", { try $0 + $1 }), ("sub", { try $0 - $1 }), ("mul", { try $0 * $1 }), ("div", { try $0 / $1 }),
    ]

    @Test(arguments: [DType.float32, .float64, .int64, .int32], [[1, 1], [3, 5], [7, 33], [31, 129]])
    func contiguousAndStridedOperandsGiveTheSameResult(dtype: DType, shape: [Int]) throws {
        let a = try Self.tensor(shape, dtype, seed: 1)
        let b = try Self.tensor(shape, dtype, seed: 2)
        for (name, op) in Self.ops {
            let flat = try op(a, b)
            #expect(try op(Self.columnMajor(a), b).scalars == flat.scalars, "\(name) \(dtype)")
            #expect(try op(a, Self.columnMajor(b)).scalars == flat.scalars, "\(name) \(dtype)")
            #expect(try op(Self.columnMajor(a), Self.columnMajor(b)).scalars == flat.scalars, "\(name) \(dtype)")
        }
    }

    @Test(arguments: [DType.float32, .float64, .int64], [1, 8, 33, 1001])
    func oneElementOperandsMatchTheirMaterialisedBroadcast(dtype: DType, count: Int) throws {
        let a = try Self.tensor([count], dtype, seed: 3)
        let s = try Self.tensor([], dtype, seed: 4)
        let one = try Self.tensor([1], dtype, seed: 4)
        let full = try Tensor.full([count], s.element(at: 0), dtype: dtype)
        for (name, op) in Self.ops {
            #expect(try op(a, s).scalars == op(a, full).scalars, "\(name) tensor-scalar")
            #expect(try op(s, a).scalars == op(full, a).scalars, "\(name) scalar-tensor")
            #expect(try op(a, one).scalars == op(a, full).scalars, "\(name) tensor-[1]")
        }
    }

    @Test(arguments: [DType.float32, .float64, .int32])
    func rowAndColumnBroadcastsMatchTheirMaterialisedForms(dtype: DType) throws {
        let m = try Self.tensor([9, 37], dtype, seed: 5)
        let row = try Self.tensor([37], dtype, seed: 6)
        let column = try Self.tensor([9, 1], dtype, seed: 7)
        for (name, op) in Self.ops {
            #expect(try op(m, row).scalars == op(m, row.expand([9, 37]).contiguous()).scalars, "\(name) row")
            #expect(try op(row, m).scalars == op(row.expand([9, 37]).contiguous(), m).scalars, "\(name) row lhs")
            #expect(try op(m, column).scalars == op(m, column.expand([9, 37]).contiguous()).scalars, "\(name) column")
            #expect(
                try op(column, row).scalars
                    == op(column.expand([9, 37]).contiguous(), row.expand([9, 37]).contiguous()).scalars,
                "\(name) outer")
        }
    }

    @Test(arguments: [DType.float32, .float64, .int64])
    func inPlaceUpdatesMatchOutOfPlaceResultsThroughEveryPath(dtype: DType) throws {
        let b = try Self.tensor([13, 21], dtype, seed: 8)
        let row = try Self.tensor([21], dtype, seed: 9)
        let s = try Self.tensor([], dtype, seed: 10)
        for kind in [Arithmetic.add, .sub, .mul] {
            for operand in [b, row, s, try Self.columnMajor(b)] {
                let expected = try kind.compute(Self.tensor([13, 21], dtype, seed: 11), operand)
                let flat = try Self.tensor([13, 21], dtype, seed: 11)
                try kind.update(flat, with: operand)
                #expect(flat.scalars == expected.scalars, "\(kind) flat")
                let strided = try Self.columnMajor(Self.tensor([13, 21], dtype, seed: 11))
                try kind.update(strided, with: operand)
                #expect(strided.scalars == expected.scalars, "\(kind) strided")
            }
        }
    }

    @Test func integerDivisionByZeroAndOverflowDoNotTrap() {
        #expect(Arithmetic.divide(Int64.min, -1) == Int64.min)
        #expect(Arithmetic.divide(Int32(7), 0) == 0)
        #expect(Arithmetic.divide(Int64(-7), 2) == -3)
    }

    @Test func zeroSizedOperandsGiveEmptyResults() throws {
        let a = try Tensor.zeros([0, 3], dtype: .float32)
        let b = try Tensor.ones([3], dtype: .float32)
        #expect(try (a + b).shape == [0, 3])
        #expect(try (a * Tensor.wrapping(.float(2))).numel == 0)
    }
}

/// Large tensor memory is parked on free and handed to the next tensor of the same size.
@Suite(.serialized)
struct StorageCacheTests {
    @Test func aFreedLargeBlockIsReusedForTheSameSize() throws {
        StorageCache.empty()
        var first: Tensor? = try Tensor(uninitialized: [1 << 18], dtype: .float32)
        let address = first.map { UInt(bitPattern: $0.storage.bytes) }
        first = nil
        #expect(StorageCache.cachedBytes == 1 << 20)
        let second = try Tensor(uninitialized: [1 << 18], dtype: .float32)
        #expect(UInt(bitPattern: second.storage.bytes) == address)
        #expect(StorageCache.cachedBytes == 0)
    }

    @Test func smallBlocksAreNotParkedAndTheCacheIsBounded() throws {
        StorageCache.empty()
        _ = try Tensor.zeros([100], dtype: .float32)
        #expect(StorageCache.cachedBytes == 0)
        var many: [Tensor] = []
        for _ in 0..<20 { many.append(try Tensor(uninitialized: [1 << 20], dtype: .float32)) }
        many.removeAll()
        #expect(StorageCache.cachedBytes <= StorageCache.capacityLimit)
        #expect(StorageCache.cachedBytes > 0)
        StorageCache.empty()
        #expect(StorageCache.cachedBytes == 0)
    }
}
