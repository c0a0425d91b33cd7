@testable import Autograd

extension GradientCases {
    static let linalg: [GradientCase] = []
}
