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
        "F.l1_loss": """
        torch.nn.functional.l1_loss(input, target, reduction='mean') -> Tensor

        Mean absolute error (input - target).abs().mean(); reduction 'sum' or 'none'
        changes the last step.
        """,
        "F.cross_entropy": """
        torch.nn.functional.cross_entropy(input, target, ignore_index=-100, reduction='mean') -> Tensor

        The classification loss from raw scores (logits, N×C) and int64 class targets:
        nll_loss(log_softmax(input, 1), target). Records NllLossBackward0 over
        LogSoftmaxBackward0. weight and label_smoothing are not supported.
        """,
    ]
}
