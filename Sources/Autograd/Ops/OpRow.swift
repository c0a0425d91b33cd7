/// A differentiable op outside the pointwise tables, declared once as a row: PyTorch's node name,
/// what backward saves (by name), the derivative written in tensor ops, and what help and the
/// gradient check need (the Python signature and summary, the input domain).
///
/// `Params` holds the op's non-tensor arguments (dims, shapes, flags) that backward reads; a
/// recorded `RowNode` keeps them by value, so recording allocates the node and nothing else.
final class OpRow<Params>: AnyOpRow, @unchecked Sendable {
    typealias Derivative = (_ grad: Tensor, _ saved: RowSaved, _ params: Params) throws -> [Tensor?]
    let derivative: Derivative

    init(
        _ nodeName: String, python: PythonSignature?, overload: String? = nil, saves: [SavedName] = [],
        savedNumber: String? = nil, probe: GradientProbe?, derivative: @escaping Derivative
    ) {
        self.derivative = derivative
        super.init(nodeName: nodeName, python: python, overload: overload, saves: saves, probe: probe)
        self.savedNumber = savedNumber
    }

    /// Makes `result` the output of this op's node over `inputs`, saving the tensors the row names
    /// (`saving` lists them in the order of `saves`, without the result).
    func record(_ result: Tensor, inputs: [Tensor], saving: [Tensor] = [], params: Params) {
        let node = RowNode(row: self, edges: inputs.map(GraphRecorder.edge(to:)), saved: saving, params: params)
        if savesResult {
            node.savesResult = true
            node.savedResult = SavedTensor(result.alias(), isOutput: true)
        }
        result.gradFn = node
    }
}

/// The node of an `OpRow`: the row's derivative with the parameters of one call.
final class RowNode<Params>: Node {
    let row: OpRow<Params>
    let params: Params
    /// Bit `i` set: the `i`-th saved name (the result aside) was not needed by this call and is absent.
    let absent: UInt8

    init(row: OpRow<Params>, edges: [Edge], saved: [Tensor], params: Params, absent: UInt8 = 0) {
        self.row = row
        self.params = params
        self.absent = absent
        super.init(
            typeName: row.nodeName, edges: edges, saved: saved.map { SavedTensor($0) }, savesResult: false, backward: nil)
    }

    override var savedSlots: [(name: String, slot: SavedSlot)] {
        if let list = params as? SavedTensorList, let name = row.saves.first {
            return [(name: name.pythonName, slot: .list(list.present))]
        }
        var slots = Node.slots(
            naming: row.saves.filter { $0 != .result }.map(\.pythonName), absent: absent, savesResult: row.savesResult)
        if let name = row.savedNumber, let number = params as? Scalar { slots.append((name: name, slot: .scalar(number))) }
        return slots
    }

    override func applyBackward(_ grad: Tensor) throws -> [Tensor?] {
        try row.derivative(
            grad, RowSaved(context: BackwardContext(node: self), names: row.saves, absent: absent), params)
    }
}

/// The tensors a row's backward may read, by the names the row declared (`derivatives.yaml`'s).
enum SavedName: Sendable {
    /// The op's first input (`self`).
    case input
    /// The op's output (`result`).
    case result
    /// A derivative op's incoming gradient (`grad_output`).
    case gradOutput
    /// A derivative op's forward output (`output`).
    case output
    /// A loss's target (`target`).
    case target
    /// The positions `max(dim)` chose (`indices`).
    case indices
    /// `pow`'s exponent tensor (`exponent`).
    case exponent
    /// `where`'s condition (`condition`).
    case condition
    /// `clamp`'s tensor bounds (`min`, `max`).
    case min, max
    /// An in-place op's second operand (`other`).
    case other
    /// `addmm`'s matrices and `mm`'s and `bmm`'s second operand (`mat1`, `mat2`).
    case mat1, mat2
    /// `mv`'s vector (`vec`) and `dot`'s second operand (`tensor`).
    case vec, tensor
    /// A loss's or a normalisation's `weight`, `lerp`'s weight tensor.
    case weight
    /// `lerp`'s `end`, `addcmul`'s and `addcdiv`'s `tensor1` and `tensor2`.
    case end, tensor1, tensor2

