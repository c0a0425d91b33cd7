/// The version shown in the banner and `--version`.
public enum WickVersion {
    public static let string = "0.1.0"
}

/// What the banner's parenthesis says about the build: configuration, compiler and platform.
enum BuildInfo {
    static var description: String {
        "\(configuration), Swift \(compiler), \(platform)"
    }

    private static var configuration: String {
        #if DEBUG
            "debug"
        #else
            "release"
        #endif
    }

    private static var compiler: String {
        #if compiler(>=6.3)
            "6.3"
        #elseif compiler(>=6.2)
            "6.2"
        #elseif compiler(>=6.1)
            "6.1"
        #else
            "6.0"
        #endif
    }

    private static var platform: String {
        #if arch(x86_64)
            let arch = "x86_64"
        #elseif arch(arm64)
            let arch = "arm64"
        #else
            let arch = "unknown"
        #endif
        #if os(Linux)
            return "linux " + arch
        #else
            return arch
        #endif
    }
}
