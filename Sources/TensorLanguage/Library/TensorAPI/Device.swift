import Autograd

/// A `torch.device`: a type (`cpu`, `cuda`, `mps`, …) and an optional index.
struct Device: Hashable, Sendable {
    let type: String
    let index: Int?

    static let cpu = Device(type: "cpu", index: nil)

    /// The device types PyTorch's parser knows, in the order its error message lists them.
    static let knownTypes = [
        "cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga", "maia", "xla", "lazy",
        "vulkan", "mps", "meta", "hpu", "mtia", "privateuseone",
    ]

    /// `str(device)`: `cpu`, `cuda:1`.
    var description: String { index.map { "\(type):\($0)" } ?? type }

    /// Parses `'cpu'`, `'cuda'`, `'cuda:1'` as `c10::Device`'s string constructor does.
    init(parsing text: String) throws {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let name = parts.first, Device.knownTypes.contains(name) else {
            throw PythonError(.runtimeError, DeviceMessages.unknownType(text))
        }
        var index: Int?
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
                digits.count == 1 || digits.first != "0", let i = Int(digits)
            else { throw PythonError(.runtimeError, DeviceMessages.invalidString(text)) }
            index = i
        }
        try self.init(type: name, checkedIndex: index)
    }

    init(type: String, checkedIndex index: Int?) throws {
        if let index, index < 0 { throw PythonError(.runtimeError, DeviceMessages.negativeIndex) }
        self.init(type: type, index: index)
    }

    private init(type: String, index: Int?) {
        self.type = type
        self.index = index
    }

    /// Raises what PyTorch's CPU-only build raises for a tensor placed on any device but the CPU.
    func requireAvailable() throws {
        switch type {
        case "cpu", "meta": return
        case "cuda": throw PythonError(.assertionError, DeviceMessages.noCUDA)
        case "mps": throw PythonError(.runtimeError, DeviceMessages.noMPS)
        default: throw PythonError(.runtimeError, DeviceMessages.notLinked(type))
        }
    }
}

/// PyTorch's wording for device errors, in one place.
enum DeviceMessages {
    static func unknownType(_ text: String) -> String {
        "Expected one of \(Device.knownTypes.joined(separator: ", ")) device type at start of device string: \(text)"
    }
    static func invalidString(_ text: String) -> String { "Invalid device string: '\(text)'" }
    static let negativeIndex = "Device index must not be negative"
    /// `torch.cuda._lazy_init` in a build without CUDA.
    static let noCUDA = "Torch not compiled with CUDA enabled"
    static let noMPS = "PyTorch is not linked with support for mps devices"
    static func notLinked(_ type: String) -> String { "PyTorch is not linked with support for \(type) devices" }
    static func argument(_ function: String, _ v: Value) -> String {
        "\(function)(): argument 'device' must be torch.device, not \(v.typeName)"
    }
}

/// Built-in objects that compare and hash by value (`torch.device`, `torch.__version__`).
protocol ValueSemanticObject: AnyObject {
    func isEqual(to other: Value) -> Bool
    /// -1, 0 or 1, or nil when `<` is not supported against `other`.
    func ordering(against other: Value) -> Int?
    var valueHash: Int { get }
}

/// `torch.device('cuda', 1)`.
final class DeviceObject: PyObject, ValueSemanticObject {
    let device: Device
    init(_ device: Device) { self.device = device }

    override var typeName: String { "device" }
    override var qualifiedTypeName: String { "torch.device" }

    override func repr(interpreter: Interpreter) throws -> String {
        "device(type='\(device.type)'" + (device.index.map { ", index=\($0))" } ?? ")")
    }
    override func str(interpreter: Interpreter) throws -> String { device.description }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "type": .string(device.type)
        case "index": device.index.map { .int($0) } ?? .noneValue
        default: nil
        }
    }

    func isEqual(to other: Value) -> Bool {
        if case .object(let o as DeviceObject) = other { return o.device == device }
        return false
    }
    func ordering(against other: Value) -> Int? { nil }
    var valueHash: Int { PythonHash.string(device.description) }

    /// `torch.device(...)`'s argument forms: a string, a string and an index, an int (a CUDA index), a device.
    static func make(_ args: Arguments) throws -> Device {
        let r = try ArgumentReader("device", args, ["type", "index"])
        let first = try r.required("type")
        let index = try r.value("index").flatMap { v -> Int? in
            if case .noneValue = v { return nil }
            return try Library.integer(v, function: "device", argument: "index")
        }
        switch first {
        case .string(let s):
            let parsed = try Device(parsing: s)
            guard let index else { return parsed }
            if parsed.index != nil {
                throw PythonError(
                    .runtimeError, "type (string) must not include an index because index was passed explicitly: \(s)")
            }
            return try Device(type: parsed.type, checkedIndex: index)
        case .object(let d as DeviceObject): return d.device
        case .int(let i): return try Device(type: "cuda", checkedIndex: i)
        default:
            throw PythonError(.typeError, "device() received an invalid combination of arguments - got (\(first.typeName))")
        }
    }
}

extension Library {
    /// A `device=` argument: a device, a string or an int; nil for `None` or absent.
    static func device(_ v: Value?, function: String) throws -> Device? {
        switch v {
        case nil, .noneValue?: return nil
        case .string(let s)?: return try Device(parsing: s)
        case .object(let d as DeviceObject)?: return d.device
        case .int(let i)?: return try Device(type: "cuda", checkedIndex: i)
        case let v?: throw PythonError(.typeError, DeviceMessages.argument(function, v))
        }
    }
}
