/// PyTorch's type promotion: dimensioned tensors outrank 0-d tensors, which outrank Python numbers,
/// unless a lower-priority operand belongs to a higher category (bool < integer < floating).
enum TypePromotion {
    /// `torch.promote_types` for the supported dtypes.
    static func promote(_ a: DType, _ b: DType) -> DType {
        a.promotionRank >= b.promotionRank ? a : b
    }

    private static func combine(higher: DType?, lower: DType?) -> DType? {
        guard let higher else { return lower }
        guard let lower else { return higher }
        if higher.isFloatingPoint { return higher }
        if higher == .bool || lower.isFloatingPoint { return promote(higher, lower) }
        return higher
    }

    /// `torch.result_type` over the operands of one operation.
    static func resultType(_ operands: [Tensor]) -> DType {
        var dimensioned: DType?
        var zeroDim: DType?
        var wrapped: DType?
        for t in operands {
            if t.isWrappedNumber {
                let d: DType = t.dtype.isFloatingPoint ? DType.defaultFloat : t.dtype
                wrapped = wrapped.map { promote($0, d) } ?? d
            } else if t.dim == 0 {
                zeroDim = zeroDim.map { promote($0, t.dtype) } ?? t.dtype
            } else {
                dimensioned = dimensioned.map { promote($0, t.dtype) } ?? t.dtype
            }
        }
        return combine(higher: dimensioned, lower: combine(higher: zeroDim, lower: wrapped)) ?? .float32
    }
}

/// Broadcasting rules shared by every binary operation, forward and backward.
enum Broadcast {
    /// The shape two operands broadcast to, or PyTorch's size-mismatch error.
    static func shape(_ a: [Int], _ b: [Int]) throws -> [Int] {
        if a == b { return a }
        // A scalar or all-ones operand (the common `x + 2`) takes the other shape as is.
        if a.count >= b.count && b.allSatisfy({ $0 == 1 }) { return a }
        if b.count >= a.count && a.allSatisfy({ $0 == 1 }) { return b }
        let rank = max(a.count, b.count)
        var out = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            if da == db || db == 1 {
                out[i] = da
            } else if da == 1 {
                out[i] = db
            } else {
                throw TorchError.runtime(Messages.sizeMismatch(da, db, dim: i))
            }
        }
        return out
    }

    /// Strides that read `tensor` as if it had `shape` (0 along broadcast dimensions).
    static func strides(of tensor: Tensor, expandedTo shape: [Int]) -> [Int] {
        let lead = shape.count - tensor.dim
        var out = [Int](repeating: 0, count: shape.count)
        for d in 0..<tensor.dim where tensor.shape[d] != 1 || shape[d + lead] == 1 {
            out[d + lead] = tensor.strides[d]
        }
        return out
    }
}

/// Two operands converted to one dtype, with their broadcast shape: where every binary kernel starts.
struct BinaryOperands {
    let x: Tensor
    let y: Tensor
    let shape: [Int]
    let dtype: DType

    /// Promoted as `torch.result_type` says.
    @inline(__always)
    init(_ a: Tensor, _ b: Tensor) throws { try self.init(a, b, as: TypePromotion.resultType([a, b])) }

    @inline(__always)
    init(_ a: Tensor, _ b: Tensor, as dtype: DType) throws {
        shape = try Broadcast.shape(a.shape, b.shape)
        x = try a.dtype == dtype ? a : a.converted(to: dtype)
        y = try b.dtype == dtype ? b : b.converted(to: dtype)
        self.dtype = dtype
    }
}
