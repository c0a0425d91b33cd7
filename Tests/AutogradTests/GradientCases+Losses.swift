@testable import Autograd

extension GradientCases {
    /// Class labels for `[3, 4]` inputs.
    static func labels(_ values: [Int64]) throws -> Tensor {
        try Tensor.from(values.map { .int($0) }, shape: [values.count], dtype: .int64)
    }

    static let losses: [GradientCase] = regressionLosses + classificationLosses + binaryLosses

    static let regressionLosses: [GradientCase] =
        [LossReduction.mean, .sum, .none].flatMap { reduction in
            [
                GradientCase(name: "mse_loss \(reduction)", shapes: [[2, 3], [2, 3]]) {
                    try Loss.meanSquaredError($0[0], $0[1], reduction: reduction)
                },
                GradientCase(name: "l1_loss \(reduction)", shapes: [[2, 3], [2, 3]], smooth: false) {
                    try Loss.absoluteError($0[0], $0[1], reduction: reduction)
                },
            ]
        } + [
            GradientCase(name: "mse_loss broadcast", shapes: [[2, 3], [3]]) {
                try Loss.meanSquaredError($0[0], $0[1], reduction: .mean)
            },
            GradientCase(name: "mse_loss grad of grad", shapes: [[2, 3]]) {
                let target = try Tensor.full([2, 3], .float(0.25), dtype: .float64)
                return try gradient(of: { try Loss.meanSquaredError($0 * $0, target, reduction: .mean) }, at: $0[0])
            },
        ]

    static let classificationLosses: [GradientCase] =
        [LossReduction.mean, .sum, .none].flatMap { reduction in
            [
                GradientCase(name: "nll_loss \(reduction)", shapes: [[3, 4]]) {
                    try Loss.negativeLogLikelihood($0[0], labels([0, 3, 1]), reduction: reduction)
                },
                GradientCase(name: "cross_entropy \(reduction)", shapes: [[3, 4]]) {
                    try Loss.crossEntropy($0[0], labels([2, -100, 1]), reduction: reduction)
                },
                GradientCase(name: "cross_entropy probabilities \(reduction)", shapes: [[3, 4], [3, 4]]) {
                    try Loss.crossEntropy($0[0], $0[1].softmax(dim: 1), reduction: reduction)
                },
            ]
        } + [
            GradientCase(name: "cross_entropy 1-d", shapes: [[4]]) {
                try Loss.crossEntropy($0[0], Tensor.scalarTensor(.int(2), dtype: .int64), reduction: .mean)
            },
            GradientCase(name: "cross_entropy grad of grad", shapes: [[3, 4]]) {
                try gradient(of: { try Loss.crossEntropy($0 * $0, labels([1, 0, 3]), reduction: .mean) }, at: $0[0])
            },
        ]

    static let binaryLosses: [GradientCase] =
        [LossReduction.mean, .sum, .none].flatMap { reduction in
            [
                GradientCase(name: "binary_cross_entropy \(reduction)", shapes: [[2, 3], [2, 3]], low: 0.1, high: 0.9) {
                    try Loss.binaryCrossEntropy($0[0], $0[1], reduction: reduction)
                },
                GradientCase(name: "binary_cross_entropy_with_logits \(reduction)", shapes: [[2, 3], [2, 3]]) {
                    try Loss.binaryCrossEntropyWithLogits($0[0], $0[1], reduction: reduction)
                },
            ]
        } + [
            GradientCase(name: "binary_cross_entropy grad of grad", shapes: [[2, 3]], low: 0.1, high: 0.9) {
                let target = try Tensor.full([2, 3], .float(0.25), dtype: .float64)
                return try gradient(of: { try Loss.binaryCrossEntropy($0, target, reduction: .mean) }, at: $0[0])
            }
        ]
}
