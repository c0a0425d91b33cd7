import Glibc

/// A pointwise activation of `torch.nn.functional` with its parameters: the forward formula, the
/// derivative as ATen's `*_backward` kernel computes it from the incoming gradient, and the second
/// derivative the double-backward row multiplies by. Formulas follow ATen's CPU kernels.
public enum ActivationFunction: Sendable, Equatable {
    /// `elu`/`selu` (`EluBackward0`): `scale * x` above 0, `alpha * scale * (exp(x * inputScale) - 1)` below.
    case elu(alpha: Double, scale: Double, inputScale: Double)
    /// `celu` (`CeluBackward0`): `elu` with `inputScale = 1 / alpha`.
    case celu(alpha: Double)
    /// `gelu` (`GeluBackward0`): `x * Φ(x)`, or its tanh approximation.
    case gelu(tanh: Bool)
    case silu, mish
    /// `softplus` (`SoftplusBackward0`): `log1p(exp(beta * x)) / beta`, `x` where `beta * x > threshold`.
    case softplus(beta: Double, threshold: Double)
    /// `hardtanh`/`relu6` (`HardtanhBackward0`): `x` clamped to `[min, max]`.
    case hardtanh(min: Double, max: Double)
    case hardsigmoid, hardswish, logSigmoid

    public static let seluAlpha = 1.6732632423543772848170429916717
    public static let seluScale = 1.0507009873554804934193349852946

    /// PyTorch's node name of the op and of its derivative op (`silu` and `mish` differentiate
    /// their derivative as a composite of tensor ops, as ATen does under grad mode).
    var nodeNames: (forward: String, backward: String?) {
        switch self {
        case .elu: ("EluBackward0", "EluBackwardBackward0")
        case .celu: ("CeluBackward0", "EluBackwardBackward0")
        case .gelu: ("GeluBackward0", "GeluBackwardBackward0")
        case .silu: ("SiluBackward0", nil)
        case .mish: ("MishBackward0", nil)
        case .softplus: ("SoftplusBackward0", "SoftplusBackwardBackward0")
        case .hardtanh: ("HardtanhBackward0", "HardtanhBackwardBackward0")
        case .hardsigmoid: ("HardsigmoidBackward0", nil)
        case .hardswish: ("HardswishBackward0", "HardswishBackwardBackward0")
        case .logSigmoid: ("LogSigmoidBackward0", "LogSigmoidBackwardBackward0")
        }
    }

    /// ATen's kernel name in its dtype errors (`elu_cpu`, …).
    var kernelName: String {
        switch self {
        case .elu, .celu: "elu_cpu"
        case .gelu: "GeluKernelImpl"
        case .silu: "silu_cpu"
        case .mish: "mish_cpu"
        case .softplus: "softplus_cpu"
        case .hardtanh: "clamp_cpu"
        case .hardsigmoid: "hardsigmoid_cpu"
        case .hardswish: "hardswish_cpu"
        case .logSigmoid: "log_sigmoid_cpu"
        }
    }

    /// `elu`'s three coefficients (`negcoef`, `poscoef`, `negiptcoef` in ATen), in the kernel's type.
    private func eluCoefficients<T: FloatElement>(_: T.Type) -> (negative: T, positive: T, input: T)? {
        switch self {
        case .elu(let alpha, let scale, let inputScale): (T(alpha) * T(scale), T(scale), T(inputScale))
        case .celu(let alpha): (T(alpha), 1, T(1 / alpha))
        default: nil
        }
    }

    /// `f(x)`, in `T` as ATen's scalar kernel computes it.
    func forward<T: FloatElement>(_ x: T) -> T {
        if let c = eluCoefficients(T.self) { return x <= 0 ? Special.expm1(x * c.input) * c.negative : x * c.positive }
        switch self {
        case .elu, .celu: return x
        case .gelu(let approximate):
            guard approximate else { return x * 0.5 * (1 + Special.erf(x * T(0.5.squareRoot()))) }
            let inner = T(Gelu.beta) * (x + T(Gelu.kappa) * (x * x * x))
            return 0.5 * x * (1 + T.tanh(inner))
        case .silu: return x / (1 + T.exp(-x))
        case .mish: return x * T.tanh(T.log1p(T.exp(x)))
        case .softplus(let beta, let threshold):
            let b = T(beta)
            return x * b > T(threshold) ? x : T.log1p(T.exp(x * b)) / b
        case .hardtanh(let low, let high): return x.isNaN ? x : Swift.min(Swift.max(x, T(low)), T(high))
        case .hardsigmoid: return Swift.min(Swift.max(x + 3, 0), 6) / 6
        case .hardswish: return x * Swift.min(Swift.max(x + 3, 0), 6) / 6
        case .logSigmoid: return Swift.min(x, 0) - T.log1p(T.exp(-Swift.abs(x)))
        }
    }

