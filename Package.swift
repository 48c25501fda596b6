// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "webcare-sim",
    products: [
        .executable(name: "webcare-sim", targets: ["webcare-sim"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(name: "CPathExchange"),
        .systemLibrary(
            name: "CCBC",
            pkgConfig: "cbc",
            providers: [.apt(["coinor-libcbc-dev"])]
        ),
        .target(name: "Stochastics", dependencies: ["CGSL"]),
        .target(
            name: "SimKernel",
            dependencies: [.product(name: "HeapModule", package: "swift-collections")]
        ),
        .target(
            name: "WebcareModel",
            dependencies: ["Stochastics", "SimKernel"]
        ),
        .target(
            name: "Scenarios",
            dependencies: [
                "WebcareModel", "Stochastics", "Calibration", "Yams", "CPathExchange",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Reports",
            dependencies: ["WebcareModel", "Stochastics"],
            // The notebook's cells (Python and Markdown), read through Bundle.module.
            resources: [.copy("NotebookCells")]
        ),
        .target(name: "Staffing", dependencies: ["WebcareModel", "Stochastics", "CCBC"]),
        .target(
            name: "Calibration",
            dependencies: ["Stochastics", "CGSL", "ZIPFoundation", .product(name: "HeapModule", package: "swift-collections")]
        ),
        .executableTarget(
            name: "webcare-sim",
            dependencies: [
                "Scenarios", "Reports", "WebcareModel", "Staffing", "Calibration", "Stochastics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "CLibFuzzer"),
        .executableTarget(name: "loader-fuzz", dependencies: ["Scenarios", "WebcareModel", "CLibFuzzer"]),
        .testTarget(name: "StochasticsTests", dependencies: ["Stochastics", "CGSL"]),
        .testTarget(name: "SimKernelTests", dependencies: ["SimKernel"]),
        .testTarget(
            name: "WebcareModelTests",
            dependencies: ["WebcareModel", "Scenarios", "Stochastics"],
            resources: [.copy("Resources")]
        ),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios", "WebcareModel", "Stochastics", "TestWorkspace"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "WebcareModel", "Scenarios", "Stochastics"]),
        .testTarget(name: "StaffingTests", dependencies: ["Staffing", "WebcareModel", "Scenarios", "Stochastics"]),
        .testTarget(name: "CalibrationTests", dependencies: ["Calibration", "Stochastics", "CGSL", "ZIPFoundation"]),
        // A temporary project folder (scenarios/ and results/) for the check's tests, shared by
        // ScenariosTests (the check through the library) and EndToEndTests (through the binary).
        .target(name: "TestWorkspace", dependencies: ["WebcareModel"], path: "Tests/TestWorkspace"),
        // The third layer: every test that runs a built executable, and nothing else needs them.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["webcare-sim", "loader-fuzz", "Scenarios", "WebcareModel", "Stochastics", "Calibration", "TestWorkspace"]
        ),
    ]
)
