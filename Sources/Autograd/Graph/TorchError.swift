/// An error raised by the engine, carrying the Python exception type PyTorch would raise.
public struct TorchError: Error, Equatable, Sendable {
    public enum Kind: String, Sendable {
        case runtimeError = "RuntimeError"
        case indexError = "IndexError"
        case typeError = "TypeError"
        case valueError = "ValueError"
        case notImplementedError = "NotImplementedError"
        case keyboardInterrupt = "KeyboardInterrupt"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    static func runtime(_ message: String) -> TorchError { TorchError(.runtimeError, message) }

    /// PyTorch's "kernel not implemented for this dtype" error (`"abs_cpu" not implemented for 'Bool'`).
    static func notImplemented(_ kernel: String, _ dtype: DType) -> TorchError {
        TorchError(.notImplementedError, "\"\(kernel)\" not implemented for '\(dtype.scalarTypeName)'")
    }
}

/// PyTorch's wording, kept in one place so a message changes once.
enum Messages {
    static let backwardTwice =
        "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward."
    static let implicitGradNonScalar = "grad can be implicitly created only for scalar outputs"
    static func noGradFn(_ index: Int) -> String {
        "element \(index) of tensors does not require grad and does not have a grad_fn"
    }
    static let nonLeafGrad =
        "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more information."
    static let leafInPlace =
        "a leaf Variable that requires grad is being used in an in-place operation."
    static let viewOfLeafInPlace =
        "a view of a leaf Variable that requires grad is being used in an in-place operation."
    static func sizeMismatch(_ a: Int, _ b: Int, dim: Int) -> String {
        "The size of tensor a (\(a)) must match the size of tensor b (\(b)) at non-singleton dimension \(dim)"
    }
    static func itemMulti(_ n: Int) -> String {
        "a Tensor with \(n) elements cannot be converted to Scalar"
    }
    static func gradShapeMismatch(_ grad: [Int], _ output: [Int]) -> String {
        "Mismatch in shape: grad_output[0] has a shape of torch.Size(\(grad)) and output[0] has a shape of torch.Size(\(output))."
    }
    /// The backward-time error for a saved tensor written in place after it was saved.
    static func savedModified(_ tensor: Tensor, producer: String?, got: Int, expected: Int) -> String {
        let which = producer.map { ", which is output 0 of \(forwardName(ofNode: $0))," } ?? ""
        return
            "one of the variables needed for gradient computation has been modified by an inplace operation: [\(tensor.dtype.legacyTypeName) \(ShapeText.bracketed(tensor.shape))]\(which) is at version \(got); expected version \(expected) instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."
    }

    /// PyTorch 2.15 names a node by its forward op in this message: `ExpBackward0` → `Exp`.
    static func forwardName(ofNode name: String) -> String {
        let stem = name.reversed().drop(while: \.isNumber).reversed()
        guard stem.count < name.count, String(stem).hasSuffix("Backward") else { return name }
        return String(String(stem).dropLast("Backward".count))
    }
    static let viewCreatedInNoGrad =
        "A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked)."
}
