@testable import Autograd

/// Tensors and references for the matrix-product tests.
enum LinalgFixture {
    /// A tensor of `shape` with distinct small values (exact in float32), optionally needing grad.
    static func tensor(
        _ shape: [Int], start: Int = 0, dtype: DType = .float32, requiresGrad: Bool = false
    ) throws -> Tensor {
        let count = shape.reduce(1, *)
        let values: [Scalar] = (0..<count).map { i in
            let v = (start + 5 * i) % 11 - 5
            return dtype.isFloatingPoint ? .float(Double(v) * 0.25) : .int(Int64(v))
        }
        return try Tensor.from(values, shape: shape, dtype: dtype, requiresGrad: requiresGrad)
    }

    /// The product of row-major matrices given as flat doubles, in double precision.
    static func reference(_ a: [Double], _ b: [Double], n: Int, k: Int, m: Int) -> [Double] {
        var out = [Double](repeating: 0, count: n * m)
        for i in 0..<n {
            for j in 0..<m {
                for p in 0..<k { out[i * m + j] += a[i * k + p] * b[p * m + j] }
            }
        }
        return out
    }

    /// The graph below a tensor as `Name(child, child)`, `-` for an input that needs no gradient.
    static func graph(_ t: Tensor) -> String {
        guard let root = t.gradFn else { return "" }
        var text = ""
        var stack: [(Node?, closes: Int)] = [(root, 0)]
        while let (node, closes) = stack.popLast() {
            text += node?.typeName ?? "-"
            let children = node?.nextFunctions.map(\.node) ?? []
            if children.isEmpty || node is AccumulateGrad {
                text += String(repeating: ")", count: closes)
                if !stack.isEmpty { text += ", " }
                continue
            }
            text += "("
            for (i, child) in children.enumerated().reversed() {
                stack.append((child, i == children.count - 1 ? closes + 1 : 0))
            }
        }
        return text
    }
}