    /// The name in `derivatives.yaml` and in `grad_fn._saved_NAME`.
    var pythonName: String {
        switch self {
        case .input: "self"
        case .result: "result"
        case .gradOutput: "grad_output"
        case .output: "output"
        case .target: "target"
        case .indices: "indices"
        case .exponent: "exponent"
        case .condition: "condition"
        case .min: "min"
        case .max: "max"
        case .other: "other"
        case .mat1: "mat1"
        case .mat2: "mat2"
        case .vec: "vec"
        case .tensor: "tensor"
        case .weight: "weight"
        case .end: "end"
        case .tensor1: "tensor1"
        case .tensor2: "tensor2"
        }
    }
}

/// What a row's node saved, read by name; throws PyTorch's errors when freed or modified in place.
struct RowSaved {
    let context: BackwardContext
    let names: [SavedName]
    var absent: UInt8 = 0

    func input() throws -> Tensor { try callAsFunction(.input) }
    func result() throws -> Tensor { try context.result() }
    func needsGrad(_ input: Int) -> Bool { context.needsGrad(input) }

    /// The result is kept apart (`BackwardContext.result()`); the other names index `Node.saved` in order.
    func callAsFunction(_ name: SavedName) throws -> Tensor {
        if name == .result { return try context.result() }
        var (index, position) = (0, 0)
        for saved in names where saved != .result {
            if saved == name { break }
            if absent & (1 << position) == 0 { index += 1 }
            position += 1
        }
        return try context.saved(index)
    }
}

/// What every row says about itself, whatever its parameters: the part help and tests read.
class AnyOpRow: @unchecked Sendable {
    /// PyTorch's node name, with its overload number (`SumBackward1`).
    let nodeName: String
    /// `nil` for derivative ops that Python code never calls (`_softmax_backward_data`).
    let python: PythonSignature?
    /// When this row's node is the one recorded (`along dim`), for Python ops with several rows.
    let overload: String?
    let saves: [SavedName]
    /// The `_saved_NAME` under which a row whose `Params` is a Python number exposes it (`exponent`).
    var savedNumber: String?
    /// How the gradient check samples the op; `nil` fails `everyOpRowHasAGradientProbe`.
    let probe: GradientProbe?
    var savesResult: Bool { saves.contains(.result) }

    init(nodeName: String, python: PythonSignature?, overload: String?, saves: [SavedName], probe: GradientProbe?) {
        self.nodeName = nodeName
        self.python = python
        self.overload = overload
        self.saves = saves
        self.probe = probe
    }
}

/// The Python side of a row: the name it is bound under, and the help text for it.
public struct PythonSignature: Sendable {
    /// The name of `Tensor.NAME` / `torch.NAME` (`sum`).
    public let name: String
    /// The signature line help prints (`Tensor.sum(dim=None, keepdim=False, dtype=None) -> Tensor`).
    public let signature: String
    /// What the op computes, in plain words (help's body before the node names).
    public let summary: String

    public init(_ name: String, _ signature: String, _ summary: String) {
        (self.name, self.signature, self.summary) = (name, signature, summary)
    }

    /// Where help files the entry: the signature's callable (`Tensor.sum`, `torch.cat`), with
    /// `torch.nn.functional.` shortened to `F.` as help's keys spell it.
    public var helpKey: String {
        let callable = signature.prefix { $0 != "(" }
        let functional = "torch.nn.functional."
        return callable.hasPrefix(functional) ? "F." + callable.dropFirst(functional.count) : String(callable)
    }
}

/// Where the gradient check samples an op: float64 inputs of `shapes` drawn from `low..<high`,
/// away from kinks and poles; `smooth: false` when second derivatives do not exist.
public struct GradientProbe: Sendable {
    public let shapes: [[Int]]
    public let low: Double
    public let high: Double
    public let smooth: Bool
    /// The central differences' step and tolerance: looser for ops that round through float32.
    public var step = 1e-6
    public var tolerance = 1e-5
    /// The op has no derivative (PyTorch's `NotImplemented` node): backward must raise, and the
    /// gradient check only checks that it does.
    public var refusesBackward = false
    /// The call the check differentiates.
    public let apply: @Sendable ([Tensor]) throws -> Tensor

    public init(
        shapes: [[Int]], low: Double = -1.5, high: Double = 1.5, smooth: Bool = true,
        apply: @escaping @Sendable ([Tensor]) throws -> Tensor
    ) {
        (self.shapes, self.low, self.high, self.smooth, self.apply) = (shapes, low, high, smooth, apply)
    }

