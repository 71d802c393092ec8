// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "jixiao",
    products: [
        .library(name: "XLSXReader", targets: ["XLSXReader"]),
        .library(name: "XLSXWriter", targets: ["XLSXWriter"]),
        .library(name: "DOCXReader", targets: ["DOCXReader"]),
        .library(name: "DOCXWriter", targets: ["DOCXWriter"]),
        .library(name: "JixiaoForm", targets: ["JixiaoForm"]),
        .executable(name: "jixiao", targets: ["jixiao"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    ],
    targets: [
        // C system libraries: only a module map and a shim header each.
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),

        // State shared between threads (`Locked`), for every module below: the lowest module of the package.
        .target(name: "Locking"),

        // Output files written beside their destination and moved into place (`AtomicOutput`), for every writer.
        .target(name: "AtomicFiles"),

        // What every Office Open XML reader stands on: the zip package opened with libzip under size, ratio and
        // time caps, each part's bytes checked (UTF-8, no DTD) on their way to XMLParser, the file told apart by
        // its signature (OLE2, HTML, RTF). Generic over the reader's own error type.
        .target(name: "OOXMLPackage", dependencies: ["CZip", "Locking"]),

        // A general XLSX reader: knows nothing of the 自评表.
        .target(name: "XLSXReader", dependencies: ["OOXMLPackage"]),

        // A general DOCX reader: a document's body as paragraphs in reading order. Knows nothing of the 自评报告.
        .target(name: "DOCXReader", dependencies: ["OOXMLPackage"]),

        // A thin, safe layer over libxlsxwriter: knows nothing of the 自评表.
        .target(name: "XLSXWriter", dependencies: ["CXlsxWriter", "Locking", "AtomicFiles"]),

        // A minimal WordprocessingML (.docx) writer over libzip: knows nothing of the 自评表.
        .target(name: "DOCXWriter", dependencies: ["CZip", "AtomicFiles"]),

        // Rewrites a read workbook through the writer, with cell edits: knows nothing of the 自评表.
        .target(name: "XLSXCopy", dependencies: ["XLSXReader", "XLSXWriter"]),

        // The 自评表 domain: model, recognition, rules. Its label sets and layouts are data in Templates/.
        // Its return notices (退回意见) are written through DOCXWriter, their text through AtomicFiles; the
        // 绩效自评报告 is read through DOCXReader (.docx), as text (.txt, .md) or from pdftotext's text (.pdf).
        .target(name: "JixiaoForm", dependencies: ["XLSXReader", "XLSXWriter", "XLSXCopy", "DOCXReader", "DOCXWriter",
                                                  "AtomicFiles", "Locking"],
                resources: [.copy("Templates")]),

        // The web page (`jixiao serve`): rounds on disk, uploads, the check run as the CLI's own child process, pages.
        // It knows the CLI only as an executable path it is handed; the CLI knows it only through ServeCommand.
        // Its rendering pieces (escaping, the sheet as an HTML table, the round's table and chart, the pages'
        // words) and the assets it serves itself (app.css, app.js: no CDN).
        .target(name: "JixiaoWeb", dependencies: [
            "XLSXReader", "JixiaoForm", "CZip", "Locking", "AtomicFiles",
            .product(name: "Hummingbird", package: "hummingbird"),
        ], resources: [.copy("Assets"), .copy("Resources")]),

        // The command-line layer as a library, so its presenters are unit-testable.
        .target(name: "JixiaoCLI", dependencies: [
            "OOXMLPackage", "XLSXReader", "XLSXWriter", "DOCXReader", "DOCXWriter", "JixiaoForm", "JixiaoWeb", "Locking",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "jixiao", dependencies: ["JixiaoCLI"]),

        // Benchmarks run outside `swift test`: `make bench`.
        .executableTarget(name: "jixiao-bench", dependencies: ["OOXMLPackage", "XLSXReader", "XLSXWriter", "CXlsxWriter", "CZip", "JixiaoForm"],
                          path: "Benchmarks/jixiao-bench"),

        // The fuzz target: `make fuzz` builds it with libFuzzer and AddressSanitizer; a plain build replays files.
        .executableTarget(name: "jixiao-fuzz", dependencies: ["XLSXReader", "JixiaoForm", "CZip"], path: "Fuzz/jixiao-fuzz"),

        // Tests by level (README, Tests/): unit tests per module (`…Tests`), the built tool end to end, and
        // conformance (folders of real files against their goldens). They find their files in Tests/Fixtures
        // through JixiaoTestSupport (no bundle copies), which also holds the goldens' `RECORD_GOLDENS=1` switch.
        .target(name: "JixiaoTestSupport", dependencies: ["XLSXReader"], path: "Tests/JixiaoTestSupport"),
        .testTarget(name: "JixiaoTestSupportTests", dependencies: ["JixiaoTestSupport", "XLSXReader"]),
        .testTarget(name: "LockingTests", dependencies: ["Locking"]),
        .testTarget(name: "XLSXReaderTests", dependencies: ["XLSXReader", "JixiaoTestSupport"]),
        .testTarget(name: "XLSXWriterTests", dependencies: ["XLSXWriter", "XLSXReader", "JixiaoTestSupport"]),
        .testTarget(name: "DOCXReaderTests", dependencies: ["DOCXReader", "OOXMLPackage", "XLSXReader", "JixiaoTestSupport"]),
        .testTarget(name: "DOCXWriterTests", dependencies: ["DOCXWriter", "XLSXReader", "JixiaoTestSupport"]),
        .testTarget(name: "XLSXCopyTests", dependencies: ["XLSXCopy", "XLSXReader", "XLSXWriter", "JixiaoTestSupport"]),
        .testTarget(name: "JixiaoFormTests", dependencies: ["JixiaoForm", "XLSXReader", "XLSXCopy", "DOCXReader", "DOCXWriter",
                                                           "JixiaoTestSupport"]),
        .testTarget(name: "JixiaoWebTests", dependencies: [
            "JixiaoWeb", "JixiaoForm", "XLSXReader", "JixiaoTestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "JixiaoCLITests", dependencies: ["JixiaoCLI", "JixiaoForm", "DOCXReader", "XLSXReader", "Locking",
                                                          "JixiaoTestSupport"]),
        // Runs the built `jixiao` (built with the tests by `swift build --build-tests` / `swift test`) as a user
        // does: stdout, stderr, exit codes, written files.
        .testTarget(name: "EndToEndTests", dependencies: ["XLSXReader", "JixiaoTestSupport"]),
        // Drives Debian's Chromium headless over WebDriver against the built `jixiao serve`, from outside as a
        // user's browser does (so not on JixiaoWeb): uploads through the page, compared with the CLI's report.
        .testTarget(name: "BrowserTests", dependencies: ["XLSXReader", "Locking", "JixiaoTestSupport"]),
        // Every folder of real files walked against goldens: the reader's corpus, the command's cells dumps of
        // it, the fixture forms, variants, layouts and workbooks against their expected reports.
        .testTarget(name: "ConformanceTests", dependencies: ["JixiaoForm", "JixiaoCLI", "XLSXReader", "JixiaoTestSupport"]),
    ]
)
