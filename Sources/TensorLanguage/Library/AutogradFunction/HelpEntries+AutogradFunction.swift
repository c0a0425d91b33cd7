/// Help for `gradcheck`, `gradgradcheck` and `torch.autograd.functional`.
extension HelpEntries {
    static let autogradFunction: [String: String] = [
        "torch.autograd.gradcheck": """
        torch.autograd.gradcheck(func, inputs, *, eps=1e-06, atol=1e-05, rtol=0.001, raise_exception=True)

        Compares the gradients autograd computes for func at inputs with central
        differences, one input element at a time. Raises GradcheckError with both
        Jacobians on a mismatch (or returns False with raise_exception=False). Use
        float64 inputs with requires_grad=True.
        """,
        "torch.autograd.gradgradcheck": """
        torch.autograd.gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-06, atol=1e-05, rtol=0.001, raise_exception=True)

        gradcheck of the gradients themselves: checks second derivatives by running
        gradcheck on the map from inputs and output gradients to input gradients.
        Missing grad_outputs are drawn uniformly from [-1, 1).
        """,
        "torch.autograd.functional.jacobian": """
        torch.autograd.functional.jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy='reverse-mode')

        The Jacobian of func at inputs: for one tensor input and output, a tensor of
        shape output.shape + input.shape; tuples of them for tuples.
        """,
        "torch.autograd.functional.hessian": """
        torch.autograd.functional.hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy='reverse-mode')

        The Hessian of a function with a single-element output: the Jacobian of its
        gradient, of shape input.shape + input.shape.
        """,
    ]
}
