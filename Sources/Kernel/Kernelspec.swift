import FoundationEssentials
import Glibc
import JSON

/// `wick kernel install` / `uninstall`: a kernelspec where `jupyter kernelspec list` finds it.
///
/// ```swift
/// let spec = Kernelspec(location: .user, name: "wick")
/// _ = spec.install(wickPath: "/usr/local/bin/wick")  // ~/.local/share/jupyter/kernels/wick
/// ```
public struct Kernelspec {
    /// Where the kernelspec goes, as jupyter_client's `install_kernel_spec` decides.
    public enum Location: Equatable {
        /// `$JUPYTER_DATA_DIR`, else `$XDG_DATA_HOME/jupyter` or `~/.local/share/jupyter`.
        case user
        /// `PREFIX/share/jupyter` (a virtual environment's `sys.prefix`, say).
        case prefix(String)
        /// `/usr/local/share/jupyter`, which every Jupyter on the machine searches.
        case system
    }

    public static let defaultName = "wick"
    public static let displayName = "Wick (PyTorch-style autograd)"

    public var location: Location
    public var name: String

    public init(location: Location, name: String = Kernelspec.defaultName) {
        self.location = location
        self.name = name
    }

    /// The folder holding `kernel.json` and the logos.
    public var directory: String {
        let data: String
        switch location {
        case .prefix(let prefix): data = prefix + "/share/jupyter"
        case .system: data = "/usr/local/share/jupyter"
        case .user:
            if let dir = Self.environment("JUPYTER_DATA_DIR") {
                data = dir
            } else if let xdg = Self.environment("XDG_DATA_HOME") {
                data = xdg + "/jupyter"
            } else {
                data = (Self.environment("HOME") ?? "/root") + "/.local/share/jupyter"
            }
        }
        return data + "/kernels/" + name
    }

    /// `kernel.json`: how Jupyter starts the kernel, and the language it announces.
    static func kernelJSON(wickPath: String) -> JSONValue {
        [
            "argv": [.string(wickPath), "kernel", "-f", "{connection_file}"],
            "display_name": .string(displayName),
            "language": "python",
            "interrupt_mode": "signal",
            "metadata": [:],
        ]
    }

    /// Writes the kernelspec; the message for the user, or why it failed.
    public func install(wickPath: String) -> Result<String, KernelStartError> {
        guard Self.isValidName(name) else {
            return .failure(KernelStartError("kernel names may contain only ASCII letters, digits, '.', '_' and '-': \(name)"))
        }
        guard Self.makeDirectories(directory) else {
            return .failure(KernelStartError("cannot create \(directory): \(String(cString: strerror(errno)))"))
        }
        var spec = Self.kernelJSON(wickPath: wickPath).compactBytes
        spec.append(UInt8(ascii: "\n"))
        let files: [(String, [UInt8])] = [
            ("kernel.json", spec), ("logo-64x64.png", KernelLogo.png64), ("logo-svg.svg", Array(KernelLogo.svg.utf8)),
        ]
        for (file, bytes) in files {
            guard Self.write(bytes, to: directory + "/" + file) else {
                return .failure(KernelStartError("cannot write \(directory)/\(file): \(String(cString: strerror(errno)))"))
            }
        }
        return .success("Installed kernelspec \(name) in \(directory)\n")
    }

    /// Removes the kernelspec's folder; the message for the user, or why it failed.
    public func uninstall() -> Result<String, KernelStartError> {
        var info = stat()
        guard stat(directory + "/kernel.json", &info) == 0 else {
            return .failure(KernelStartError("no kernelspec \(name) in \(directory)"))
        }
        for file in ["kernel.json", "logo-64x64.png", "logo-svg.svg"] { unlink(directory + "/" + file) }
        guard rmdir(directory) == 0 else {
            return .failure(KernelStartError("cannot remove \(directory): \(String(cString: strerror(errno)))"))
        }
        return .success("Removed \(directory)\n")
    }

    /// The running executable's absolute path, for `argv`.
    public static var currentExecutable: String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
            }
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// `mkdir -p`.
    private static func makeDirectories(_ path: String) -> Bool {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    private static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }
}
