@testable import Autograd

/// The ops of the tensor API round that record closure nodes rather than rows (views of parts),
/// plus compositions whose gradient should come out right through several rows.
extension GradientCases {
    static let tensorAPI: [GradientCase] = [
        GradientCase(name: "aminmax along dim", shapes: [[2, 3]], smooth: false) {
            let (low, high) = try $0[0].aminmax(dim: 1, keepDim: false)
            return try low + high * Tensor.from([.float(2), .float(3)], shape: [2], dtype: .float64)
        },
        GradientCase(name: "aminmax of everything", shapes: [[2, 3]], smooth: false) {
            let (low, high) = try $0[0].aminmax(dim: nil, keepDim: false)
            return try low * Tensor.from([.float(2)], shape: [], dtype: .float64) + high
        },
        GradientCase(name: "split", shapes: [[5, 2]]) {
            let parts = try $0[0].split(size: 2, dim: 0)
            return try Tensor.cat([parts[2], parts[0] * Tensor.wrapping(.int(3))], dim: 0)
        },
        GradientCase(name: "split with sizes", shapes: [[2, 5]]) { try $0[0].split(sizes: [1, 4], dim: 1)[1] },
        GradientCase(name: "chunk", shapes: [[6]]) { try $0[0].chunk(4, dim: 0)[1] },
        GradientCase(name: "unbind", shapes: [[3, 2]]) {
            let rows = try $0[0].unbind(0)
            return try rows[0] * rows[2]
        },
        GradientCase(name: "cumprod with a zero", shapes: [[4]], smooth: false) {
            try ($0[0] * Tensor.from([.float(1), .float(0), .float(1), .float(1)], shape: [4], dtype: .float64))
                .cumulative(product: true, dim: 0)
        },
        GradientCase(name: "einsum matrix product", shapes: [[2, 3], [3, 4]]) {
            try Einsum.evaluate("ij,jk->ik", [$0[0], $0[1]])
        },
        GradientCase(name: "einsum batch product", shapes: [[2, 2, 3], [2, 3, 2]]) {
            try Einsum.evaluate("bij,bjk->bik", [$0[0], $0[1]])
        },
        GradientCase(name: "einsum trace", shapes: [[3, 3]]) { try Einsum.evaluate("ii", [$0[0]]) },
        GradientCase(name: "einsum outer", shapes: [[3], [2]]) { try Einsum.evaluate("i,j->ij", [$0[0], $0[1]]) },
        GradientCase(name: "einsum sum over an index", shapes: [[2, 3]]) { try Einsum.evaluate("ij->j", [$0[0]]) },
    ]
}
