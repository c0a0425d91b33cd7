/// Help for devices, defaults, print options, the `new_*` creators and the comparisons of the
/// tensor API round (its trigonometry and rounding are unary rows, documented from the rows).
extension HelpEntries {
    private static let simple: [(String, String, String)] = [
        (
            "torch.set_default_dtype", "torch.set_default_dtype(d) -> None",
            "Makes d (torch.float32 or torch.float64) the dtype of float literals and float factories."
        ),
        (
            "torch.get_default_dtype", "torch.get_default_dtype() -> torch.dtype",
            "The default float dtype (torch.float32 unless set_default_dtype changed it)."
        ),
        (
            "torch.set_default_device", "torch.set_default_device(device) -> None",
            "The device factories place tensors on; anything but 'cpu' raises when used."
        ),
        (
            "torch.get_default_device", "torch.get_default_device() -> torch.device",
            "The device factories place tensors on: device(type='cpu') in Wick."
        ),
        (
            "torch.set_printoptions",
            "torch.set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None)",
            "Changes how tensors print: digits, the size above which they are summarised with ...,\nthe items kept at each end, the line width, scientific notation; profile='default' restores."
        ),
        (
            "torch.set_num_threads", "torch.set_num_threads(int) -> None",
            "Sets the number of threads large element-wise kernels, sums and matrix products use\n(default: the physical cores, OMP_NUM_THREADS, or wick --threads)."
        ),
        (
            "torch.get_num_threads", "torch.get_num_threads() -> int",
            "The number of threads large kernels use (torch.set_num_threads changes it)."
        ),
        (
            "torch.atan2", "torch.atan2(input, other) -> Tensor",
            "The angle of the point (other, input) elementwise, in (-pi, pi]. Records Atan2Backward0."
        ),
        (
            "Tensor.atan2", "Tensor.atan2(other) -> Tensor",
            "The angle of the point (other, self) elementwise, in (-pi, pi]. Records Atan2Backward0."
        ),
        (
            "torch.isclose", "torch.isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False) -> Tensor",
            "A bool tensor: True where |input - other| <= atol + rtol * |other|."
        ),
        (
            "Tensor.isclose", "Tensor.isclose(other, rtol=1e-05, atol=1e-08, equal_nan=False) -> Tensor",
            "A bool tensor: True where |self - other| <= atol + rtol * |other|."
        ),
        (
            "torch.allclose", "torch.allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False) -> bool",
            "Whether every element of input is close to other (see torch.isclose)."
        ),
        (
            "Tensor.allclose", "Tensor.allclose(other, rtol=1e-05, atol=1e-08, equal_nan=False) -> bool",
            "Whether every element is close to other (see torch.isclose)."
        ),
        (
            "Tensor.all", "Tensor.all(dim=None, keepdim=False) -> Tensor",
            "Whether every element is non-zero (True), over everything or along dim."
        ),
        (
            "torch.all", "torch.all(input, dim=None, keepdim=False) -> Tensor",
            "Whether every element is non-zero (True), over everything or along dim."
        ),
        (
            "Tensor.any", "Tensor.any(dim=None, keepdim=False) -> Tensor",
            "Whether any element is non-zero (True), over everything or along dim."
        ),
        (
            "torch.any", "torch.any(input, dim=None, keepdim=False) -> Tensor",
            "Whether any element is non-zero (True), over everything or along dim."
        ),
        ("Tensor.round_", "Tensor.round_() -> Tensor", "In-place Tensor.round(): overwrites this tensor and returns it."),
        (
            "Tensor.argsort", "Tensor.argsort(dim=-1, descending=False, stable=False) -> Tensor",
            "The indices that sort the elements along dim (Tensor.sort's indices)."
        ),
        (
            "torch.argsort", "torch.argsort(input, dim=-1, descending=False, stable=False) -> Tensor",
            "The indices that sort the elements along dim (torch.sort's indices)."
        ),
        (
            "Tensor.outer", "Tensor.outer(vec2) -> Tensor",
            "The outer product of two 1-d tensors: self.reshape(-1, 1) * vec2. Records MulBackward0."
        ),
        (
            "torch.outer", "torch.outer(input, vec2) -> Tensor",
            "The outer product of two 1-d tensors: input.reshape(-1, 1) * vec2. Records MulBackward0."
        ),
        ("Tensor.ger", "Tensor.ger(vec2) -> Tensor", "Alias of Tensor.outer."),
        ("torch.ger", "torch.ger(input, vec2) -> Tensor", "Alias of torch.outer."),
        (
            "Tensor.split", "Tensor.split(split_size, dim=0) -> tuple of Tensors",
            "Views of consecutive parts: of split_size each (an int), or of the sizes listed.\nRecords SplitBackward0 (an int) or SplitWithSizesBackward0 (a list)."
        ),
        (
            "torch.split", "torch.split(tensor, split_size_or_sections, dim=0) -> tuple of Tensors",
            "Views of consecutive parts: of split_size each (an int), or of the sizes listed.\nRecords SplitBackward0 (an int) or SplitWithSizesBackward0 (a list)."
        ),
        (
            "Tensor.chunk", "Tensor.chunk(chunks, dim=0) -> tuple of Tensors",
            "At most chunks views of equal size (the last may be smaller). Records SplitBackward0."
        ),
        (
            "torch.chunk", "torch.chunk(input, chunks, dim=0) -> tuple of Tensors",
            "At most chunks views of equal size (the last may be smaller). Records SplitBackward0."
        ),
        (
            "Tensor.unbind", "Tensor.unbind(dim=0) -> tuple of Tensors",
            "Every entry along dim as a view without that dimension. Records UnbindBackward0."
        ),
        (
            "torch.unbind", "torch.unbind(input, dim=0) -> tuple of Tensors",
            "Every entry along dim as a view without that dimension. Records UnbindBackward0."
        ),
        (
            "Tensor.repeat_interleave", "Tensor.repeat_interleave(repeats, dim=None) -> Tensor",
            "Each element (or entry along dim) repeated; repeats is an int or a tensor of counts."
        ),
        (
            "torch.repeat_interleave", "torch.repeat_interleave(input, repeats, dim=None) -> Tensor",
            "Each element (or entry along dim) repeated; repeats is an int or a tensor of counts."
        ),
        (
            "torch.einsum", "torch.einsum(equation, *operands) -> Tensor",
            "Einstein summation for one or two operands: 'ij,jk->ik', 'bij,bjk->bik', 'ij->ji', 'ii',\n'ii->i', 'i,j->ij', 'ij->j'. Ellipsis and three or more operands raise NotImplementedError."
        ),
        ("Tensor.cpu", "Tensor.cpu() -> Tensor", "This tensor itself: Wick's tensors live on the CPU."),
        (
            "Tensor.cuda", "Tensor.cuda(device=None) -> Tensor",
            "Raises AssertionError: Torch not compiled with CUDA enabled (Wick runs on the CPU only)."
        ),
        ("Tensor.get_device", "Tensor.get_device() -> int", "-1, the index PyTorch gives CPU tensors."),
        (
            "Tensor.new_ones", "Tensor.new_ones(*size, dtype=None, device=None, requires_grad=False) -> Tensor",
            "A tensor of ones with this tensor's dtype unless dtype= says otherwise."
        ),
        (
            "Tensor.new_zeros", "Tensor.new_zeros(*size, dtype=None, device=None, requires_grad=False) -> Tensor",
            "A tensor of zeros with this tensor's dtype unless dtype= says otherwise."
        ),
        (
            "Tensor.new_empty", "Tensor.new_empty(*size, dtype=None, device=None, requires_grad=False) -> Tensor",
            "An uninitialised tensor (Wick fills it with zeros) with this tensor's dtype."
        ),
        (
            "Tensor.new_full", "Tensor.new_full(size, fill_value, dtype=None, device=None, requires_grad=False) -> Tensor",
            "A tensor filled with fill_value, with this tensor's dtype unless dtype= says otherwise."
        ),
        (
            "Tensor.new_tensor", "Tensor.new_tensor(data, dtype=None, device=None, requires_grad=False) -> Tensor",
            "A new tensor from data (copied), with this tensor's dtype unless dtype= says otherwise."
        ),
        (
            "torch.cuda.manual_seed", "torch.cuda.manual_seed(seed) -> None",
            "Does nothing: there is no CUDA generator without CUDA."
        ),
        (
            "torch.cuda.manual_seed_all", "torch.cuda.manual_seed_all(seed) -> None",
            "Does nothing: there is no CUDA generator without CUDA."
        ),
        ("torch.cuda.seed", "torch.cuda.seed() -> None", "Does nothing: there is no CUDA generator without CUDA."),
        ("torch.cuda.seed_all", "torch.cuda.seed_all() -> None", "Does nothing: there is no CUDA generator without CUDA."),
        ("torch.cuda.is_initialized", "torch.cuda.is_initialized() -> bool", "Always False: Wick runs on the CPU only."),
        ("torch.cuda.empty_cache", "torch.cuda.empty_cache() -> None", "Does nothing: there is no CUDA memory."),
    ]

    private static let cudaOnly = ["current_device", "synchronize", "get_device_name", "get_device_properties", "set_device"]

    private static let comparisons: [(String, String)] = [
        ("eq", "=="), ("ne", "!="), ("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">="),
    ]

    static let tensorAPI: [String: String] = {
        var table: [String: String] = [:]
        for (key, signature, summary) in simple { table[key] = "\(signature)\n\n\(summary)" }
        for name in cudaOnly {
            table["torch.cuda." + name] =
                "torch.cuda.\(name)(...)\n\nRaises AssertionError: Torch not compiled with CUDA enabled."
        }
        for (name, symbol) in comparisons {
            let body = "Elementwise `\(symbol)` with other (a tensor or a number), broadcasting; a bool tensor."
            table["Tensor." + name] = "Tensor.\(name)(other) -> Tensor\n\n\(body)"
            table["torch." + name] = "torch.\(name)(input, other) -> Tensor\n\n\(body)"
        }
        return table
    }()
}
