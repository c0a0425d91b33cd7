extension Engine.RunState {
    /// Sums a gradient for output `output` (> 0) of a node with several outputs.
    mutating func accumulateExtra(_ grad: Tensor, into slot: Int, output: Int) throws {
        var extra = entries[slot].extra
        entries[slot].extra = []
        while extra.count < output { extra.append(nil) }
        if let existing = extra[output - 1] {
            extra[output - 1] = try existing.adding(grad)
        } else {
            extra[output - 1] = grad
        }
        entries[slot].extra = extra
    }

    /// Takes every output's gradient of the node in `slot` (nil where none arrived).
    mutating func takeBuffers(_ slot: Int, count: Int) -> [Tensor?] {
        var grads: [Tensor?] = [entries[slot].buffer]
        grads += entries[slot].extra
        entries[slot].buffer = nil
        entries[slot].extra = []
        while grads.count < count { grads.append(nil) }
        return grads
    }
}
