/// Help for `torch.nn.functional` (keys `F.NAME`): activations and losses.
extension HelpEntries {
    static let functional: [String: String] = [
        "F.relu": """
        torch.nn.functional.relu(input, inplace=False) -> Tensor

        max(x, 0) elementwise: negative elements become 0. Records ReluBackward0.
        """,
        "F.sigmoid": """
        torch.nn.functional.sigmoid(input) -> Tensor

        1 / (1 + exp(-x)) elementwise, into (0, 1). Records SigmoidBackward0.
        """,
        "F.tanh": """
        torch.nn.functional.tanh(input) -> Tensor

        The hyperbolic tangent elementwise, into (-1, 1). Records TanhBackward0.
        """,
        "F.softmax": """
        torch.nn.functional.softmax(input, dim=None, dtype=None) -> Tensor

        exp(x) / exp(x).sum(dim): probabilities along dim. Always pass dim; without it
        PyTorch guesses and warns. Records SoftmaxBackward0.
        """,
        "F.log_softmax": """
        torch.nn.functional.log_softmax(input, dim=None, dtype=None) -> Tensor

        log(softmax(input, dim)), computed stably; feed it to nll_loss.
        Records LogSoftmaxBackward0.
        """,
    ]
}
