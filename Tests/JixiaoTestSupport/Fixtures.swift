import Foundation

/// Where the test files are: `Tests/Fixtures`, found from this source file, so no test copies them into a
/// bundle and every test target sees the same files.
public enum Fixtures {
    /// `Tests/Fixtures`.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The reader conformance corpus (real files from Excel, LibreOffice, WPS, ...).
    public static let conformance = root.appendingPathComponent("conformance")
    /// The 自评表 forms made by XlsxWriter, openpyxl and LibreOffice, with their expected values.
    public static let forms = root.appendingPathComponent("forms")

    public static func form(_ name: String) -> URL { forms.appendingPathComponent(name) }

    /// The package root (for running the built `jixiao`).
    public static let packageRoot = root.deletingLastPathComponent().deletingLastPathComponent()

    /// Every file below `folder` whose name ends with `suffix`, sorted by path.
    public static func files(in folder: URL, suffix: String) -> [URL] {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0) }
    }
}
