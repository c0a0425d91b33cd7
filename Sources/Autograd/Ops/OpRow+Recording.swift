/// How views and in-place ops record a row: the same node as `OpRow.record`, attached to a view
/// that shares storage, or made before an in-place write and attached after it.
extension OpRow {
    /// A node for this row over `inputs`, not yet attached to an output.
    ///
    /// `absent` marks saved names this call did not need (bit `i` for the `i`-th name of `saves`,
    /// the result aside): a product saves `mat2` only when `self` needs a gradient, as PyTorch does.
    func makeNode(inputs: [Tensor], saving: [Tensor] = [], absent: UInt8 = 0, params: Params) -> RowNode<Params> {
        RowNode(row: self, edges: inputs.map(GraphRecorder.edge(to:)), saved: saving, params: params, absent: absent)
    }

    /// `record` for a call that saved only some of the row's names (see `makeNode`).
    func record(_ result: Tensor, inputs: [Tensor], saving: [Tensor], absent: UInt8, params: Params) {
        result.gradFn = makeNode(inputs: inputs, saving: saving, absent: absent, params: params)
    }
}

extension Tensor {
    /// A view with new geometry over the same storage and version counter, recorded as `row`.
    func makeView<P>(shape: [Int], strides: [Int], offset: Int? = nil, row: OpRow<P>, params: P) -> Tensor {
        let view = Tensor(storage: storage, offset: offset ?? self.offset, shape: shape, strides: strides, dtype: dtype)
        view.versionCounter = versionCounter
        let inherited = viewInfo?.creation ?? .normal
        view.viewInfo = ViewInfo(
            base: viewInfo?.base ?? self,
            creation: GradMode.isEnabled && inherited == .normal ? .normal : .noGradMode,
            attributeVersion: versionValue)
        if GraphRecorder.shouldRecord([self]) {
            row.record(view, inputs: [self], params: params)
        }
        return view
    }

    /// Runs `write` as one in-place op and, when the graph records, makes `row`'s node this tensor's history.
    ///
    /// The node's first input is this tensor as it was before the write; `others` follow. Tensors in
    /// `saving` are saved before the write, the result (when the row saves it) after it.
    func recordInPlace<P>(
        _ row: OpRow<P>, others: [Tensor] = [], saving: [Tensor] = [], absent: UInt8 = 0, params: P,
        write: () throws -> Void
    ) throws {
        try checkInPlace(with: others)
        let node =
            GraphRecorder.shouldRecord([self] + others)
            ? row.makeNode(inputs: [self] + others, saving: saving, absent: absent, params: params) : nil
        try write()
        guard let node else { return }
        if row.savesResult {
            node.savesResult = true
            node.savedResult = SavedTensor(alias(), isOutput: true)
        }
        rebaseHistory(onto: node)
    }
}
