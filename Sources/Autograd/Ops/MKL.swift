import CMKL

/// The opt-in MKL backend (`make WICK_BLAS=mkl`, docs/fidelity.md).
///
/// PyTorch's CPU wheel multiplies matrices with oneMKL's gemm and computes `exp`, `log`, `sin`,
/// `cos`, `tan`, `asin`, `acos`, `atan`, `tanh`, `sqrt`, `erf`, `erfc`, `log10` and `log2` with
/// MKL's VML (`aten/src/ATen/cpu/vml.h`). A build made with `WICK_MKL` loads `libmkl_rt.so.2`
/// (CMKL) and calls the same functions, so those results are PyTorch's to the bit; the default
/// build never does, and a failed load falls back to OpenBLAS and the C library with a warning.
public enum BLASBackend {
    /// `"mkl"` when MKL is loaded and used, `"openblas"` otherwise.
    public static var name: String { MKL.isActive ? "mkl" : "openblas" }

    /// Whether this binary was built for MKL (`make WICK_BLAS=mkl`), loaded or not.
    public static var isMKLBuild: Bool {
        #if WICK_MKL
            true
        #else
            false
        #endif
    }
}

enum MKL {
    #if WICK_MKL
        /// True when the library loaded (checked once; CMKL says why on stderr when it did not).
        static let isActive = wick_mkl_load() != 0
    #else
        /// Never in the default build (a constant, so the MKL branches fold away).
        static let isActive = false
    #endif
}

/// The VML functions ATen's `vml.h` calls (`vm?Exp`, `vm?Ln`, …).
enum VMLFunction {
    case exp, ln, log10, log2, sqrt, sin, cos, tan, asin, acos, atan, tanh, erf, erfc

    var c: wick_vml_function {
        switch self {
        case .exp: WICK_VML_EXP
        case .ln: WICK_VML_LN
        case .log10: WICK_VML_LOG10
        case .log2: WICK_VML_LOG2
        case .sqrt: WICK_VML_SQRT
        case .sin: WICK_VML_SIN
        case .cos: WICK_VML_COS
        case .tan: WICK_VML_TAN
        case .asin: WICK_VML_ASIN
        case .acos: WICK_VML_ACOS
        case .atan: WICK_VML_ATAN
        case .tanh: WICK_VML_TANH
        case .erf: WICK_VML_ERF
        case .erfc: WICK_VML_ERFC
        }
    }
}

/// A floating type VML has functions for.
protocol VMLElement: FloatElement {
    static func vml(_ function: VMLFunction, _ count: Int32, _ src: UnsafePointer<Self>, _ dst: UnsafeMutablePointer<Self>)
}

extension Float: VMLElement {
    static func vml(_ function: VMLFunction, _ count: Int32, _ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>) {
        wick_vml_float(function.c, count, src, dst)
    }
}

extension Double: VMLElement {
    static func vml(
        _ function: VMLFunction, _ count: Int32, _ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>
    ) {
        wick_vml_double(function.c, count, src, dst)
    }
}

extension Pointwise {
    /// A function PyTorch's wheel computes with VML: VML under the MKL backend, `f32`/`f64` otherwise.
    static func transcendental(
        _ a: Tensor, _ function: VMLFunction, _ f32: (Float) -> Float, _ f64: (Double) -> Double
    ) throws -> Tensor {
        if MKL.isActive { return try vml(a, function) }
        return try floating(a, f32, f64)
    }

    /// `transcendental` with the fallback written as a formula.
    static func transcendental<F: UnaryFormula>(_ a: Tensor, _ function: VMLFunction, _: F.Type) throws -> Tensor {
        if MKL.isActive { return try vml(a, function) }
        return try floating(a, F.self)
    }

    /// ATen's `IMPLEMENT_FLOAT_KERNEL` under MKL: VML over contiguous runs (a strided input is
    /// gathered first, as ATen gathers it into a buffer); VML's result for an element does not
    /// depend on the run it is in, so Wick's pieces give ATen's bits. Integers compute in float32.
    static func vml(_ a: Tensor, _ function: VMLFunction) throws -> Tensor {
        a.dtype == .float64 ? try vml(a, function, Double.self) : try vml(a, function, Float.self)
    }

    private static func vml<T: VMLElement>(_ a: Tensor, _ function: VMLFunction, _: T.Type) throws -> Tensor {
        let source = try a.dtype == T.dtype ? a.contiguousData() : a.converted(to: T.dtype)
        let out = try Tensor(uninitialized: a.shape, dtype: T.dtype)
        let (src, dst) = (UnsafePointer(source.pointer(T.self) + source.offset), out.pointer(T.self))
        try withExtendedLifetime(source) {
            try Parallel.forEachPiece(out.numel) { piece, _ in
                var start = piece.lowerBound
                while start < piece.upperBound {
                    let count = min(piece.upperBound - start, Int(Int32.max))
                    T.vml(function, Int32(count), src + start, dst + start)
                    start += count
                }
            }
        }
        return out
    }
}
