import Foundation

#if FUZZING
    import CLibFuzzer
#endif

/// `WickFuzz`: built with `-sanitize=fuzzer -DFUZZING` (`make fuzz`) it is a libFuzzer binary that
/// takes libFuzzer's options and corpus directories; built plainly it replays saved inputs
/// (`WickFuzz FILE...`) exactly as the fuzzer runs them, to reproduce a finding.
@main
enum WickFuzz {
    static func main() {
        #if FUZZING
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(
                LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                    FuzzHarness.run(UnsafeBufferPointer(start: data, count: size))
                    return 0
                })
        #else
            exit(replay(Array(CommandLine.arguments.dropFirst())))
        #endif
    }

    /// Runs each file as one fuzz input and reports how long it took.
    static func replay(_ paths: [String]) -> Int32 {
        var status: Int32 = 0
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("WickFuzz: cannot read \(path)\n".utf8))
                status = 2
                continue
            }
            let started = Date()
            data.withUnsafeBytes { FuzzHarness.run($0.bindMemory(to: UInt8.self)) }
            print("\(path): done in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
        }
        return status
    }
}
