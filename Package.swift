// swift-tools-version:6.0
import PackageDescription

/// Release builds of the engine and the interpreter skip the run-time exclusivity checks:
/// they cost about a fifth of the time of a small tensor operation (docs/benchmarks.md).
/// Debug builds, which run the tests, keep them.
let optimised: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

// The vector kernels are compiled three times from one source folder (`VectorKernelsAVX2` and
// `VectorKernelsAVX512` hold links to `VectorKernels`), as ATen compiles its kernels once per CPU
// capability: for baseline x86-64, for AVX2 with FMA, and for AVX-512 (F, DQ, BW, VL: Skylake-X's
// set, which every AVX-512 processor has; `x86-64-v4` is not a CPU name Swift's LLVM accepts).
// `CVectorKernelsAVX512` holds what Swift cannot say with its SIMD types: the `expf` table lookup
// as AVX-512 two-table permutes. `Autograd` checks the processor once and calls the build it
// supports. Fused multiply-adds are written out (`addingProduct`, `_mm512_fmadd_pd`) and never
// contracted from a product and a sum, so all builds give the same bits.
#if arch(x86_64)
    let avx2Settings: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "haswell"])]
    let avx512Settings: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "skylake-avx512"])]
    let avx512CSettings: [CSetting] = [
        .unsafeFlags(["-O2", "-mavx512f", "-mavx512dq", "-mavx512bw", "-mavx512vl", "-mfma", "-ffp-contract=off"])
    ]
#else
    let avx2Settings: [SwiftSetting] = []
    let avx512Settings: [SwiftSetting] = []
    let avx512CSettings: [CSetting] = []
#endif

// The opt-in MKL backend (`make WICK_BLAS=mkl`, docs/fidelity.md): the Makefile installs MKL from
// PyPI and names its `libmkl_rt.so.2` in WICK_MKL_LIBRARY; `CMKL` loads it at run time. Without
// the variable (the default) nothing changes: OpenBLAS and the C library.
let mklLibrary = Context.environment["WICK_MKL_LIBRARY"].flatMap { $0.isEmpty ? nil : $0 }
let mklSwiftSettings: [SwiftSetting] = mklLibrary == nil ? [] : [.define("WICK_MKL")]
let mklCSettings: [CSetting] = mklLibrary.map { [.define("WICK_MKL_LIBRARY", to: "\"\($0)\"")] } ?? []

let package = Package(
    name: "Wick",
    products: [
        .executable(name: "wick", targets: ["wick"]),
        .library(name: "Autograd", targets: ["Autograd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // System libraries
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .systemLibrary(
            name: "CZeroMQ",
            pkgConfig: "libzmq",
            providers: [.apt(["libzmq3-dev"])]
        ),

        // The vector kernels, one build per CPU capability, and the processor check that picks one
        .target(name: "CPlatform"),
        .target(name: "VectorKernels", linkerSettings: [.linkedLibrary("m")]),
        .target(name: "VectorKernelsAVX2", swiftSettings: avx2Settings, linkerSettings: [.linkedLibrary("m")]),
        .target(name: "VectorKernelsAVX512", swiftSettings: avx512Settings, linkerSettings: [.linkedLibrary("m")]),
        .target(name: "CVectorKernelsAVX512", cSettings: avx512CSettings),
        .target(name: "CMKL", cSettings: mklCSettings, linkerSettings: [.linkedLibrary("dl")]),

        // The engine, the language, the console
        .target(
            name: "Autograd",
            dependencies: [
                "COpenBLAS", "CPlatform", "VectorKernels", "VectorKernelsAVX2", "VectorKernelsAVX512",
                "CVectorKernelsAVX512", "CMKL",
            ],
            swiftSettings: optimised + mklSwiftSettings),
        .target(name: "TensorLanguage", dependencies: ["Autograd"], swiftSettings: optimised),
        // Console uses Autograd only for the process-wide Ctrl-C flag (`Interruption`).
        .target(name: "Console", dependencies: ["TensorLanguage", "Autograd", "Graphviz", "CEditLine", "JSON"]),
        // One JSON value with an exact reader and Python's writer, for notebooks and the kernel's messages.
        .target(name: "JSON"),
        // Graphviz's `dot` run as a program (SVG pictures of the graph), for both front ends.
        .target(name: "Graphviz"),
        // The Jupyter kernel: a second front end beside Console (neither knows the other). Autograd
        // only for the Ctrl-C flag that SIGINT and `interrupt_request` set.
        .target(
            name: "Kernel",
            dependencies: [
                "TensorLanguage", "Autograd", "Graphviz", "JSON", "CZeroMQ",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),

        // The command
        .executableTarget(
            name: "wick",
            dependencies: [
                "Console",
                "Kernel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The fuzz target (Fuzz/README.md): libFuzzer's entry point when built with -DFUZZING
        // (`make fuzz`), otherwise a replayer that runs saved inputs the same way.
        .systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .executableTarget(
            name: "WickFuzz", dependencies: ["TensorLanguage", "Autograd", "CLibFuzzer"], path: "Fuzz/Sources/WickFuzz"),

        // Tests
        .testTarget(
            name: "VectorKernelsTests",
            dependencies: ["CPlatform", "VectorKernels", "VectorKernelsAVX2", "VectorKernelsAVX512", "CVectorKernelsAVX512"]),
        .testTarget(name: "AutogradTests", dependencies: ["Autograd"]),
        // Runs only in the MKL build (`make test-mkl`); elsewhere its tests are skipped.
        .testTarget(name: "MKLTests", dependencies: ["Autograd"]),
        .testTarget(name: "TensorLanguageTests", dependencies: ["TensorLanguage"]),
        .testTarget(name: "ConsoleTests", dependencies: ["Console", "Autograd", "JSON"]),
        .testTarget(name: "KernelTests", dependencies: ["Kernel", "TensorLanguage", "JSON"]),
        .testTarget(name: "GoldenTests", dependencies: ["Console", "TensorLanguage"]),
    ]
)
