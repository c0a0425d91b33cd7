/// PyTorch's version counter: how many in-place writes a tensor's memory has seen.
///
/// A tensor shares its counter with its views and with `detach()`ed aliases, so a write
/// through any of them is seen by tensors saved for backward; `.data` gets a fresh one.
final class VersionCounter {
    var value = 0
}

/// How a view was made, which decides whether it may later be modified in place.
enum ViewCreation: Equatable {
    /// Made with grad mode on by an ordinary view op.
    case normal
    /// Made under `torch.no_grad()`; in-place changes with grad mode on are refused.
    case noGradMode
}

/// What a view remembers about the tensor it looks into.
struct ViewInfo {
    /// The root base: a view of a view points at the first non-view tensor.
    let base: Tensor
    let creation: ViewCreation
    /// The version at which `recordedGradFn` was last brought up to date.
    var attributeVersion: Int
}

extension Tensor {
    /// Counts in-place writes; shared with views and `detach()`ed aliases, not with `.data`.
    var versionCounter: VersionCounter {
        get {
            if let existing = sharedVersionCounter { return existing }
            let made = VersionCounter()
            sharedVersionCounter = made
            return made
        }
        set { sharedVersionCounter = newValue }
    }

    /// The current version, without making a counter for a tensor that never had one.
    var versionValue: Int { sharedVersionCounter?.value ?? 0 }

    /// Starts the count again (a freshly filled factory result is at version 0).
    func resetVersion() { sharedVersionCounter?.value = 0 }

    /// Records one in-place write.
    @inline(__always)
    func bumpVersion() { versionCounter.value += 1 }

    /// The version PyTorch shows as `t._version`.
    public var version: Int { versionValue }

    /// The root base of a view (`t._base`), `nil` for tensors that are not views.
    public var base: Tensor? { viewInfo?.base }
}
