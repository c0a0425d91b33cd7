// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Wick",
    products: [
        .executable(name: "wick", targets: ["wick"]),
        .library(name: "Autograd", targets: ["Autograd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
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

        // The engine, the language, the console
        .target(name: "Autograd", dependencies: ["COpenBLAS"]),
        .target(name: "TensorLanguage", dependencies: ["Autograd"]),
        // Console uses Autograd only for the process-wide Ctrl-C flag (`Interruption`).
        .target(name: "Console", dependencies: ["TensorLanguage", "Autograd", "CEditLine"]),

        // The command
        .executableTarget(
            name: "wick",
            dependencies: [
                "Console",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The fuzz target (Fuzz/README.md): libFuzzer's entry point when built with -DFUZZING
        // (`make fuzz`), otherwise a replayer that runs saved inputs the same way.
        .systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .executableTarget(
            name: "WickFuzz", dependencies: ["TensorLanguage", "Autograd", "CLibFuzzer"], path: "Fuzz/Sources/WickFuzz"),

        // Tests
        .testTarget(name: "AutogradTests", dependencies: ["Autograd"]),
        .testTarget(name: "TensorLanguageTests", dependencies: ["TensorLanguage"]),
        .testTarget(name: "ConsoleTests", dependencies: ["Console", "Autograd"]),
        .testTarget(name: "GoldenTests", dependencies: ["Console", "TensorLanguage"]),
    ]
)
