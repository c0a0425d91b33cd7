import Autograd
import Foundation
import Testing

/// Tests/Fixtures/mkl-expectations.json, recorded from the wheel by Scripts/mkl-expectations.py.
struct MKLExpectations: Decodable {
    struct Pair: Decodable {
        let float32: [Double]
        let float64: [Double]
    }

    let unary: [String: Pair]
    let mmFloat32: [Double]
    let mmFloat64: [Double]

    enum CodingKeys: String, CodingKey {
        case unary
        case mmFloat32 = "mm_float32"
        case mmFloat64 = "mm_float64"
    }

    static let recorded: MKLExpectations? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/mkl-expectations.json")
        return (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(MKLExpectations.self, from: $0) }
    }()
}

/// The opt-in MKL backend (`make test-mkl`): with MKL loaded, the VML functions and the products
/// give PyTorch's bits (`MKLExpectations`). In the default build (OpenBLAS and the C library, where
/// some of these values differ in the last bit) the suite is skipped. Public API only, so the suite
/// also builds against release modules (`make test-mkl` tests the release build).
@Suite(.enabled(if: BLASBackend.isMKLBuild, "only in the MKL build (make WICK_BLAS=mkl)"))
struct MKLBackendTests {
    /// The inputs Scripts/mkl-expectations.py gives `torch.<name>`.
    static func inputs(_ name: String) -> [Double] {
        let u = (0..<24).map { 0.0123 + Double($0) * 0.04111 }
        switch name {
        case "asin", "acos": return u.map { 2 * $0 - 1 }
        case "log", "log10", "log2", "sqrt": return u.map { 9 * $0 + 0.001 }
        default: return u.map { 9 * $0 - 4 }
        }
    }

    static let functions = MKLExpectations.recorded?.unary.keys.sorted() ?? []

    @Test func expectationsAreRecorded() {
        #expect(Self.functions.count == 14)
    }

    @Test func libraryIsLoaded() {
        #expect(BLASBackend.name == "mkl")
    }

    @Test(arguments: functions)
    func float32FunctionIsPyTorchsToTheBit(_ name: String) throws {
        let op = try #require(Tensor.unaryOperation(named: name))
        let x = try Tensor.from(Self.inputs(name).map { .float($0) }, shape: [24], dtype: .float32)
        #expect(try op(x).doubles == MKLExpectations.recorded?.unary[name]?.float32)
    }

    @Test(arguments: functions)
    func float64FunctionIsPyTorchsToTheBit(_ name: String) throws {
        let op = try #require(Tensor.unaryOperation(named: name))
        let x = try Tensor.from(Self.inputs(name).map { .float($0) }, shape: [24], dtype: .float64)
        #expect(try op(x).doubles == MKLExpectations.recorded?.unary[name]?.float64)
    }

    /// A strided input gives the same bits as a contiguous one (VML after a gather, as ATen).
    @Test func stridedInputMatchesContiguous() throws {
        let x = try Tensor.from(Self.inputs("exp").map { .float($0) }, shape: [4, 6], dtype: .float32)
        #expect(try x.t().exp().t().doubles == MKLExpectations.recorded?.unary["exp"]?.float32)
    }

    /// `a[i][j] = ((i * 7 + j * 3) % 11) * 0.173 - 0.9` (6 × 13) and
    /// `b[i][j] = ((i * 5 + j * 2) % 9) * 0.311 - 1.2` (13 × 5), as the script builds them.
    static func matrices(_ dtype: DType) throws -> (Tensor, Tensor) {
        var a: [Scalar] = []
        for i in 0..<6 {
            for j in 0..<13 { a.append(.float(Double((i * 7 + j * 3) % 11) * 0.173 - 0.9)) }
        }
        var b: [Scalar] = []
        for i in 0..<13 {
            for j in 0..<5 { b.append(.float(Double((i * 5 + j * 2) % 9) * 0.311 - 1.2)) }
        }
        return (try Tensor.from(a, shape: [6, 13], dtype: dtype), try Tensor.from(b, shape: [13, 5], dtype: dtype))
    }

    @Test func float32ProductIsMKLsGemm() throws {
        let (a, b) = try Self.matrices(.float32)
        #expect(try a.mm(b).doubles == MKLExpectations.recorded?.mmFloat32)
    }

    @Test func float64ProductIsMKLsGemm() throws {
        let (a, b) = try Self.matrices(.float64)
        #expect(try a.mm(b).doubles == MKLExpectations.recorded?.mmFloat64)
    }
}
