@testable import Autograd

extension GradientCases {
    /// Every product, every shape case of `matmul` (each builds a different graph), and the transposes.
    static let linalg: [GradientCase] = products + matmulCases + transposes

    static let products: [GradientCase] = [
        GradientCase(name: "mm", shapes: [[2, 3], [3, 4]]) { try $0[0].mm($0[1]) },
        GradientCase(name: "mm column-major lhs", shapes: [[3, 2], [3, 4]]) { try $0[0].t().mm($0[1]) },
        GradientCase(name: "mm column-major rhs", shapes: [[2, 3], [4, 3]]) { try $0[0].mm($0[1].t()) },
        GradientCase(name: "mm both column-major", shapes: [[3, 2], [4, 3]]) { try $0[0].t().mm($0[1].t()) },
        GradientCase(name: "mv", shapes: [[2, 3], [3]]) { try $0[0].mv($0[1]) },
        GradientCase(name: "mv transposed matrix", shapes: [[3, 2], [3]]) { try $0[0].t().mv($0[1]) },
        GradientCase(name: "dot", shapes: [[4], [4]]) { try $0[0].dot($0[1]) },
        GradientCase(name: "bmm", shapes: [[2, 2, 3], [2, 3, 2]]) { try $0[0].bmm($0[1]) },
        GradientCase(name: "bmm transposed batches", shapes: [[2, 3, 2], [2, 3, 2]]) {
            try $0[0].transpose(1, 2).bmm($0[1])
        },
    ]

    static let matmulCases: [GradientCase] = [
        GradientCase(name: "matmul 1-d 1-d", shapes: [[3], [3]]) { try $0[0].matmul($0[1]) },
        GradientCase(name: "matmul 2-d 1-d", shapes: [[2, 3], [3]]) { try $0[0].matmul($0[1]) },
        GradientCase(name: "matmul 1-d 2-d", shapes: [[3], [3, 2]]) { try $0[0].matmul($0[1]) },
        GradientCase(name: "matmul 2-d 2-d", shapes: [[2, 3], [3, 2]]) { try $0[0].matmul($0[1]) },
        GradientCase(name: "matmul 3-d 2-d folds", shapes: [[2, 2, 3], [3, 2]]) { try $0[0].matmul($0[1]) },
        GradientCase(name: "matmul 3-d 1-d folds", shapes: [[2, 2, 3], [3]]) { try $0[0].matmul($0[1]) },
        GradientCase(name: "matmul 1-d 3-d folds transposed", shapes: [[3], [2, 3, 2]]) { try $0[0].matmul($0[1]) },
        GradientCase(name: "matmul 2-d 3-d folds transposed", shapes: [[2, 3], [2, 3, 2]]) {
            try $0[0].matmul($0[1])
        },
        GradientCase(name: "matmul 3-d 3-d", shapes: [[2, 2, 3], [2, 3, 2]]) { try $0[0].matmul($0[1]) },
        GradientCase(name: "matmul batch of one squeezed", shapes: [[1, 2, 3], [2, 3, 2]]) {
            try $0[0].matmul($0[1])
        },
        GradientCase(name: "matmul broadcast batches", shapes: [[2, 1, 2, 3], [3, 3, 2]]) {
            try $0[0].matmul($0[1])
        },
        GradientCase(name: "matmul 4-d 1-d folds", shapes: [[2, 2, 2, 3], [3]]) { try $0[0].matmul($0[1]) },
        GradientCase(name: "matmul unfoldable 3-d by constant vector", shapes: [[3, 2, 4]]) {
            try $0[0].permute([1, 0, 2]).matmul(constant([4], start: 1))
        },
        GradientCase(name: "matmul unfoldable 3-d by constant matrix", shapes: [[3, 2, 4]]) {
            try $0[0].permute([1, 0, 2]).matmul(constant([4, 2], start: 2))
        },
    ]

    static let transposes: [GradientCase] = [
        GradientCase(name: "t", shapes: [[2, 3]]) { try $0[0].t() },
        GradientCase(name: "t of a vector", shapes: [[3]]) { try $0[0].t() },
        GradientCase(name: "transpose", shapes: [[2, 3, 4]]) { try $0[0].transpose(0, -1) },
        GradientCase(name: "permute", shapes: [[2, 3, 4]]) { try $0[0].permute([1, 2, 0]) },
        GradientCase(name: "T", shapes: [[2, 3]]) { try $0[0].reversedDimensions() },
        GradientCase(name: "mT", shapes: [[2, 2, 3]]) { try $0[0].matrixTransposed() },
    ]

    /// A float64 tensor that needs no gradient, with distinct values.
    static func constant(_ shape: [Int], start: Int) throws -> Tensor {
        let count = shape.reduce(1, *)
        let values: [Scalar] = (0..<count).map { .float(Double((start + 3 * $0) % 7 - 3) * 0.5) }
        return try Tensor.from(values, shape: shape, dtype: .float64)
    }
}
