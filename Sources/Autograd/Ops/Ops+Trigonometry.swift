#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Trigonometric, hyperbolic and error functions and logarithms in other bases, each declared
/// once (derivatives from PyTorch's `derivatives.yaml`).
extension UnaryOp {
    static let tan = UnaryOp(
        pythonName: "tan", nodeName: "TanBackward0", summary: "the tangent of each element (radians)",
        forward: { try Pointwise.transcendental($0, .tan, tanf, Glibc.tan) },
        saves: .result,
        derivative: { grad, saved in
            let r = try saved.result()
            return try grad * (r * r + Tensor.wrapping(.int(1)))
        })

    static let asin = UnaryOp(
        pythonName: "asin", nodeName: "AsinBackward0", summary: "the arc sine of each element (nan outside [-1, 1])",
        forward: { try Pointwise.transcendental($0, .asin, asinf, Glibc.asin) },
        saves: .input, derivative: { grad, saved in try grad * oneMinusSquare(saved.input()).rsqrt() }, domain: -0.8...0.8)

    static let acos = UnaryOp(
        pythonName: "acos", nodeName: "AcosBackward0", summary: "the arc cosine of each element (nan outside [-1, 1])",
        forward: { try Pointwise.transcendental($0, .acos, acosf, Glibc.acos) },
        saves: .input, derivative: { grad, saved in try (grad * oneMinusSquare(saved.input()).rsqrt()).negated() },
        domain: -0.8...0.8)

    static let atan = UnaryOp(
        pythonName: "atan", nodeName: "AtanBackward0", summary: "the arc tangent of each element, in (-pi/2, pi/2)",
        forward: { try Pointwise.transcendental($0, .atan, atanf, Glibc.atan) },
        saves: .input,
        derivative: { grad, saved in
            let x = try saved.input()
            return try grad / (x * x + Tensor.wrapping(.int(1)))
        })

    static let sinh = UnaryOp(
        pythonName: "sinh", nodeName: "SinhBackward0", summary: "the hyperbolic sine of each element",
        forward: { try Pointwise.floating($0, sinhf, Glibc.sinh) },
        saves: .input, derivative: { grad, saved in try grad * saved.input().cosh() })

    static let cosh = UnaryOp(
        pythonName: "cosh", nodeName: "CoshBackward0", summary: "the hyperbolic cosine of each element",
        forward: { try Pointwise.floating($0, coshf, Glibc.cosh) },
        saves: .input, derivative: { grad, saved in try grad * saved.input().sinh() })

    static let asinh = UnaryOp(
        pythonName: "asinh", nodeName: "AsinhBackward0", summary: "the inverse hyperbolic sine of each element",
        forward: { try Pointwise.floating($0, asinhf, Glibc.asinh) },
        saves: .input,
        derivative: { grad, saved in
            let x = try saved.input()
            return try grad * (x * x + Tensor.wrapping(.int(1))).rsqrt()
        })

    static let acosh = UnaryOp(
        pythonName: "acosh", nodeName: "AcoshBackward0", summary: "the inverse hyperbolic cosine of each element (nan below 1)",
        forward: { try Pointwise.floating($0, acoshf, Glibc.acosh) },
        saves: .input,
        derivative: { grad, saved in
            let x = try saved.input()
            return try grad * (x * x - Tensor.wrapping(.int(1))).rsqrt()
        }, domain: 1.2...3)

    static let atanh = UnaryOp(
        pythonName: "atanh", nodeName: "AtanhBackward0",
        summary: "the inverse hyperbolic tangent of each element (nan outside [-1, 1])",
        forward: { try Pointwise.floating($0, atanhf, Glibc.atanh) },
        saves: .input, derivative: { grad, saved in try grad / oneMinusSquare(saved.input()) }, domain: -0.8...0.8)

    static let erf = UnaryOp(
        pythonName: "erf", nodeName: "ErfBackward0", summary: "the error function of each element",
        forward: { try Pointwise.transcendental($0, .erf, erff, Glibc.erf) },
        saves: .input, derivative: { grad, saved in try grad * gaussian(saved.input(), scale: 2 / Double.pi.squareRoot()) })

    static let erfc = UnaryOp(
        pythonName: "erfc", nodeName: "ErfcBackward0", summary: "1 - erf(x), the complementary error function of each element",
        forward: { try Pointwise.transcendental($0, .erfc, erfcf, Glibc.erfc) },
        saves: .input, derivative: { grad, saved in try grad * gaussian(saved.input(), scale: -2 / Double.pi.squareRoot()) })

    static let log2 = UnaryOp(
        pythonName: "log2", nodeName: "Log2Backward0", summary: "the base-2 logarithm of each element",
        forward: { try Pointwise.transcendental($0, .log2, log2f, Glibc.log2) },
        saves: .input, derivative: { grad, saved in try grad / (saved.input() * Tensor.wrapping(.float(M_LN2))) },
        domain: 0.5...1.5)

    static let log10 = UnaryOp(
        pythonName: "log10", nodeName: "Log10Backward0", summary: "the base-10 logarithm of each element",
        forward: { try Pointwise.transcendental($0, .log10, log10f, Glibc.log10) },
        saves: .input, derivative: { grad, saved in try grad / (saved.input() * Tensor.wrapping(.float(M_LN10))) },
        domain: 0.5...1.5)

    static let expm1 = UnaryOp(
        pythonName: "expm1", nodeName: "Expm1Backward0", summary: "exp(x) - 1, accurate even when x is tiny",
        forward: { try Pointwise.floating($0, expm1f, Glibc.expm1) },
        saves: .result, derivative: { grad, saved in try grad * (saved.result() + Tensor.wrapping(.int(1))) })

    /// `1 - x * x`.
    private static func oneMinusSquare(_ x: Tensor) throws -> Tensor { try Tensor.wrapping(.int(1)) - x * x }

    /// `scale * exp(-x * x)`, the derivative of `erf` (scale 2/√π) and `erfc` (−2/√π).
    private static func gaussian(_ x: Tensor, scale: Double) throws -> Tensor {
        try (x * x).negated().exp() * Tensor.wrapping(.float(scale))
    }

    /// The functions of this file, for `UnaryOp.all`.
    static let trigonometric: [UnaryOp] = [
        .tan, .asin, .acos, .atan, .sinh, .cosh, .asinh, .acosh, .atanh, .erf, .erfc, .log2, .log10, .expm1,
    ]
}

extension Tensor {
    public func tan() throws -> Tensor { try UnaryOp.tan(self) }
    public func atan() throws -> Tensor { try UnaryOp.atan(self) }
    public func sinh() throws -> Tensor { try UnaryOp.sinh(self) }
    public func cosh() throws -> Tensor { try UnaryOp.cosh(self) }
    public func erf() throws -> Tensor { try UnaryOp.erf(self) }
}
