/// The rows of the parametrised activations; `Params` is the function with its parameters.
enum ActivationRows {
    typealias Row = OpRow<ActivationFunction>

    /// An activation's row: saves the input, differentiates through its derivative op.
    private static func row(
        _ f: ActivationFunction, _ signature: String, _ summary: String, smooth: Bool = true,
        low: Double = -1.5, high: Double = 1.5
    ) -> Row {
        let name = String(signature.dropFirst("torch.nn.functional.".count).prefix { $0 != "(" })
        return Row(
            f.nodeNames.forward, python: PythonSignature(name, signature, summary), saves: [.input],
            probe: GradientProbe(shapes: [[2, 3]], low: low, high: high, smooth: smooth) { try $0[0].activation(f) }
        ) { grad, saved, f in [try ActivationKernels.backward(grad, saved.input(), f)] }
    }

    static let elu = row(
        .elu(alpha: 1.3, scale: 1, inputScale: 1),
        "torch.nn.functional.elu(input, alpha=1.0, inplace=False) -> Tensor",
        "x above 0, alpha * (exp(x) - 1) below; selu scales it (EluBackward0 too).", smooth: false)
    static let celu = row(
        .celu(alpha: 0.7), "torch.nn.functional.celu(input, alpha=1.0, inplace=False) -> Tensor",
        "max(0, x) + min(0, alpha * (exp(x / alpha) - 1)).", smooth: false)
    static let gelu = row(
        .gelu(tanh: false), "torch.nn.functional.gelu(input, approximate='none') -> Tensor",
        "x * Phi(x), Phi the standard normal CDF; approximate='tanh' uses\n0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))."
    )
    static let silu = row(
        .silu, "torch.nn.functional.silu(input, inplace=False) -> Tensor", "x * sigmoid(x) (swish).")
    static let mish = row(
        .mish, "torch.nn.functional.mish(input, inplace=False) -> Tensor", "x * tanh(softplus(x)).")
    static let softplus = row(
        .softplus(beta: 1.5, threshold: 20), "torch.nn.functional.softplus(input, beta=1.0, threshold=20.0) -> Tensor",
        "log(1 + exp(beta * x)) / beta; x itself where beta * x > threshold.")
    static let hardtanh = row(
        .hardtanh(min: -0.5, max: 0.5),
        "torch.nn.functional.hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False) -> Tensor",
        "x clamped to [min_val, max_val]; relu6 is hardtanh(x, 0, 6).", smooth: false)
    static let hardsigmoid = row(
        .hardsigmoid, "torch.nn.functional.hardsigmoid(input, inplace=False) -> Tensor",
        "min(max(x + 3, 0), 6) / 6.", smooth: false, low: -2.5, high: 2.5)
    static let hardswish = row(
        .hardswish, "torch.nn.functional.hardswish(input, inplace=False) -> Tensor",
        "x * min(max(x + 3, 0), 6) / 6.", smooth: false, low: -2.5, high: 2.5)
    static let logSigmoid = row(
        .logSigmoid, "torch.nn.functional.logsigmoid(input) -> Tensor", "log(sigmoid(x)), computed stably.")

    static func forwardRow(_ f: ActivationFunction) -> Row {
        switch f {
        case .elu: elu
        case .celu: celu
        case .gelu: gelu
        case .silu: silu
        case .mish: mish
        case .softplus: softplus
        case .hardtanh: hardtanh
        case .hardsigmoid: hardsigmoid
        case .hardswish: hardswish
        case .logSigmoid: logSigmoid
        }
    }

    /// A derivative op `*_backward(grad, self)`: linear in the gradient; `f''` for the input.
    private static func backwardRow(_ f: ActivationFunction, _ name: String, low: Double = -1.5, high: Double = 1.5) -> Row {
        Row(
            name, python: nil, saves: [.gradOutput, .input],
            probe: GradientProbe(shapes: [[2, 3]], low: low, high: high, smooth: false) { inputs in
                try GradientProbe.gradient(shapes: [[2, 3]]) { try $0.activation(f) }.apply(inputs)
            }
        ) { gg, saved, f in
            let (g, x) = try (saved(.gradOutput), saved.input())
            return [
                saved.needsGrad(0) ? try ActivationKernels.backward(gg, x, f) : nil,
                saved.needsGrad(1) ? try gg * g * ActivationKernels.second(x, f) : nil,
            ]
        }
    }

    static let eluBackward = backwardRow(.elu(alpha: 1.3, scale: 1.1, inputScale: 1), "EluBackwardBackward0")
    static let geluBackward = backwardRow(.gelu(tanh: true), "GeluBackwardBackward0")
    static let softplusBackward = backwardRow(.softplus(beta: 2, threshold: 20), "SoftplusBackwardBackward0")
    static let hardtanhBackward = backwardRow(.hardtanh(min: -0.5, max: 0.5), "HardtanhBackwardBackward0")
    static let hardswishBackward = backwardRow(.hardswish, "HardswishBackwardBackward0", low: -2.5, high: 2.5)
    static let logSigmoidBackward = backwardRow(.logSigmoid, "LogSigmoidBackwardBackward0")

    static func backwardRow(_ f: ActivationFunction) -> Row? {
        switch f {
        case .elu, .celu: eluBackward
        case .gelu: geluBackward
        case .softplus: softplusBackward
        case .hardtanh: hardtanhBackward
        case .hardswish: hardswishBackward
        case .logSigmoid: logSigmoidBackward
        case .silu, .mish, .hardsigmoid: nil
        }
    }

    /// `elu_`/`celu_`: ATen's `elu_backward(grad, …, is_result=true, result)`.
    private static func inPlaceRow(_ name: String, _ f: ActivationFunction) -> Row {
        Row(
            name, python: nil, saves: [.result],
            probe: GradientProbe(shapes: [[2, 3]], smooth: false) {
                let y = try $0[0] * Tensor.wrapping(.int(1))
                try y.activationInPlace(f)
                return y
            }
        ) { grad, saved, f in
            let y = try saved.result()
            let (negative, positive, input): (Double, Double, Double) =
                switch f {
                case .elu(let alpha, let scale, let inputScale): (alpha * scale, scale, inputScale)
                case .celu(let alpha): (alpha, 1, 1 / alpha)
                default: (0, 1, 0)
                }
            let below = try grad * Tensor.wrapping(.float(input)) * (y + Tensor.wrapping(.float(negative)))
            let above = try grad * Tensor.wrapping(.float(positive))
            let mask = try Comparison.greater.compute(y, .wrapping(.int(0)))
            return [try Tensor.where(mask, above, below)]
        }
    }

    static let eluInPlace = inPlaceRow("EluBackward1", .elu(alpha: 1.2, scale: 1, inputScale: 1))
    static let celuInPlace = inPlaceRow("CeluBackward1", .celu(alpha: 0.8))

    static let rows: [AnyOpRow] = [
        elu, celu, gelu, silu, mish, softplus, hardtanh, hardsigmoid, hardswish, logSigmoid, eluBackward, geluBackward,
        softplusBackward, hardtanhBackward, hardswishBackward, logSigmoidBackward, eluInPlace,
        celuInPlace,
    ]
}
