@testable import Autograd

extension GradientCases {
    static let shapes: [GradientCase] = views + joins + indexing + inPlace

    static func longs(_ values: [Int64], _ shape: [Int]? = nil) throws -> Tensor {
        try Tensor.from(values.map { .int($0) }, shape: shape ?? [values.count], dtype: .int64)
    }

    static func flags(_ values: [Bool], _ shape: [Int]) throws -> Tensor {
        try Tensor.from(values.map { .bool($0) }, shape: shape, dtype: .bool)
    }

    static let views: [GradientCase] = [
        GradientCase(name: "alias", shapes: [[2, 3]]) { $0[0].aliasView() },
        GradientCase(name: "squeeze all", shapes: [[2, 1, 3, 1]]) { $0[0].squeeze() },
        GradientCase(name: "squeeze dims", shapes: [[2, 1, 3]]) { try $0[0].squeeze(dims: [1, 0]) },
        GradientCase(name: "flatten", shapes: [[2, 3, 2]]) { try $0[0].flatten(startDim: 1) },
        GradientCase(name: "t", shapes: [[2, 3]]) { try $0[0].t() },
        GradientCase(name: "transpose", shapes: [[2, 3, 4]]) { try $0[0].transpose(0, 2) },
        GradientCase(name: "permute", shapes: [[2, 3, 4]]) { try $0[0].permute([2, 0, 1]) },
        GradientCase(name: "contiguous copy", shapes: [[2, 3]]) { try $0[0].t().contiguous() },
    ]

    static let joins: [GradientCase] = [
        GradientCase(name: "cat rows", shapes: [[1, 3], [2, 3]]) { try Tensor.cat([$0[0], $0[1], $0[0]], dim: 0) }
    ]

    static let indexing: [GradientCase] = [
        GradientCase(name: "index rows", shapes: [[3, 2]]) { try $0[0].index([longs([0, 2, 0]), nil]) },
        GradientCase(name: "index columns", shapes: [[2, 3]]) { try $0[0].index([nil, longs([2, 1])]) },
        GradientCase(name: "index mask", shapes: [[2, 3]]) {
            try $0[0].index([flags([true, false, true, false, true, true], [2, 3])])
        },
        GradientCase(name: "index pairs", shapes: [[3, 3]]) { try $0[0].index([longs([0, 1, 2]), longs([2, 2, 0])]) },
        GradientCase(name: "index put", shapes: [[3, 2], [2, 2]]) {
            let a = try $0[0] * Tensor.wrapping(.int(1))
            try a.indexPutInPlace([longs([2, 0])], $0[1])
            return a
        },
        GradientCase(name: "index put accumulate", shapes: [[3], [4]]) {
            let a = try $0[0] * $0[0]
            try a.indexPutInPlace([longs([0, 2, 0, 1])], $0[1], accumulate: true)
            return a
        },
        GradientCase(name: "index fill", shapes: [[2, 3]]) {
            let a = try $0[0] * $0[0]
            try a.indexFillInPlace([nil, longs([1])], .float(0.5))
            return a
        },
        GradientCase(name: "masked fill", shapes: [[2, 3]]) {
            let a = try $0[0] * $0[0]
            try a.maskedFillInPlace(flags([true, false, false], [3]), .float(-1))
            return a
        },
    ]

    static let inPlace: [GradientCase] = [
        GradientCase(name: "add_ tensor", shapes: [[2, 3], [3]]) {
            let a = try $0[0] * $0[0]
            try a.applyInPlace(.add, $0[1], alpha: .float(2))
            return a
        },
        GradientCase(name: "mul_ tensor", shapes: [[2, 3], [2, 3]]) {
            let a = try $0[0] * Tensor.wrapping(.int(1))
            try a.applyInPlace(.mul, $0[1])
            return a
        },
        GradientCase(name: "div_ tensor", shapes: [[2, 3], [3]], low: 0.5, high: 1.5) {
            let a = try $0[0] * $0[0]
            try a.applyInPlace(.div, $0[1])
            return a
        },
        GradientCase(name: "mul_ on a view", shapes: [[2, 3], [3]]) {
            let a = try $0[0] * Tensor.wrapping(.int(1))
            try a.select(0, 1).applyInPlace(.mul, $0[1])
            return a
        },
        GradientCase(name: "view read after write", shapes: [[2, 3]]) {
            let a = try $0[0].clone()
            let row = try a.select(0, 0)
            try a.applyInPlace(.mul, $0[0])
            return row
        },
        GradientCase(name: "fill_ number on a view", shapes: [[2, 3]]) {
            let a = try $0[0] * $0[0]
            try a.select(0, 1).fillInPlace(.float(2))
            return a
        },
        GradientCase(name: "fill_ tensor", shapes: [[2, 3], []]) {
            let a = try $0[0] * $0[0]
            try a.slice(1, start: 0, stop: 3, step: 2).fillInPlace($0[1])
            return a
        },
        GradientCase(name: "fill_ number", shapes: [[2, 3]]) {
            let a = try $0[0].clone()
            try a.fillInPlace(.float(2))
            return try a * $0[0]
        },
        GradientCase(name: "fill_ tensor whole", shapes: [[2, 3], []]) {
            let a = try $0[0].clone()
            try a.fillInPlace($0[1])
            return try a * $0[0]
        },
        GradientCase(name: "zero_ whole", shapes: [[2, 3]]) {
            let a = try $0[0].clone()
            try a.zeroInPlace()
            return try a + $0[0]
        },
        GradientCase(name: "zero_", shapes: [[2, 3]]) {
            let a = try $0[0] * $0[0]
            try a.slice(0, start: 1, stop: 2, step: 1).zeroInPlace()
            return a
        },
        GradientCase(name: "copy_ broadcast", shapes: [[2, 3], [3]]) {
            let a = try $0[0] * $0[0]
            try a.copyInPlace(from: $0[1])
            return a
        },
        GradientCase(name: "copy_ into a slice", shapes: [[3, 2], [2]]) {
            let a = try $0[0] * Tensor.wrapping(.int(1))
            try a.select(0, 2).copyInPlace(from: try $0[1] * $0[1])
            return a
        },
    ]
}
