import Testing

@testable import Autograd

/// The rearranging, ordering and scatter ops of the tensor API round (`Ops+Rearrange.swift`,
/// `Ops+Ordering.swift`, `Ops+Scatter.swift`, `Ops+Split.swift`, `Ops+Einsum.swift`).
struct TensorAPIOpsTests {
    private func ints(_ t: Tensor) -> [Int] { t.scalars.map { Int($0.doubleValue) } }

    @Test func sortIsStableAndPutsNaNLast() throws {
        let x = try Make.floats([2, .nan, 1, 2, -1])
        let (values, indices) = try x.sorted(dim: 0, descending: false)
        #expect(values.scalars.map(\.doubleValue).prefix(4) == [-1, 1, 2, 2])
        #expect(values.scalars.last?.doubleValue.isNaN == true)
        #expect(ints(indices) == [4, 2, 0, 3, 1])
        let descending = ints(try x.sorted(dim: 0, descending: true).indices)
        #expect(descending == [1, 0, 3, 2, 4])
    }

    @Test func cumsumOfIntegersWrapsLikeInt64() throws {
        let x = try Make.longs([Int64.max, 1])
        let sums = try x.cumulative(product: false, dim: 0).scalars
        guard case .int(let first) = sums[0], case .int(let second) = sums[1] else {
            Issue.record("not int64")
            return
        }
        #expect([first, second] == [Int64.max, Int64.min])
        #expect(try x.cumulative(product: false, dim: 0).dtype == .int64)
    }

    @Test func cumprodGradientIsExactAcrossAZero() throws {
        let x = try Make.doubles([2, 0, 3], requiresGrad: true)
        #expect(try Make.gradient(of: x.cumulative(product: true, dim: 0), x) == [1, 8, 0])
    }

    @Test func gatherRefusesOutOfRangeAndNegativeIndices() throws {
        let x = try Make.floats([1, 2, 3])
        #expect(throws: TorchError.self) { try x.gather(0, Make.longs([3])) }
        #expect(throws: TorchError.self) { try x.gather(0, Make.longs([-1])) }
        #expect(try x.gather(0, Make.longs([2, 0])).scalars.map(\.doubleValue) == [3, 1])
    }

    @Test func scatterAddAccumulatesRepeatedIndices() throws {
        let base = try Make.floats([0, 0, 0])
        let result = try base.scatter(0, Make.longs([1, 1, 2]), Make.floats([1, 2, 3]), accumulate: true)
        #expect(result.scalars.map(\.doubleValue) == [0, 3, 3])
    }

    @Test func splitPartsAreViewsSharingStorage() throws {
        let x = try Make.floats([0, 1, 2, 3, 4])
        let parts = try x.split(size: 2, dim: 0)
        #expect(parts.map(\.shape) == [[2], [2], [1]])
        #expect(parts[1].storage === x.storage)
        #expect(throws: TorchError.self) { try x.split(sizes: [2, 2], dim: 0) }
    }

    @Test func einsumRefusesWhatItDoesNotCover() throws {
        let m = try Make.floats([1, 2, 3, 4], [2, 2])
        #expect(throws: TorchError.self) { try Einsum.evaluate("...ij->ij", [m]) }
        #expect(throws: TorchError.self) { try Einsum.evaluate("ij,jk,kl->il", [m, m, m]) }
        #expect(throws: TorchError.self) { try Einsum.evaluate("ijk->i", [m]) }
        #expect(try Einsum.evaluate("ij,jk->ik", [m, m]).scalars.map(\.doubleValue) == [7, 10, 15, 22])
        #expect(try Einsum.evaluate("ii", [m]).scalars.map(\.doubleValue) == [5])
    }

    @Test func rollWithoutDimsRollsTheFlattenedTensor() throws {
        let x = try Make.floats([0, 1, 2, 3], [2, 2])
        #expect(try x.roll([1], dims: []).scalars.map(\.doubleValue) == [3, 0, 1, 2])
        #expect(try x.roll([-1], dims: [1]).scalars.map(\.doubleValue) == [1, 0, 3, 2])
    }
}
