import Autograd

/// `torch.set_num_threads` and `torch.get_num_threads`: the calling session's intra-op thread
/// count (`Autograd.Parallel`), checked as PyTorch's `THPModule_setNumThreads` checks it.
extension TorchModule {
    nonisolated(unsafe) static let threadFunctions: [String: Function] = [
        "set_num_threads": { args, _ in
            guard args.keywords.isEmpty else { throw PythonError(.typeError, ThreadMessages.noKeywords("set_num_threads")) }
            guard args.positional.count == 1 else {
                throw PythonError(.typeError, ThreadMessages.oneArgument(given: args.positional.count))
            }
            Parallel.threadCount = try threadCount(args.positional[0])
            return .noneValue
        },
        "get_num_threads": { args, _ in
            guard args.keywords.isEmpty else { throw PythonError(.typeError, ThreadMessages.noKeywords("get_num_threads")) }
            guard args.positional.isEmpty else {
                throw PythonError(.typeError, ThreadMessages.noArguments(given: args.positional.count))
            }
            return .int(Parallel.threadCount)
        },
    ]

    /// A positive `int` that fits a C `int` (bools are not ints here, as in `THPUtils_checkLong`;
    /// beyond 64 bits the overflow is `long long`'s, beyond 32 `long`'s, as PyTorch words them).
    private static func threadCount(_ value: Value) throws -> Int {
        switch value {
        case .int(let n):
            guard n >= Int(Int32.min), n <= Int(Int32.max) else { throw PythonError(.valueError, ThreadMessages.overflow) }
            guard n > 0 else { throw PythonError(.runtimeError, ThreadMessages.notPositive) }
            return n
        case .bigInt: throw PythonError(.valueError, ThreadMessages.overflowLongLong)
        default: throw PythonError(.runtimeError, ThreadMessages.notInt(value.typeName))
        }
    }
}

/// PyTorch's wording for the thread-count functions and the CPU capability.
enum ThreadMessages {
    static let notPositive = "set_num_threads expects a positive integer"
    static let overflow = "Overflow when unpacking long"
    static let overflowLongLong = "Overflow when unpacking long long"

    static func notInt(_ typeName: String) -> String { "set_num_threads expects an int, but got \(typeName)" }
    static func noKeywords(_ name: String) -> String { "torch.\(name)() takes no keyword arguments" }
    static func oneArgument(given: Int) -> String {
        "torch.set_num_threads() takes exactly one argument (\(given) given)"
    }
    static func noArguments(given: Int) -> String { "torch.get_num_threads() takes no arguments (\(given) given)" }

    /// `torch.backends.cpu.get_cpu_capability` is a Python function in PyTorch, so CPython words these.
    static func capabilityKeyword(_ name: String) -> String {
        "get_cpu_capability() got an unexpected keyword argument '\(name)'"
    }
    static func capabilityArguments(given: Int) -> String {
        "get_cpu_capability() takes 0 positional arguments but \(given) \(given == 1 ? "was" : "were") given"
    }
}
