import FoundationEssentials
import Glibc
import TensorLanguage

/// The connection file a front end writes before starting the kernel: where to bind and the key.
struct ConnectionFile: Decodable, Sendable {
    var transport: String
    var ip: String
    var shellPort: Int
    var iopubPort: Int
    var stdinPort: Int
    var controlPort: Int
    var hbPort: Int
    var key: String
    var signatureScheme: String

    enum CodingKeys: String, CodingKey {
        case transport, ip, key
        case shellPort = "shell_port"
        case iopubPort = "iopub_port"
        case stdinPort = "stdin_port"
        case controlPort = "control_port"
        case hbPort = "hb_port"
        case signatureScheme = "signature_scheme"
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        transport = try c.decodeIfPresent(String.self, forKey: .transport) ?? "tcp"
        ip = try c.decodeIfPresent(String.self, forKey: .ip) ?? "127.0.0.1"
        shellPort = try c.decode(Int.self, forKey: .shellPort)
        iopubPort = try c.decode(Int.self, forKey: .iopubPort)
        stdinPort = try c.decode(Int.self, forKey: .stdinPort)
        controlPort = try c.decode(Int.self, forKey: .controlPort)
        hbPort = try c.decode(Int.self, forKey: .hbPort)
        key = try c.decodeIfPresent(String.self, forKey: .key) ?? ""
        signatureScheme = try c.decodeIfPresent(String.self, forKey: .signatureScheme) ?? "hmac-sha256"
    }

    /// Reads and checks the file; the error text is what `wick kernel` prints.
    static func load(path: String) -> Result<ConnectionFile, KernelStartError> {
        guard let bytes = FileBytes.read(path) else {
            return .failure(KernelStartError("cannot read connection file \(path): \(String(cString: strerror(errno)))"))
        }
        let file: ConnectionFile
        do {
            file = try JSONDecoder().decode(ConnectionFile.self, from: Data(bytes))
        } catch {
            return .failure(KernelStartError("\(path) is not a Jupyter connection file"))
        }
        guard file.signatureScheme == "hmac-sha256" || file.key.isEmpty else {
            return .failure(KernelStartError("unsupported signature scheme \(file.signatureScheme) (only hmac-sha256)"))
        }
        guard file.transport == "tcp" || file.transport == "ipc" else {
            return .failure(KernelStartError("unsupported transport \(file.transport)"))
        }
        return .success(file)
    }

    /// `tcp://127.0.0.1:5555`, or for ipc jupyter_client's `ipc://IP-PORT` file naming.
    func endpoint(port: Int) -> String {
        transport == "ipc" ? "ipc://\(ip)-\(port)" : "tcp://\(ip):\(port)"
    }
}

/// Why the kernel could not start (printed on stderr, exit status 1).
public struct KernelStartError: Error, CustomStringConvertible {
    public var description: String

    init(_ description: String) { self.description = description }
}
