import Foundation
import Testing

@testable import Autograd

#if canImport(Glibc)
    import Glibc
#endif

/// Large sums and `exp` against what PyTorch 2.15 computed (`Tests/Fixtures/kernel_reference.json`,
/// written by `Scripts/kernel-reference.py`), through every layout the kernels take.
struct KernelReferenceTests {
    struct File: Decodable {
        struct Sum: Decodable {
            let dtype: String
            let shape: [Int]
            let dims: [Int]?
            let seed: UInt64
            let values: [String]
        }
        struct Exp: Decodable {
            let inputs: [String]
            let torch: [String]
        }
        let sums: [Sum]
        let exp: Exp
    }

    static let file: File? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/kernel_reference.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(File.self, from: data)
    }()

    /// The script's LCG: floats of mixed sign, one in eight scaled by 1000.
    static func values(_ count: Int, seed: UInt64) -> [Float] {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Float(state >> 40) / Float(1 << 24)
            let scale: Float = (state >> 20) & 7 == 0 ? 1000 : 1
            return (unit - 0.4) * scale
        }
    }

    static func input(_ case: File.Sum) throws -> Tensor {
        let floats = values(`case`.shape.reduce(1, *), seed: `case`.seed)
        if `case`.dtype == "float64" {
            return try Tensor.from(floats.map { .float(Double($0) / 3) }, shape: `case`.shape, dtype: .float64)
        }
        return try Tensor.from(floats.map { .float(Double($0)) }, shape: `case`.shape, dtype: .float32)
    }

    @Test func fixtureLoads() throws {
        let file = try #require(Self.file)
        #expect(file.sums.count == 11)
        #expect(file.exp.inputs.count == file.exp.torch.count)
    }

    @Test(arguments: 0..<11)
    func sumsMatchPyTorchBitForBit(index: Int) throws {
        let file = try #require(Self.file)
        let reference = file.sums[index]
        let x = try Self.input(reference)
        let expected = reference.values.compactMap(Double.init)
        let dims = reference.dims ?? []
        // The reference was taken with one thread (`ParallelTests` and the golden cases cover more).
        let sum = try EngineState().installed {
            Parallel.threadCount = 1
            return try dims.isEmpty ? x.sum() : x.sum(dims: dims, keepDim: false)
        }
        #expect(sum.doubles == expected, "sum \(reference.shape) over \(dims)")
        // A transposed view is summed in its memory order, as ATen's TensorIterator does: the bits
        // of the contiguous transpose summed along the other dimension, not those of `expected`.
        if x.dim == 2, dims.count == 1 {
            let transposed = try x.t().contiguous()
            let view = try transposed.t()
            #expect(!view.isContiguous)
            let viaView = try view.sum(dims: dims, keepDim: false)
            let viaCopy = try transposed.sum(dims: [1 - dims[0]], keepDim: false)
            #expect(viaView.doubles == viaCopy.doubles)
        }
    }

    @Test func expAgreesWithPyTorchOnMostInputsAndWithinOneUlpOnTheRest() throws {
        let file = try #require(Self.file)
        let inputs = file.exp.inputs.compactMap(Double.init).map { Float($0) }
        let expected = file.exp.torch.compactMap(Double.init).map { Float($0) }
        let x = try Tensor.from(inputs.map { .float(Double($0)) }, shape: [inputs.count], dtype: .float32)
        let got = try x.exp().doubles.map { Float($0) }
        var identical = 0
        for (g, e) in zip(got, expected) {
            if g.bitPattern == e.bitPattern {
                identical += 1
            } else {
                #expect(abs(Int(g.bitPattern) - Int(e.bitPattern)) <= 1, "exp differs by more than 1 ulp: \(g) vs \(e)")
            }
        }
        #expect(Double(identical) / Double(inputs.count) > 0.98, "\(identical) of \(inputs.count) identical")
    }

    @Test func expFollowsGlibcThroughEveryLayout() throws {
        let values: [Float] =
            KernelReferenceTests.values(4099, seed: 11).map { $0 / 10 } + [
                .nan, .infinity, -.infinity, 0, -0.0, 89, -104, -103.5, 88.7, .leastNonzeroMagnitude,
            ]
        let x = try Tensor.from(values.map { .float(Double($0)) }, shape: [values.count], dtype: .float32)
        let contiguous = try x.exp().doubles.map { Float($0) }
        for (v, e) in zip(values, contiguous) where wick_fma_glibc {
            #expect(e.bitPattern == expf(v).bitPattern || (e.isNaN && v.isNaN), "exp(\(v))")
        }
        // A strided view, a 0-d tensor and an odd-length tail give the same bits.
        let strided = try x.slice(0, start: 0, stop: values.count / 3 * 3, step: 1).view([values.count / 3, 3]).select(1, 1)
        #expect(!strided.isContiguous)
        let expected = stride(from: 1, to: values.count / 3 * 3, by: 3).map { contiguous[$0] }
        #expect(try strided.exp().doubles.map { Float($0).bitPattern } == expected.map(\.bitPattern))
        let single = try Tensor.from([.float(Double(values[5]))], shape: [], dtype: .float32)
        #expect(try single.exp().doubles == [Double(contiguous[5])])
        let ints = try Tensor.from([.int(2), .int(-3)], shape: [2], dtype: .int64)
        #expect(try ints.exp().doubles == [Double(expf(2)), Double(expf(-3))])
        let doubles = try Tensor.from([.float(0.5)], shape: [1], dtype: .float64)
        #expect(try doubles.exp().doubles == [Foundation.exp(0.5)])
    }

    /// glibc's `expf` uses its FMA build (the one Wick follows) when the processor has AVX2 and FMA.
    var wick_fma_glibc: Bool { CPUCapability.current >= .avx2 }
}
