/// PyTorch's wording for custom `autograd.Function`s and `gradcheck`, kept in one place.
enum AutogradFunctionMessages {
    static let forwardNotImplemented = "You must implement the forward function for custom autograd.Function."
    static let backwardNotImplemented =
        "You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD."
    static let jvpNotImplemented =
        "You must implement the jvp function for custom autograd.Function to use it with forward mode AD."
    static let setupContextNotImplemented = "setup_context is not implemented."
    static let legacyCall =
        "Legacy autograd function with non-static forward method is deprecated. Please use new-style autograd function with static forward method. (Example: https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)"

    static func instantiated(_ classRepr: String) -> String {
        "\(classRepr) should not be instantiated. Methods on autograd functions are all static, so you should invoke them on the class itself. Instantiating an autograd function will raise an error in a future version of PyTorch."
    }

    static func gradientCount(_ node: String, expected: Int, got: Int) -> String {
        "function \(node) returned an incorrect number of gradients (expected \(expected), got \(got))"
    }

    static func gradientForNonTensor(_ node: String, position: Int) -> String {
        "function \(node) returned a gradient different than None at position \(position), but the corresponding forward input was not a Variable"
    }

    static func notTensorOrNone(_ typeName: String) -> String {
        "expected Variable or None (got \(typeName))"
    }

    static let dirtyNotOutput =
        "Some elements marked as dirty during the forward method were not returned as output. The inputs that are modified inplace must all be outputs of the Function."

    /// `save_for_backward can only save variables, but argument 1 is of type int` and `mark_dirty`'s twin.
    static func notVariable(_ prefix: String, _ index: Int, _ typeName: String) -> String {
        "\(prefix) variables, but argument \(index) is of type \(typeName)"
    }
}
