#if canImport(Glibc)
    import Glibc
#endif

/// The `time` module.
enum TimeModule {
    static func makeModule() -> ModuleObject {
        let m = ModuleObject("time")
        m.members["perf_counter"] = .object(BuiltinFunction("perf_counter") { _, _ in .float(clock(CLOCK_MONOTONIC)) })
        m.members["time"] = .object(BuiltinFunction("time") { _, _ in .float(clock(CLOCK_REALTIME)) })
        m.members["sleep"] = .object(
            BuiltinFunction("sleep") { args, interpreter in
                let seconds = try MathModule.number(try Builtins.single(args, "sleep"), "sleep")
                guard seconds >= 0 else { throw PythonError(.valueError, "sleep length must be non-negative") }
                let deadline = clock(CLOCK_MONOTONIC) + seconds
                while clock(CLOCK_MONOTONIC) < deadline {
                    if interpreter.interruptRequested() { throw PythonError(.keyboardInterrupt, "") }
                    usleep(UInt32(max(0, min(50_000, (deadline - clock(CLOCK_MONOTONIC)) * 1e6))))
                }
                return .noneValue
            })
        return m
    }

    private static func clock(_ id: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}
