/// The rows of writes through an index: `x[idx] = values`, `x[idx] = number`, `masked_fill_`.
enum IndexWrites {
    static let setItem = PythonSignature(
        "__setitem__", "Tensor.__setitem__(indices, value) -> None",
        "x[indices] = value writes in place: a tensor value is broadcast to the indexed\nshape, a number fills it.")

    /// `Params`: the indices, whether values were added, the values' shape and dtype.
    static let indexPut = OpRow<(indices: [Tensor?], accumulate: Bool, valueShape: [Int], valueType: DType)>(
        "IndexPutBackward0", python: setItem, overload: "tensor indices, a tensor value",
        probe: GradientProbe(shapes: [[3, 2], [2, 2]], smooth: false) { inputs in
            try InPlace.written(inputs[0]) { try $0.indexPutInPlace([rowsIndex], inputs[1]) }
        }
    ) { grad, saved, p in
        var gradSelf: Tensor?
        if saved.needsGrad(0) {
            if p.accumulate {
                gradSelf = grad
            } else {
                let kept = try grad.clone()
                try kept.indexPutInPlace(p.indices, Tensor.scalarTensor(.int(0), dtype: grad.dtype))
                gradSelf = kept
            }
        }
        let gradValues =
            saved.needsGrad(1) ? try grad.index(p.indices).reduced(toShape: p.valueShape, dtype: p.valueType) : nil
        return [gradSelf, gradValues]
    }

    static let indexFill = OpRow<[Tensor?]>(
        "IndexFillBackward0", python: setItem, overload: "tensor indices, a number",
        probe: GradientProbe(shapes: [[3, 2]], smooth: false) {
            try InPlace.written($0[0]) { try $0.indexFillInPlace([rowsIndex], .float(0.5)) }
        }
    ) { grad, _, indices in
        let kept = try grad.clone()
        try kept.indexFillInPlace(indices, .int(0))
        return [kept]
    }

    static let maskedFill = OpRow<Tensor>(
        "MaskedFillBackward0",
        python: PythonSignature(
            "masked_fill_", "Tensor.masked_fill_(mask, value) -> Tensor",
            "Sets the elements where the bool mask is True to value, in place."),
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) {
            try InPlace.written($0[0]) {
                try $0.maskedFillInPlace(
                    Tensor.from([.bool(true), .bool(false), .bool(true)], shape: [3], dtype: .bool), .float(-1))
            }
        }
    ) { grad, _, mask in
        let kept = try grad.clone()
        try kept.maskedFillInPlace(mask, .int(0))
        return [kept]
    }

    static let rows: [AnyOpRow] = [indexPut, indexFill, maskedFill]

    /// Rows 2 and 0 of a probe's input.
    private static var rowsIndex: Tensor {
        get throws { try Tensor.from([.int(2), .int(0)], shape: [2], dtype: .int64) }
    }
}