    /// `grad * f'(x)`, in the order of ATen's backward kernel.
    func backward<T: FloatElement>(_ g: T, _ x: T) -> T {
        if let c = eluCoefficients(T.self) { return x <= 0 ? g * c.input * c.negative * T.exp(x * c.input) : g * c.positive }
        switch self {
        case .elu, .celu: return g
        case .gelu(let approximate): return approximate ? Gelu.tanhBackward(g, x) : Gelu.erfBackward(g, x)
        case .silu:
            let s = 1 / (1 + T.exp(-x))
            return g * s * (1 + x * (1 - s))
        case .mish:
            let s = 1 / (1 + T.exp(-x))
            let t = T.tanh(T.log1p(T.exp(x)))
            return g * (t + x * s * (1 - t * t))
        case .softplus(let beta, let threshold):
            let z = T.exp(x * T(beta))
            return x * T(beta) > T(threshold) ? g : g * z / (z + 1)
        case .hardtanh(let low, let high): return x <= T(low) || x >= T(high) ? 0 : g
        case .hardsigmoid: return x > -3 && x < 3 ? g * T(1.0 / 6.0) : 0
        case .hardswish: return x <= -3 ? 0 : x < 3 ? g * (x / 3 + 0.5) : g
        case .logSigmoid:
            let z = T.exp(-Swift.abs(x))
            return x < 0 ? g * (1 - z / (1 + z)) : g * (0 - -1 * (z / (1 + z)))
        }
    }

    /// `f''(x)`, what the derivative op's gradient with respect to `x` multiplies by.
    func second(_ x: Double) -> Double {
        if let c = eluCoefficients(Double.self) { return x <= 0 ? c.negative * c.input * c.input * exp(x * c.input) : 0 }
        switch self {
        case .elu, .celu, .hardtanh, .hardsigmoid: return 0
        case .gelu(let approximate): return approximate ? Gelu.tanhSecond(x) : Gelu.pdf(x) * (2 - x * x)
        case .silu, .mish: return 0
        case .softplus(let beta, let threshold):
            guard x * beta <= threshold else { return 0 }
            let s = 1 / (1 + exp(-x * beta))
            return beta * s * (1 - s)
        case .hardswish: return x > -3 && x < 3 ? 1.0 / 3 : 0
        case .logSigmoid:
            let s = 1 / (1 + exp(-x))
            return -s * (1 - s)
        }
    }
}

/// `erf` and `expm1` from the C library in the element's own precision.
enum Special {
    static func erf<T: FloatElement>(_ x: T) -> T {
        if let f = x as? Float { return T(Glibc.erff(f)) }
        return T(Glibc.erf(Double(x)))
    }

    static func expm1<T: FloatElement>(_ x: T) -> T {
        if let f = x as? Float { return T(Glibc.expm1f(f)) }
        return T(Glibc.expm1(Double(x)))
    }
}

/// ATen's constants and backward formulas of `gelu`.
enum Gelu {
    static let beta = 2.0.squareRoot() * (2 / Double.pi.squareRoot()) * 0.5
    static let kappa = 0.044715

    static func pdf(_ x: Double) -> Double { (2 / Double.pi.squareRoot()) * 0.5.squareRoot() * 0.5 * exp(x * x * -0.5) }

    static func erfBackward<T: FloatElement>(_ g: T, _ x: T) -> T {
        let cdf = T(0.5) * (1 + Special.erf(x * T(0.5.squareRoot())))
        let pdf = T((2 / Double.pi.squareRoot()) * 0.5.squareRoot() * 0.5) * T.exp(x * x * -0.5)
        return g * (cdf + x * pdf)
    }

    static func tanhBackward<T: FloatElement>(_ g: T, _ x: T) -> T {
        let (b, k) = (T(beta), T(kappa))
        let xSquared = x * x
        let inner = b * (x + k * (xSquared * x))
        let t = T.tanh(inner)
        let left = T(0.5) * x
        let right = 1 + t
        let leftDerivative = T(0.5) * right
        let innerDerivative = b * (1 + 3 * k * xSquared)
        return g * (leftDerivative + left * (1 - t * t) * innerDerivative)
    }

    static func tanhSecond(_ x: Double) -> Double {
        let t = Glibc.tanh(beta * (x + kappa * x * x * x))
        let du = beta * (1 + 3 * kappa * x * x)
        return (1 - t * t) * (du - x * t * du * du + 3 * beta * kappa * x * x)
    }
}
