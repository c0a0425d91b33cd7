/// `nan_to_num(nan=0.0, posinf=None, neginf=None)`: NaN and infinities replaced by finite numbers.
public struct NonFiniteReplacement: Sendable {
    public var nan: Double
    /// `nil`: the dtype's largest finite value (for `neginf`, its lowest).
    public var posinf: Double?
    public var neginf: Double?

    public init(nan: Double = 0, posinf: Double? = nil, neginf: Double? = nil) {
        (self.nan, self.posinf, self.neginf) = (nan, posinf, neginf)
    }
}

extension Tensor {
    /// A copy with NaN, +inf and -inf replaced (`NanToNumBackward0`, whose gradient passes only
    /// where the input was finite); integer and bool tensors come back as copies.
    public func nanToNum(_ replacement: NonFiniteReplacement = NonFiniteReplacement()) throws -> Tensor {
        let result = try dtype.dispatch(NanToNumKernel(a: self, r: replacement))
        if GraphRecorder.shouldRecord([self]) { Pointwise.nanToNumRow.record(result, inputs: [self], saving: [self], params: ()) }
        return result
    }
}

extension Pointwise {
    static let nanToNumRow = OpRow<Void>(
        "NanToNumBackward0",
        python: PythonSignature(
            "nan_to_num", "Tensor.nan_to_num(nan=0.0, posinf=None, neginf=None) -> Tensor",
            "A copy with NaN replaced by nan, +inf by posinf and -inf by neginf (by default the\ndtype's largest and lowest finite values)."
        ),
        saves: [.input],
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].nanToNum() }
    ) { grad, saved, _ in
        [try grad * saved.input().test(.isFinite)]
    }
}

private struct NanToNumKernel: DTypeVisitor {
    typealias Output = Tensor
    let a: Tensor
    let r: NonFiniteReplacement

    func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
        let nan = T(r.nan)
        let high = r.posinf.map { T($0) } ?? T.greatestFiniteMagnitude
        let low = r.neginf.map { T($0) } ?? -T.greatestFiniteMagnitude
        return try Kernels.map(a, T.self, to: T.dtype) { v in
            v.isNaN ? nan : v == .infinity ? high : v == -.infinity ? low : v
        }
    }
    func integral<T: IntegerElement>(_: T.Type) throws -> Tensor { try Kernels.map(a, T.self, to: T.dtype) { $0 } }
    func boolean() throws -> Tensor { try Kernels.map(a, Bool.self, to: .bool) { $0 } }
}
