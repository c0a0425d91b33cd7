import Testing

@testable import Autograd

struct TypePromotionTests {
    @Test func wrappedNumbersPromoteWeakly() throws {
        let ints = try Tensor.from([.int(1)], shape: [1], dtype: .int64)
        let floats = try Tensor.ones([1])
        #expect(TypePromotion.resultType([ints, Tensor.wrapping(.float(1.5))]) == .float32)
        #expect(TypePromotion.resultType([floats, Tensor.wrapping(.int(2))]) == .float32)
        #expect(TypePromotion.resultType([floats, Tensor.wrapping(.float(2))]) == .float32)
        let bools = try Tensor.from([.bool(true)], shape: [1], dtype: .bool)
        #expect(TypePromotion.resultType([bools, Tensor.wrapping(.int(1))]) == .int64)
    }

    @Test func zeroDimTensorsYieldToDimensionedOnesOfSameCategory() throws {
        let dimensioned = try Tensor.ones([2])
        let zeroDim = Tensor.scalarTensor(.float(1), dtype: .float64)
        #expect(TypePromotion.resultType([dimensioned, zeroDim]) == .float32)
        let ints = try Tensor.from([.int(1)], shape: [1], dtype: .int32)
        #expect(TypePromotion.resultType([ints, zeroDim]) == .float64)
    }

    @Test func trueDivisionOfIntegersGivesDefaultFloat() throws {
        let a = try Tensor.from([.int(7)], shape: [1], dtype: .int64)
        let q = try a / Tensor.wrapping(.int(2))
        #expect(q.dtype == .float32 && q.doubles == [3.5])
    }

    @Test func broadcastingMismatchUsesPyTorchMessage() throws {
        #expect(throws: TorchError.runtime(Messages.sizeMismatch(3, 4, dim: 1))) {
            try Tensor.ones([2, 3]) + Tensor.ones([4])
        }
        #expect(try Broadcast.shape([2, 1, 3], [4, 1]) == [2, 4, 3])
    }

    @Test func integerArithmeticWrapsInsteadOfTrapping() throws {
        let big = try Tensor.from([.int(Int64.max)], shape: [1], dtype: .int64)
        let sum = try big + Tensor.wrapping(.int(1))
        #expect(sum.scalars == [.int(Int64.min)])
    }
}
