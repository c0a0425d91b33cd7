import Autograd

/// Help for elementwise ops: unary functions, arithmetic, comparisons of two tensors, `clamp`, `where`.
extension HelpEntries {
    static let pointwise: [String: String] = {
        var table: [String: String] = [:]
        // `Tensor.NAME` and `torch.NAME` of the unary table come from its rows (`HelpEntries.ops`).
        for name in Tensor.unaryDeclarations.compactMap(\.python?.name) {
            table["Tensor.\(name)_"] = """
                Tensor.\(name)_() -> Tensor

                In-place Tensor.\(name)(): overwrites this tensor and returns it. Not allowed
                on a leaf that requires grad.
                """
        }
        table.merge(binary) { first, _ in first }
        table.merge(functions(mirroring: ["add", "sub", "mul", "multiply", "div", "maximum", "minimum"], in: binary)) {
            first, _ in first
        }
        table.merge(bounded) { first, _ in first }
        table.merge(functions(mirroring: ["clamp", "clip", "clamp_", "clip_"], in: bounded)) { first, _ in first }
        return table
    }()

    private static let binary: [String: String] = [
        "Tensor.add": """
        Tensor.add(other) -> Tensor

        Elementwise sum with other (a tensor or a number), broadcasting shapes;
        the same as `+`. Records AddBackward0.
        """,
        "Tensor.sub": """
        Tensor.sub(other) -> Tensor

        Elementwise difference, the same as `-`. Records SubBackward0.
        """,
        "Tensor.subtract": """
        Tensor.subtract(other) -> Tensor

        Alias of Tensor.sub: elementwise difference. Records SubBackward0.
        """,
        "Tensor.mul": """
        Tensor.mul(other) -> Tensor

        Elementwise product, the same as `*` (not a matrix product: see matmul).
        Records MulBackward0.
        """,
        "Tensor.multiply": """
        Tensor.multiply(other) -> Tensor

        Alias of Tensor.mul: elementwise product. Records MulBackward0.
        """,
        "Tensor.div": """
        Tensor.div(other) -> Tensor

        Elementwise true division, the same as `/`; ints give floats. Records DivBackward0.
        """,
        "Tensor.divide": """
        Tensor.divide(other) -> Tensor

        Alias of Tensor.div: elementwise true division. Records DivBackward0.
        """,
        "Tensor.remainder": """
        Tensor.remainder(other) -> Tensor

        Python-style modulus, the same as `%`: the result has the sign of other.
        Records RemainderBackward0.
        """,
        "Tensor.floor_divide": """
        Tensor.floor_divide(other) -> Tensor

        Division rounded down, the same as `//`. Not differentiable.
        """,
        "Tensor.maximum": """
        Tensor.maximum(other) -> Tensor

        The larger of the two tensors at each position (other must be a tensor).
        Records MaximumBackward0; ties split the gradient in half.
        """,
        "Tensor.minimum": """
        Tensor.minimum(other) -> Tensor

        The smaller of the two tensors at each position (other must be a tensor).
        Records MinimumBackward0; ties split the gradient in half.
        """,
        "Tensor.where": """
        Tensor.where(condition, other) -> Tensor

        This tensor where condition is True, other elsewhere. Records WhereBackward0.
        """,
    ]

    private static let bounded: [String: String] = [
        "Tensor.clip": """
        Tensor.clip(min=None, max=None) -> Tensor

        Alias of Tensor.clamp: each element limited to [min, max].
        """,
        "Tensor.clamp_": """
        Tensor.clamp_(min=None, max=None) -> Tensor

        In-place clamp with number bounds: overwrites this tensor and returns it.
        """,
        "Tensor.clip_": """
        Tensor.clip_(min=None, max=None) -> Tensor

        Alias of Tensor.clamp_: clamps in place with number bounds.
        """,
    ]
}
