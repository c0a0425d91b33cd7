import Testing

@testable import Autograd

/// The engine keeps or writes a gradient only when it holds the sole reference to it: leaves
/// never share a `.grad`, and a tensor the caller still holds is never written.
struct EngineOwnershipTests {
    static func leaf(_ values: [Double]) throws -> Tensor {
        try Tensor.from(values.map { .float($0) }, shape: [values.count], dtype: .float32, requiresGrad: true)
    }

    @Test func twoLeavesFedTheSameGradientGetSeparateTensors() throws {
        let a = try Self.leaf([1, 2, 3])
        let b = try Self.leaf([4, 5, 6])
        try (a + b).sum().backward()
        let ga = try #require(a.gradStorage)
        let gb = try #require(b.gradStorage)
        #expect(ga !== gb)
        #expect(ga.storage !== gb.storage)
        try ga.addInPlaceRaw(Tensor.wrapping(.int(1)))
        #expect(ga.doubles == [2, 2, 2])
        #expect(gb.doubles == [1, 1, 1])
    }

    @Test func aGradientTheCallerHoldsIsCopiedNotKept() throws {
        let a = try Self.leaf([1, 2])
        let seed = try Tensor.from([.float(3), .float(4)], shape: [2], dtype: .float32)
        try (a + Tensor.wrapping(.int(0))).backward(gradient: seed)
        let ga = try #require(a.gradStorage)
        #expect(ga.storage !== seed.storage)
        try seed.addInPlaceRaw(Tensor.wrapping(.int(10)))
        #expect(ga.doubles == [3, 4])
    }

    @Test func aFreshGradientIsKeptAndLaterOnesAddInPlace() throws {
        let w = try Self.leaf([1, 2, 3])
        try (w * w).sum().backward()
        let first = try #require(w.gradStorage)
        #expect(first.doubles == [2, 4, 6])
        try (w * w).sum().backward()
        #expect(w.gradStorage === first)
        #expect(first.doubles == [4, 8, 12])
    }

    @Test func gradientsMeetingAtOneNodeAreSummedWithoutTouchingSavedTensors() throws {
        let x = try Self.leaf([1, 2])
        let y = try x * Tensor.wrapping(.int(3))
        let z = try (y * y + y).sum()
        try z.backward()
        // dz/dy = 2y + 1 = [7, 13]; dz/dx = 3 (2y + 1)
        #expect(x.gradStorage?.doubles == [21, 39])
        #expect(y.doubles == [3, 6])
    }

    @Test func retainedGradientsAreCopiesOfWhatFlowsOn() throws {
        let x = try Self.leaf([1, 2])
        let y = try x * Tensor.wrapping(.int(2))
        try y.retainGrad()
        try y.sum().backward()
        let gy = try #require(y.gradStorage)
        let gx = try #require(x.gradStorage)
        #expect(gy.doubles == [1, 1])
        #expect(gx.doubles == [2, 2])
        #expect(gy.storage !== gx.storage)
    }
}
