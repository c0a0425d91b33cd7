import Autograd

extension Gradcheck {
    /// For each output, for each differentiable input, the (input numel × output numel) matrix
    /// of central differences `(f(x + eps) - f(x - eps)) / (2 eps)`, one input element at a time.
    func numericalJacobians(_ function: Value, _ inputs: [Value], outputs: [Tensor]) throws -> [[Tensor]] {
        var columns: [[[Double]]] = outputs.map { _ in [] }  // [output][input] flattened row-major
        var shapes: [[(Int, Int)]] = outputs.map { _ in [] }
        for input in inputs {
            guard case .tensor(let x) = input, x.requiresGrad else { continue }
            let data = x.data
            let original = try data.checkedDoubles()
            var rows: [[[Double]]] = outputs.map { _ in [] }
            for k in original.indices {
                let below = try evaluate(function, inputs, data, original, k, -eps)
                let above = try evaluate(function, inputs, data, original, k, eps)
                for o in outputs.indices where o < below.count && o < above.count {
                    rows[o].append(try difference(above[o], below[o]))
                }
            }
            try torch { try data.copyInPlace(from: Tensor.from(original.map { .float($0) }, shape: x.shape, dtype: x.dtype)) }
            for o in outputs.indices {
                columns[o].append(rows[o].flatMap { $0 })
                shapes[o].append((original.count, outputs[o].numel))
            }
        }
        return try outputs.indices.map { o in
            try zip(columns[o], shapes[o]).map { values, shape in
                try torch {
                    try Tensor.from(values.map { .float($0) }, shape: [shape.0, shape.1], dtype: outputs[o].dtype)
                }
            }
        }
    }

    /// The outputs with element `k` of `data` moved by `delta`, then put back.
    private func evaluate(
        _ function: Value, _ inputs: [Value], _ data: Tensor, _ original: [Double], _ k: Int, _ delta: Double
    ) throws -> [Tensor] {
        var moved = original
        moved[k] = data.dtype == .float64 ? original[k] + delta : Double(Float(original[k]) + Float(delta))
        try torch { try data.copyInPlace(from: Tensor.from(moved.map { .float($0) }, shape: data.shape, dtype: data.dtype)) }
        let outputs = try GradMode.with(true) { try call(function, inputs) }
        return try outputs.map { output in try torch { try output.detach().contiguous() } }
    }

    /// `(b - a) / (2 eps)`, flattened, in the output's precision.
    private func difference(_ b: Tensor, _ a: Tensor) throws -> [Double] {
        let x = try b.checkedDoubles()
        let y = try a.checkedDoubles()
        if b.dtype == .float64 { return zip(x, y).map { ($0 - $1) / (2 * eps) } }
        return zip(x, y).map { Double((Float($0) - Float($1)) / Float(2 * eps)) }
    }

    /// For each differentiable input, the (input numel × output numel) matrix whose column `k` is
    /// the gradient of output element `k`; computed twice, as PyTorch does to detect nondeterminism.
    func analyticalJacobians(_ output: Tensor, _ inputs: [Tensor]) throws -> [Tensor] {
        let first = try vjpColumns(output, inputs)
        let second = try vjpColumns(output, inputs)
        if first != second {
            throw PythonError(
                Gradcheck.errorClass,
                "Backward is not reentrant, i.e., running backward with same input and grad_output multiple times gives different values, although analytical gradient matches numerical gradient.The tolerance for nondeterminism was 0.0."
            )
        }
        return try inputs.enumerated().map { j, input in
            var values = [Double](repeating: 0, count: input.numel * output.numel)
            for k in 0..<output.numel {
                for (i, v) in first[k][j].enumerated() where i < input.numel { values[i * output.numel + k] = v }
            }
            return try torch {
                try Tensor.from(values.map { .float($0) }, shape: [input.numel, output.numel], dtype: input.dtype)
            }
        }
    }

    /// One backward per output element with a one-hot gradient: `[k][input]` flattened gradients.
    private func vjpColumns(_ output: Tensor, _ inputs: [Tensor]) throws -> [[[Double]]] {
        let count = output.numel
        return try (0..<count).map { k in
            var hot = [Scalar](repeating: .float(0), count: count)
            hot[k] = .float(1)
            let gradOutput = try torch { try Tensor.from(hot, shape: output.shape, dtype: output.dtype) }
            let grads = try torch {
                try Autograd.grad(
                    outputs: [output], inputs: inputs, gradOutputs: [gradOutput], retainGraph: true, allowUnused: true)
            }
            return try zip(grads, inputs).map { grad, input in
                try grad.map { try $0.checkedDoubles() } ?? [Double](repeating: 0, count: input.numel)
            }
        }
    }
}
