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
    /// A saved list of optional tensors (`_saved_indices` of `x[idx]`: `None` where the index was not a tensor).
    case tensors([Tensor?])
}

/// A row's parameters when its one saved name is a list of optional tensors (`indices`): the
/// present entries are `Node.saved` in order.
protocol SavedTensorList {
    var present: [Bool] { get }
}

/// Where a node keeps one of its saved values.
enum SavedSlot {
    /// The `index`-th entry of `Node.saved`, or nothing saved when `nil`.
    case input(Int?)
    /// `Node.savedResult`.
    case result
    case scalar(Scalar)
    /// The whole of `Node.saved`, `false` entries read as `None`.
    case list([Bool])
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
        case .list(let present):
            var next = 0
            return .tensors(
                try present.map { isPresent in
                    defer { if isPresent { next += 1 } }
                    return isPresent ? try context.saved(next) : nil
                })
        }
    }

    /// Names the entries of `saved` in order (the ones that follow `names`), then the result; bit `i`
    /// of `absent` set: the `i`-th name was not saved by this node (it reads as `None`).
    static func slots(naming names: [String], absent: UInt8 = 0, savesResult: Bool) -> [(name: String, slot: SavedSlot)] {
        var index = 0
        var slots: [(name: String, slot: SavedSlot)] = []
        for (position, name) in names.enumerated() {
            let isAbsent = position < 8 && absent & (1 << position) != 0
            slots.append((name: name, slot: .input(isAbsent ? nil : index)))
            if !isAbsent { index += 1 }
        }
        if savesResult { slots.append((name: "result", slot: .result)) }
        return slots
    }
}
