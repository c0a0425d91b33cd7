/// `grad_fn._saved_NAME`: what a node saved for backward, under the names PyTorch's generated
/// `Functions.h` gives them (`derivatives.yaml`'s argument names: `self`, `other`, `result`,
/// `exponent`, `target`…). See docs/fidelity.md.
public enum SavedAttribute {
    /// A saved tensor (the result comes back attached to its node, as PyTorch's does).
    case tensor(Tensor)
    /// A saved Python number (`_saved_exponent` of `x ** 2`).
    case scalar(Scalar)
    /// A tensor this kind of node saves, not saved by this one (its input needed no gradient).
    case notSaved
}

/// Where a node keeps one of its saved values.
enum SavedSlot {
    /// The `index`-th entry of `Node.saved`, or nothing saved when `nil`.
    case input(Int?)
    /// `Node.savedResult`.
    case result
    case scalar(Scalar)
}

extension Node {
    /// The `_saved_*` attribute names of this node, sorted as `dir()` lists them.
    public var savedAttributeNames: [String] {
        savedSlots.map { "_saved_" + $0.name }.sorted()
    }

    /// `grad_fn._saved_NAME` (`name` without the prefix), `nil` when this node has no such attribute.
    /// Reading a saved tensor after the graph was freed raises PyTorch's second-backward error.
    public func savedAttribute(_ name: String) throws -> SavedAttribute? {
        guard let slot = savedSlots.first(where: { $0.name == name })?.slot else { return nil }
        let context = BackwardContext(node: self)
        switch slot {
        case .input(let index?):
            let tensor = try context.saved(index)
            // A Python number stored in its partner's dtype comes back as PyTorch wrapped it.
            if let type = tensor.wrappedNumberType, type != tensor.dtype { return .tensor(try tensor.converted(to: type)) }
            return .tensor(tensor)
        case .input(nil):
            return .notSaved
        case .result:
            return .tensor(try context.result())
        case .scalar(let value):
            return .scalar(value)
        }
    }

    /// Names the entries of `saved` in order (the ones that follow `names`), then the result.
    static func slots(naming names: [String], savesResult: Bool) -> [(name: String, slot: SavedSlot)] {
        var slots = names.enumerated().map { (name: $0.element, slot: SavedSlot.input($0.offset)) }
        if savesResult { slots.append((name: "result", slot: .result)) }
        return slots
    }
}
