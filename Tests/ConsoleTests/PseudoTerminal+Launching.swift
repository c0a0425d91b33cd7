import Foundation
import Glibc

/// What a test needs before it starts a child: the child's environment and the built executable.
extension PseudoTerminal {
    /// The environment a terminal program expects: `PATH` and `HOME` from the test process,
    /// `TERM=xterm`, `LANG=C.UTF-8`, plus `extra` (which wins).
    ///
    /// Locale and terminal-size variables of the test process are left out so
    /// that results do not depend on the machine running the tests.
    static func environment(adding extra: [String: String] = [:]) -> [String: String] {
        var result = ["TERM": "xterm", "LANG": "C.UTF-8"]
        // Sanitizer settings reach the child too (`make sanitize`).
        for name in ["PATH", "HOME", "ASAN_OPTIONS", "LSAN_OPTIONS"] {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        result.merge(extra) { _, new in new }
        return result
    }

    /// Finds an executable built by SwiftPM in the same build directory as the running tests.
    ///
    /// SwiftPM on Linux puts test bundles (`<Package>PackageTests.xctest`, an
    /// executable) and executable products side by side in
    /// `.build/<triple>/<configuration>/`. The search starts in the directory of
    /// `/proc/self/exe` and walks up a few levels in case a runner nests the
    /// bundle. `WICK_TEST_PRODUCTS_DIR`, if set, is searched first.
    static func builtProduct(named name: String) -> String? {
        var directories: [String] = []
        if let override = getenv("WICK_TEST_PRODUCTS_DIR") {
            directories.append(String(cString: override))
        }
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var directory = (exe as NSString).deletingLastPathComponent
            for _ in 0..<4 {
                directories.append(directory)
                let parent = (directory as NSString).deletingLastPathComponent
                if parent == directory { break }
                directory = parent
            }
        }
        for directory in directories {
            let candidate = directory + "/" + name
            var info = stat()
            if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }
}