    /// A probe of an op whose backward raises.
    public static func refusing(shapes: [[Int]], apply: @escaping @Sendable ([Tensor]) throws -> Tensor) -> GradientProbe {
        var probe = GradientProbe(shapes: shapes, smooth: false, apply: apply)
        probe.refusesBackward = true
        return probe
    }

    /// This probe with the central differences' step and tolerance loosened.
    public func rounding(step: Double, tolerance: Double) -> GradientProbe {
        var probe = self
        (probe.step, probe.tolerance) = (step, tolerance)
        return probe
    }

    /// A probe of a derivative op: the first input's weighted gradient of `f`, with its graph.
    public static func gradient(
        shapes: [[Int]], low: Double = -1.5, high: Double = 1.5, of f: @escaping @Sendable (Tensor) throws -> Tensor
    ) -> GradientProbe {
        GradientProbe(shapes: shapes, low: low, high: high) { inputs in
            guard let input = inputs.first else { throw TorchError.runtime("a gradient probe needs an input") }
            // The check also evaluates the probe under no_grad; the inner gradient needs a graph regardless.
            return try GradMode.with(true) {
                let x =
                    input.requiresGrad
                    ? input : try Tensor.from(input.scalars, shape: input.shape, dtype: input.dtype, requiresGrad: true)
                let weights = try Tensor.from(
                    (0..<x.numel).map { .float(0.75 + 0.125 * Double($0 % 3)) }, shape: x.shape, dtype: .float64)
                let loss = try (f(x) * weights).sum()
                guard let g = try Autograd.grad(outputs: [loss], inputs: [x], createGraph: true).first ?? nil else {
                    throw TorchError.runtime("no gradient")
                }
                return g
            }
        }
    }
}

/// A row as the language and the tests see it.
public struct OpDeclaration: Sendable {
    public let nodeName: String
    public let python: PythonSignature?
    public let overload: String?
    public let probe: GradientProbe?
}

extension Tensor {
    /// Every op declared as a row, in family order, then the pointwise tables.
    public static var opDeclarations: [OpDeclaration] {
        OpRows.all.map { OpDeclaration(nodeName: $0.nodeName, python: $0.python, overload: $0.overload, probe: $0.probe) }
            + unaryDeclarations + binaryDeclarations
    }

    /// The binary pointwise table as rows: `Tensor.NAME(other)` with the op's summary, checked with
    /// a broadcast second input over its domain.
    static var binaryDeclarations: [OpDeclaration] {
        BinaryOp.all.map { op in
            let python = op.summary.map { PythonSignature(op.pythonName, "Tensor.\(op.pythonName)(other) -> Tensor", $0) }
            let probe = GradientProbe(shapes: [[2, 3], [3]], low: op.domain.lowerBound, high: op.domain.upperBound) {
                try op($0[0], $0[1])
            }
            return OpDeclaration(nodeName: op.nodeName, python: python, overload: nil, probe: probe)
        }
    }

    /// The unary pointwise table as rows: `Tensor.NAME()` with the op's summary, checked over its domain.
    public static var unaryDeclarations: [OpDeclaration] {
        UnaryOp.all.map { op in
            let python = op.summary.map {
                PythonSignature(op.pythonName, "Tensor.\(op.pythonName)() -> Tensor", "A new tensor holding \($0).")
            }
            let probe = GradientProbe(shapes: [[2, 3]], low: op.domain.lowerBound, high: op.domain.upperBound) {
                try op($0[0])
            }
            return OpDeclaration(nodeName: op.nodeName, python: python, overload: nil, probe: probe)
        }
    }
}

/// The rows of every family, for help and the gradient checks.
enum OpRows {
    static let all: [AnyOpRow] =
        Reduction.rows + Extrema.rows + Statistics.rows + Softmax.rows + Loss.rows + Power.rows + Pointwise.selectionRows
        + Tensor.joinRows + Activation.rows + Pointwise.maskingRows + [
            Pointwise.roundPlain, Pointwise.roundDecimals, Pointwise.nanToNumRow,
        ]
        + Rearrange.rows + Ordering.rows + Scattering.rows + Splitting.rows
        + Views.rows + Transposes.rows + Copies.rows + Indexing.rows + InPlace.rows + BilinearOp.rows
        + [Loss.divByNumber, Division.floorDivideRow, Division.divModeRow]
        + LinearRows.rows + ActivationRows.rows + CrossEntropy.rows + RegressionLoss.rows
        + LayerNormRows.rows + Embedding.rows + GroupNorm.rows + Trilinear.rows + Selection.rows
        + Interpolation.rows
}
