@testable import Autograd

/// Small constructors so the pointwise tests read like the PyTorch calls they mirror.
enum Make {
    static func floats(_ values: [Double], _ shape: [Int]? = nil, requiresGrad: Bool = false) throws -> Tensor {
        try Tensor.from(values.map { .float($0) }, shape: shape ?? [values.count], dtype: .float32, requiresGrad: requiresGrad)
    }

    static func doubles(_ values: [Double], _ shape: [Int]? = nil, requiresGrad: Bool = false) throws -> Tensor {
        try Tensor.from(values.map { .float($0) }, shape: shape ?? [values.count], dtype: .float64, requiresGrad: requiresGrad)
    }

    static func longs(_ values: [Int64], _ shape: [Int]? = nil) throws -> Tensor {
        try Tensor.from(values.map { .int($0) }, shape: shape ?? [values.count], dtype: .int64)
    }

    static func bools(_ values: [Bool]) throws -> Tensor {
        try Tensor.from(values.map { .bool($0) }, shape: [values.count], dtype: .bool)
    }

    /// The gradient of `output.sum()` with respect to `input`.
    static func gradient(of output: Tensor, _ input: Tensor) throws -> [Double] {
        try Autograd.grad(outputs: [output.sum()], inputs: [input]).first??.doubles ?? []
    }
}
