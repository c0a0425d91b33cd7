/// The rows of `leaky_relu`; `Params` is the negative slope.
extension Activation {
    static let leakyReluSignature = PythonSignature(
        "leaky_relu", "torch.nn.functional.leaky_relu(input, negative_slope=0.01, inplace=False) -> Tensor",
        "x for positive elements, negative_slope * x for the rest.")

    static let leakyReluRow = OpRow<Double>(
        "LeakyReluBackward0", python: leakyReluSignature, overload: "out of place", saves: [.input],
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].leakyRelu(negativeSlope: 0.2) }
    ) { grad, saved, slope in [try leakyReluBackward(grad, saved.input(), slope: slope)] }

    /// In place the input is gone; the result has the same signs, so the derivative reads it instead.
    static let leakyReluInPlaceRow = OpRow<Double>(
        "LeakyReluBackward1", python: leakyReluSignature, overload: "in place", saves: [.result],
        probe: GradientProbe(shapes: [[2, 3]]) {
            let y = try $0[0] * Tensor.wrapping(.int(1))
            try y.leakyReluInPlace(negativeSlope: 0.3)
            return y
        }
    ) { grad, saved, slope in [try leakyReluBackward(grad, saved.result(), slope: slope)] }

    /// `leaky_relu_backward(grad, self, slope)`: linear in the gradient, flat in the input.
    static let leakyReluBackwardRow = OpRow<Double>(
        "LeakyReluBackwardBackward0", python: nil, saves: [.input],
        probe: .gradient(shapes: [[4]]) { try $0.leakyRelu(negativeSlope: 0.1) * $0 }
    ) { gg, saved, slope in
        [
            saved.needsGrad(0) ? try leakyReluBackward(gg, saved.input(), slope: slope) : nil,
            saved.needsGrad(1) ? try Tensor(zeros: gg.shape, dtype: gg.dtype) : nil,
        ]
    }

    static let rows: [AnyOpRow] = [leakyReluRow, leakyReluInPlaceRow, leakyReluBackwardRow]
}
