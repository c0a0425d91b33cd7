extension Tensor {
    /// `.grad`: warns, as PyTorch does, when read on a non-leaf that does not retain its gradient.
    public var grad: Tensor? {
        if !isLeaf && !retainsGrad { Diagnostics.warn("UserWarning", Messages.nonLeafGrad) }
        return gradStorage
    }

    /// `.grad = value` (`None` clears it).
    public func setGrad(_ value: Tensor?) throws {
        if let value {
            guard value.shape == shape else {
                throw TorchError.runtime("assigned grad has data of a different size")
            }
            guard value.dtype == dtype else {
                throw TorchError.runtime("assigned grad has data of a different type")
            }
        }
        gradStorage = value
    }

    /// Where `requires_grad` is being set; PyTorch words the dtype error differently for each.
    public enum RequiresGradSite: Sendable {
        /// `t.requires_grad_()`
        case method
        /// `t.requires_grad = True`
        case attribute
        /// `torch.ones(..., requires_grad=True)` and the other creators
        case factory
    }

    /// `requires_grad_(flag)`; only leaves may change it.
    public func setRequiresGrad(_ flag: Bool, site: RequiresGradSite = .method) throws {
        if !isLeaf {
            if flag { return }
            throw TorchError.runtime(
                "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach()."
            )
        }
        if flag && !dtype.isFloatingPoint {
            switch site {
            case .method: throw TorchError.runtime("only Tensors of floating point dtype can require gradients")
            case .attribute:
                throw TorchError.runtime("only Tensors of floating point and complex dtype can require gradients")
            case .factory:
                throw TorchError.runtime("Only Tensors of floating point and complex dtype can require gradients")
            }
        }
        leafRequiresGrad = flag
    }

    /// `retain_grad()`: keep the gradient of a non-leaf in `.grad` during backward.
    public func retainGrad() throws {
        guard requiresGrad else {
            throw TorchError.runtime("can't retain_grad on Tensor that has requires_grad=False")
        }
        guard let node = gradFn, !retainsGrad else { return }
        retainsGrad = true
        if node.outputCount > 1, outputNr > 0, let custom = node as? CustomFunctionNode {
            custom.setRetainTarget(self, output: outputNr)
        } else {
            node.retainGradTarget = self
        }
    }

    /// `detach()`: the same memory and version counter, no history.
    public func detach() -> Tensor { alias() }

    /// `detach_()`: drops this tensor's history in place; views refuse.
    public func detachInPlace() throws {
        guard viewInfo == nil else {
            throw TorchError.runtime(
                "Can't detach views in-place. Use detach() instead. If you are using DistributedDataParallel (DDP) for training, and gradient_as_bucket_view is set as True, gradients are views of DDP buckets, and hence detach_() cannot be called on these gradients. To fix this error, please refer to the Optimizer.zero_grad() function in torch/optim/optimizer.py as the solution."
            )
        }
        gradFn = nil
        leafRequiresGrad = false
    }

    /// `.data`: the same memory with a version counter of its own, so writes through it go unnoticed by autograd.
    public var data: Tensor {
        Tensor(storage: storage, offset: offset, shape: shape, strides: strides, dtype: dtype)
    }

    /// `x.data = other`: swaps in other memory and geometry, keeping identity and history.
    public func setData(_ other: Tensor) {
        storage = other.storage
        offset = other.offset
        shape = other.shape
        strides = other.strides
        dtype = other.dtype
    }

    /// `item()`: the single element as a Python-ready scalar.
    public func item() throws -> Scalar {
        guard numel == 1 else { throw TorchError.runtime(Messages.itemMulti(numel)) }
        return element(at: 0)
    }

}

extension Node {
    /// `grad_fn.register_prehook(fn)`; the registration's `remove()` turns it off.
    public func registerPreHook(_ hook: @escaping NodePreHook) -> HookRegistration {
        let registration = HookRegistration()
        nodePreHooks.append { grads in registration.isRemoved ? nil : try hook(grads) }
        return registration
    }

    /// `grad_fn.register_hook(fn)`; the registration's `remove()` turns it off.
    public func registerPostHook(_ hook: @escaping NodePostHook) -> HookRegistration {
        let registration = HookRegistration()
        postHooks.append { inputs, outputs in registration.isRemoved ? nil : try hook(inputs, outputs) }
        return registration
    }
}

extension Tensor {
    /// `register_hook(fn)`: runs on this tensor's gradient; a returned tensor replaces it. The
    /// registration's `remove()` turns the hook off (`RemovableHandle.remove()`).
    @discardableResult
    public func registerHook(_ hook: @escaping GradientHook) throws -> HookRegistration {
        guard requiresGrad else {
            throw TorchError.runtime("cannot register a hook on a tensor that doesn't require gradient")
        }
        let registration = HookRegistration()
        let guarded: GradientHook = { grad in registration.isRemoved ? nil : try hook(grad) }
        if let node = gradFn, node.outputCount > 1, outputNr > 0, let custom = node as? CustomFunctionNode {
            custom.addHook(guarded, output: outputNr)
        } else if let node = gradFn {
            node.preHooks.append(guarded)
        } else {
            leafHooks.append(guarded)
        }
        return registration
    }

    /// `backward(gradient, retain_graph, create_graph)`: accumulates into the leaves' `.grad`.
    public func backward(
        gradient: Tensor? = nil, retainGraph: Bool? = nil, createGraph: Bool = false,
        observer: BackwardObserver? = nil
    ) throws {
        let root = try Autograd.root(self, gradient, index: 0)
        _ = try Engine.run(
            roots: [root], retainGraph: retainGraph ?? createGraph, createGraph: createGraph, observer: observer)
    }
}

/// `torch.autograd`'s functional entry points.
public enum Autograd {
    /// `torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused)`.
    public static func grad(
        outputs: [Tensor], inputs: [Tensor], gradOutputs: [Tensor?]? = nil,
        retainGraph: Bool? = nil, createGraph: Bool = false, allowUnused: Bool = false
    ) throws -> [Tensor?] {
        var roots: [Engine.Root] = []
        for (i, output) in outputs.enumerated() {
            let given = gradOutputs.flatMap { i < $0.count ? $0[i] : nil }
            roots.append(try root(output, given, index: i))
        }
        if inputs.contains(where: { !$0.requiresGrad }) {
            throw TorchError.runtime("One of the differentiated Tensors does not require grad")
        }
        let grads = try Engine.run(
            roots: roots, retainGraph: retainGraph ?? createGraph, createGraph: createGraph,
            captures: inputs)
        if !allowUnused, grads.contains(where: { $0 == nil }) {
            throw TorchError.runtime(
                "One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior."
            )
        }
        return grads
    }

    static func root(_ output: Tensor, _ gradient: Tensor?, index: Int) throws -> Engine.Root {
        guard output.requiresGrad else { throw TorchError.runtime(Messages.noGradFn(index)) }
        if let gradient {
            guard gradient.shape == output.shape else {
                throw TorchError.runtime(Messages.gradShapeMismatch(gradient.shape, output.shape))
            }
            return Engine.Root(tensor: output, grad: gradient)
        }
        guard output.numel == 1 else { throw TorchError.runtime(Messages.implicitGradNonScalar) }
        return Engine.Root(tensor: output, grad: try Tensor.ones(output.shape, dtype: output.dtype))
    }
}

/// One `register_hook` call: removing it makes the hook a no-op from the next backward pass on.
public final class HookRegistration: @unchecked Sendable {
    public private(set) var isRemoved = false
    public func remove() { isRemoved = true }
}
