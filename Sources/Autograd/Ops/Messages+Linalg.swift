/// PyTorch's wording for the matrix products and transposes.
extension Messages {
    /// `matmul` and `linear` refuse a 0-d operand in the same words.
    static func zeroDimOperand(_ op: String, _ a: Int, _ b: Int) -> String {
        "both arguments to \(op) need to be at least 1D, but they are \(a)D and \(b)D"
    }

    /// `mm` and `addmm` word their matrix checks alike, each under its own name.
    static func notMatrix(_ op: String, _ argument: String, _ rank: Int) -> String {
        "\(op): \(argument) must be a matrix, got \(rank)-D tensor"
    }

    static func productShapes(_ op: String, _ a: [Int], _ b: [Int]) -> String {
        "\(op): mat1 and mat2 shapes cannot be multiplied (\(a[0])x\(a[1]) and \(b[0])x\(b[1]))"
    }

    /// mm's dtype check names C++ types (`float != long int`).
    static func mmDtypes(_ a: DType, _ b: DType) -> String {
        "expected m1 and m2 to have the same dtype, but got: \(a.cTypeName) != \(b.cTypeName)"
    }

    static func mvRanks(_ matrix: Int, _ vector: Int) -> String {
        "vector + matrix @ vector expected, got 1, \(matrix), \(vector)"
    }

    static func mvSizes(_ matrix: [Int], _ vector: Int) -> String {
        "size mismatch, got input (\(matrix[0])), mat (\(matrix[0])x\(matrix[1])), vec (\(vector))"
    }

    /// addmv lists the result's dtype (the vector's) first, then the matrix's and the vector's.
    static func mvDtypes(matrix: DType, vector: DType) -> String {
        let (m, v) = (matrix.scalarTypeName, vector.scalarTypeName)
        return "addmv input tensors must have the same dtype, but got \(v), \(m), and \(v)"
    }

    static func dotRanks(_ a: Int, _ b: Int) -> String {
        "1D tensors expected, but got \(a)D and \(b)D tensors"
    }

    static func dotDtypes(_ a: DType, _ b: DType) -> String {
        "dot : expected both vectors to have same dtype, but found \(a.scalarTypeName) and \(b.scalarTypeName)"
    }

    static func dotSizes(_ a: Int, _ b: Int) -> String {
        "inconsistent tensor size, expected tensor [\(a)] and src [\(b)] to have the same number of elements, but got \(a) and \(b) elements respectively"
    }

    static func bmmNotBatch(_ argument: String) -> String { "\(argument) must be a 3D tensor" }

    static func bmmSizes(expected: [Int], got: [Int]) -> String {
        "Expected size for first two dimensions of batch2 tensor to be: [\(expected[0]), \(expected[1])] but got: [\(got[0]), \(got[1])]."
    }

    static func bmmDtypes(_ a: DType, _ b: DType) -> String {
        "expected scalar type \(a.scalarTypeName) but found \(b.scalarTypeName)"
    }

    /// The kernel that has no bool version, named as PyTorch's dispatcher names it.
    static func boolKernel(_ kernel: String) -> String { "\"\(kernel)\" not implemented for 'Bool'" }

    static func tRank(_ rank: Int) -> String { "t() expects a tensor with <= 2 dimensions, but self is \(rank)D" }

    static func permuteCount(_ rank: Int, _ count: Int) -> String {
        "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(rank) is not equal to len(dims) = \(count)"
    }

    static let permuteDuplicate = "permute(): duplicate dims are not allowed."

    static func mTRank(_ rank: Int) -> String {
        "tensor.mT is only supported on matrices or batches of matrices. Got \(rank)-D tensor."
    }

    static let numpyTDeprecated =
        "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will throw an error in a future release. Consider `x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4306.)"
    static let numpyTZeroDim =
        "Tensor.T is deprecated on 0-D tensors. This function is the identity in these cases. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4313.)"
    static let mTZeroDim =
        "Tensor.mT is deprecated on 0-D tensors. This function is the identity in these cases. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4366.)"
}
