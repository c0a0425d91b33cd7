import Autograd

/// Help for elementwise ops: unary functions, arithmetic, comparisons of two tensors, `clamp`, `where`.
extension HelpEntries {
    static let pointwise: [String: String] = {
        var table: [String: String] = [:]
        // `Tensor.NAME` and `torch.NAME` of the unary table come from its rows (`HelpEntries.ops`);
        // these are its in-place forms.
        for name in Tensor.unaryDeclarations.compactMap(\.python?.name) {
            table["Tensor.\(name)_"] = """
                Tensor.\(name)_() -> Tensor

                In-place Tensor.\(name)(): overwrites this tensor and returns it. Not allowed
                on a leaf that requires grad.
                """
        }
        table.merge(binary) { first, _ in first }
        // `Tensor.NAME`/`torch.NAME` of the binary table (add, sub, mul, div, maximum, minimum) come from its rows.
        table.merge(functions(mirroring: ["multiply"], in: binary)) { first, _ in first }
        table.merge(bounded) { first, _ in first }
        table.merge(functions(mirroring: ["clamp", "clip", "clamp_", "clip_"], in: bounded)) { first, _ in first }
        return table
    }()

    private static let binary: [String: String] = [
        "Tensor.subtract": """
        Tensor.subtract(other) -> Tensor

        Alias of Tensor.sub: elementwise difference. Records SubBackward0.
        """,
        "Tensor.multiply": """
        Tensor.multiply(other) -> Tensor

        Alias of Tensor.mul: elementwise product. Records MulBackward0.
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
