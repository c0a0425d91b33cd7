/// Help for the `torch.nn.functional` functions that are not op rows of their own: layers,
/// dropout, and activations built from other ops (keys `F.NAME`, and their `torch.NAME` forms).
extension HelpEntries {
    static let functionalLayers: [String: String] = [
        "F.linear": """
        torch.nn.functional.linear(input, weight, bias=None) -> Tensor

        input @ weight.T + bias. A 2-d input with a bias records AddmmBackward0; other
        contiguous inputs with a bias record UnsafeViewBackward0 over AddmmBackward0; without
        a bias it is matmul (MmBackward0, …).
        """,
        "F.dropout": """
        torch.nn.functional.dropout(input, p=0.5, training=True, inplace=False) -> Tensor

        Zeroes each element with probability p and scales the rest by 1 / (1 - p), drawing
        the mask from the generator as PyTorch does (the same mask after torch.manual_seed).
        Records MulBackward0; returns input itself when training=False or p=0.
        """,
        "F.alpha_dropout": """
        torch.nn.functional.alpha_dropout(input, p=0.5, training=False, inplace=False) -> Tensor

        Dropout for SELU networks: dropped elements take the negative saturation value and an
        affine map keeps mean and variance. Records AddBackward0 over MulBackward0.
        """,
        "F.selu": """
        torch.nn.functional.selu(input, inplace=False) -> Tensor

        scale * elu(x, alpha) with alpha = 1.6733 and scale = 1.0507. Records EluBackward0
        (EluBackward1 in place).
        """,
        "F.relu6": """
        torch.nn.functional.relu6(input, inplace=False) -> Tensor

        min(max(x, 0), 6): hardtanh(x, 0, 6). Records HardtanhBackward0.
        """,
        "F.softsign": """
        torch.nn.functional.softsign(input) -> Tensor

        x / (1 + |x|), built from abs, add and div: records DivBackward0.
        """,
        "F.tanhshrink": """
        torch.nn.functional.tanhshrink(input) -> Tensor

        x - tanh(x), built from tanh and sub: records SubBackward0.
        """,
        "F.relu_": """
        torch.nn.functional.relu_(input) -> Tensor

        relu in place: writes max(x, 0) into input and returns it. Records ReluBackward0.
        """,
        "F.elu_": """
        torch.nn.functional.elu_(input, alpha=1.0) -> Tensor

        elu in place; the derivative reads the result. Records EluBackward1.
        """,
        "F.selu_": """
        torch.nn.functional.selu_(input) -> Tensor

        selu in place; the derivative reads the result. Records EluBackward1.
        """,
        "F.celu_": """
        torch.nn.functional.celu_(input, alpha=1.0) -> Tensor

        celu in place; the derivative reads the result. Records CeluBackward1.
        """,
        "F.hardtanh_": """
        torch.nn.functional.hardtanh_(input, min_val=-1.0, max_val=1.0) -> Tensor

        hardtanh in place. Records HardtanhBackward0.
        """,
        "torch.selu": """
        torch.selu(input) -> Tensor

        scale * elu(x, alpha) with alpha = 1.6733 and scale = 1.0507. Records EluBackward0.
        """,
        "torch.celu": """
        torch.celu(input, alpha=1.0) -> Tensor

        max(0, x) + min(0, alpha * (exp(x / alpha) - 1)). Records CeluBackward0.
        """,
        "torch.selu_": """
        torch.selu_(input) -> Tensor

        selu in place. Records EluBackward1.
        """,
        "torch.celu_": """
        torch.celu_(input, alpha=1.0) -> Tensor

        celu in place. Records CeluBackward1.
        """,
        "torch.relu_": """
        torch.relu_(input) -> Tensor

        relu in place: writes max(x, 0) into input and returns it. Records ReluBackward0.
        """,
    ]
}

extension HelpEntries {
    static let functionalMore: [String: String] = [
        "F.one_hot": """
        torch.nn.functional.one_hot(tensor, num_classes=-1) -> LongTensor

        An int64 tensor with one more dimension of size num_classes (max + 1 when -1), holding
        1 at each label's position and 0 elsewhere. No gradient.
        """,
        "F.softmin": """
        torch.nn.functional.softmin(input, dim=None, dtype=None) -> Tensor

        softmax(-input, dim): weights that favour the smallest values.
        Records SoftmaxBackward0 over NegBackward0.
        """,
        "F.leaky_relu_": """
        torch.nn.functional.leaky_relu_(input, negative_slope=0.01) -> Tensor

        leaky_relu in place; the derivative reads the result. Records LeakyReluBackward1.
        """,
        "F.l1_loss": """
        torch.nn.functional.l1_loss(input, target, size_average=None, reduce=None, reduction='mean', weight=None) -> Tensor

        Mean absolute error |input - target|, built from sub, abs and mean (MeanBackward0);
        with weight, sum(weight * |d|) / sum(weight).
        """,
        "F.cross_entropy": """
        torch.nn.functional.cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0) -> Tensor

        nll_loss(log_softmax(input, 1), target) for class indices (NllLossBackward0); for
        class probabilities of the input's shape -(log_softmax(input) * target).sum() / N
        (DivBackward1). label_smoothing mixes in the uniform distribution (AddBackward0).
        """,
        "F.kl_div": """
        torch.nn.functional.kl_div(input, target, size_average=None, reduce=None, reduction='mean', log_target=False) -> Tensor

        KL divergence with input as log-probabilities: target * (log(target) - input).
        reduction='batchmean' divides the sum by the batch size; 'mean' warns.
        """,
    ]
}
