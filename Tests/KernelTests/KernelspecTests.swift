import Glibc
import JSON
import TensorLanguage
import Testing

@testable import Kernel

struct KernelspecTests {
    private func scratch() -> String {
        var template = Array("/tmp/wick-kernelspec-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, let path = mkdtemp(base) else { return nil }
            return String(cString: path)
        }
        return made ?? "/tmp"
    }

    @Test func installWritesKernelJSONAndBothLogosUnderThePrefix() throws {
        let prefix = scratch()
        let spec = Kernelspec(location: .prefix(prefix))
        let message = try spec.install(wickPath: "/opt/wick/bin/wick").get()
        #expect(message == "Installed kernelspec wick in \(prefix)/share/jupyter/kernels/wick\n")
        let written = FileBytes.read(spec.directory + "/kernel.json").flatMap(JSONValue.parse)
        #expect(
            written == [
                "argv": ["/opt/wick/bin/wick", "kernel", "-f", "{connection_file}"],
                "display_name": "Wick (PyTorch-style autograd)", "language": "python", "interrupt_mode": "signal",
                "metadata": [:],
            ])
        let png = FileBytes.read(spec.directory + "/logo-64x64.png") ?? []
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(try spec.uninstall().get() == "Removed \(spec.directory)\n")
        #expect(FileBytes.read(spec.directory + "/kernel.json") == nil)
    }

    @Test func uninstallingWhatIsNotThereSaysSo() {
        let spec = Kernelspec(location: .prefix(scratch()), name: "absent")
        guard case .failure(let error) = spec.uninstall() else {
            Issue.record("uninstall of a missing kernelspec succeeded")
            return
        }
        #expect(error.description == "no kernelspec absent in \(spec.directory)")
    }

    @Test func namesAreJupytersSafeCharactersOnly() {
        #expect(Kernelspec.isValidName("wick-dev_2.0"))
        #expect(!Kernelspec.isValidName("../escape"))
        #expect(!Kernelspec.isValidName(""))
    }

    @Test func theUserLocationFollowsJupyterDataDir() {
        setenv("JUPYTER_DATA_DIR", "/tmp/jdata", 1)
        defer { unsetenv("JUPYTER_DATA_DIR") }
        #expect(Kernelspec(location: .user).directory == "/tmp/jdata/kernels/wick")
    }
}
