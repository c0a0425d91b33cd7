import Autograd

/// A user `autograd.Function`'s `ctx`, which is also its output's `grad_fn`, as in PyTorch: an
/// instance of the class `MyFnBackward` (module `torch.autograd.function`) with a `__dict__`
/// for whatever the forward stores on it.
///
/// The node keeps this object alive; this object holds the node weakly, so a graph and its
/// context are freed together.
final class FunctionContext: PyObject, InstanceObject {
    let cls: PyType
    let instanceDict = DictBox()
    /// The user's `Function` subclass.
    let forwardClass: PyType
    weak var node: CustomFunctionNode?
    var needsInputGrad: [Bool] = []
    /// What `save_for_backward` received, until the node takes it over.
    var toSave: [Tensor?] = []
    var dirty: [Tensor] = []
    var nonDifferentiable: [Tensor] = []
    var materializeGrads = true

    init(forwardClass: PyType) {
        self.forwardClass = forwardClass
        self.cls = AutogradFunction.backwardClass(of: forwardClass)
    }

    override var typeName: String { cls.name }
    override var qualifiedTypeName: String { cls.displayName }
    override var pythonType: PyType { cls }

    override func repr(interpreter: Interpreter) throws -> String {
        "<\(cls.displayName) object at \(Address.of(self))>"
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "save_for_backward":
            return method(name) { ctx, args in
                ctx.toSave = try args.positional.enumerated().map { index, value in
                    switch value {
                    case .tensor(let t): return t
                    case .noneValue: return nil
                    default:
                        throw PythonError(
                            .typeError,
                            AutogradFunctionMessages.notVariable("save_for_backward can only save", index, value.typeName))
                    }
                }
                return .noneValue
            }
        case "mark_dirty":
            return method(name) { ctx, args in
                ctx.dirty += try ctx.tensors(args, name)
                return .noneValue
            }
        case "mark_non_differentiable":
            return method(name) { ctx, args in
                ctx.nonDifferentiable += try ctx.tensors(args, name)
                return .noneValue
            }
        case "set_materialize_grads":
            return method(name) { ctx, args in
                ctx.materializeGrads = try args.positional.first.map { try interpreter.truthy($0) } ?? true
                return .noneValue
            }
        case "saved_tensors", "saved_variables": return try savedTensors()
        case "needs_input_grad": return .tuple(needsInputGrad.map { .bool($0) })
        case "materialize_grads": return .bool(materializeGrads)
        case "next_functions":
            return .tuple((node?.nextFunctions ?? []).map { .tuple([NodeObject.wrap($0.node), .int($0.inputNr)]) })
        case "name": return method(name) { ctx, _ in .string(ctx.cls.name) }
        case "metadata": return .dict(DictBox())
        default: return nil
        }
    }

    /// `ctx.saved_tensors`: a tuple, with PyTorch's errors once freed or modified in place.
    private func savedTensors() throws -> Value {
        guard let node else { return .tuple(toSave.map { $0.map(Value.tensor) ?? .noneValue }) }
        do {
            return .tuple(try node.savedTensors().map { $0.map(Value.tensor) ?? .noneValue })
        } catch let error as TorchError {
            throw PythonError(error)
        }
    }

    private func tensors(_ args: Arguments, _ function: String) throws -> [Tensor] {
        try args.positional.enumerated().map { index, value in
            guard case .tensor(let t) = value else {
                throw PythonError(
                    .runtimeError, AutogradFunctionMessages.notVariable("\(function) can only accept", index, value.typeName))
            }
            return t
        }
    }

    private func method(_ name: String, _ body: @escaping (FunctionContext, Arguments) throws -> Value) -> Value {
        .object(BuiltinFunction(name) { [self] args, _ in try body(self, args) })
    }
}

extension NodeObject {
    /// A node as Python sees it: a user Function's node is its `ctx` object.
    static func wrap(_ node: Node?) -> Value {
        guard let node else { return .noneValue }
        if let custom = node as? CustomFunctionNode, let ctx = custom.context as? FunctionContext {
            return .object(ctx)
        }
        return .object(NodeObject(node))
    }
}
