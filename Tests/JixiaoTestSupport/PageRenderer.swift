import Foundation

/// Renders a workbook's printed pages as LibreOffice prints them: `soffice --convert-to pdf`, then
/// `pdftoppm -r DPI -gray` to one grey image a page, decoded into ``PageImage``s. Knows nothing of the form.
///
/// Each call works in a fresh temporary folder holding a copy of the input (so the input is never touched and
/// its name cannot be read as an option), LibreOffice's own profile (`-env:UserInstallation`, so calls cannot
/// meet each other or a user's LibreOffice) and its temporary files (`TMPDIR`); the folder is removed however
/// the call ends. A program past ``timeLimit`` is killed with its process group.
///
/// `soffice` is found as jixiao's `LegacyConverter` finds it: `JIXIAO_SOFFICE` when set (nothing when that is
/// no program), else `PATH`, `/usr/bin`, `/usr/lib/libreoffice/program`, `/opt/libreoffice*/program`.
/// `pdftoppm` (poppler-utils) on `PATH` or in `/usr/bin`. `Scripts/setup.sh --for-tests` installs both, and a
/// CJK font so Chinese texts render as glyphs rather than boxes.
///
/// ```swift
/// let renderer = PageRenderer()
/// let before = try renderer.render(Fixtures.root.appendingPathComponent("own-layout/mof-grid-styled.openpyxl.xlsx"))
/// let after = try renderer.render(corrected)
/// let comparison = try PageComparison(before, after)
/// comparison.differing                // [22]: 22 of the page's 544617 pixels differ by more than 32 grey levels
/// ```
public struct PageRenderer: Sendable {
    /// The environment variable naming the `soffice` to run (as jixiao's).
    public static let environmentKey = "JIXIAO_SOFFICE"

    /// Dots per inch of the page images (75: an A4 landscape page is 877 × 621 pixels; a thin border stays a line).
    public var dpi: Int
    /// Seconds each program may take.
    public var timeLimit: Double
    /// LibreOffice's `soffice`, nil when none was found.
    public let soffice: String?
    /// poppler's `pdftoppm`, nil when none was found.
    public let pdftoppm: String?

    public init(dpi: Int = 75, timeLimit: Double = 120,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.dpi = dpi
        self.timeLimit = timeLimit
        soffice = Self.locateSoffice(environment: environment)
        pdftoppm = Self.onPath("pdftoppm", environment: environment, also: ["/usr/bin/pdftoppm"])
    }

    /// The pages of the workbook at `url`, in order.
    /// - Throws: ``PageRenderError`` when a program is missing, fails, passes the time limit or writes nothing.
    public func render(_ url: URL) throws -> [PageImage] {
        guard soffice != nil else { throw PageRenderError.programNotFound("LibreOffice (soffice)") }
        guard let pdftoppm else { throw PageRenderError.programNotFound("pdftoppm (poppler-utils)") }
        let folder = try Self.freshFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try pdf(of: url, in: folder, defaultExtension: "xlsx")
        try run(pdftoppm, ["-r", String(dpi), "-gray", pdf.path, folder.appendingPathComponent("page").path],
                in: folder, name: "pdftoppm")
        // page-1.pgm … or page-01.pgm … (pdftoppm pads to the page count's digits): the padding sorts by name.
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("page-") && $0.hasSuffix(".pgm") }.sorted()
        guard !pages.isEmpty else { throw PageRenderError.noOutput("pdftoppm wrote no page for \(url.lastPathComponent)") }
        return try pages.map { try PageImage(pgm: Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    /// A new temporary folder for one conversion (the caller removes it).
    static func freshFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-render-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        return folder
    }

    /// The PDF LibreOffice prints of the document at `url`, converted from a copy in `folder` with a profile of
    /// its own there (`document.pdf` in `folder`).
    func pdf(of url: URL, in folder: URL, defaultExtension: String) throws -> URL {
        guard let soffice else { throw PageRenderError.programNotFound("LibreOffice (soffice)") }
        let ext = url.pathExtension.isEmpty ? defaultExtension : url.pathExtension.lowercased()
        let input = folder.appendingPathComponent("in/document.\(ext)")
        try FileManager.default.copyItem(at: url, to: input)
        try run(soffice, ["--headless", "--norestore", "--nologo",
                          "-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
                          "--convert-to", "pdf", "--outdir", folder.path, input.path], in: folder, name: "LibreOffice")
        let pdf = folder.appendingPathComponent("document.pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw PageRenderError.noOutput("LibreOffice wrote no PDF for \(url.lastPathComponent)"
                                           + (ext == "docx" ? " (for a .docx it needs LibreOffice Writer: libreoffice-writer)" : ""))
        }
        return pdf
    }

    /// Runs a program in `folder` (its temporary files there too), killing its process group past the limit.
    func run(_ program: String, _ arguments: [String], in folder: URL, name: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = folder.path
        process.environment = environment
        let log = folder.appendingPathComponent("\(name).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            throw PageRenderError.noOutput("no log file in \(folder.path)")
        }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        if ended.wait(timeout: .now() + timeLimit) == .timedOut {
            // Foundation starts the child as the leader of its own process group: soffice.bin goes with it.
            kill(-process.processIdentifier, SIGKILL)
            ended.wait()
            throw PageRenderError.timedOut(name, timeLimit)
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let said = String(decoding: (try? Data(contentsOf: log))?.suffix(2000) ?? Data(), as: UTF8.self)
                .split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
            let how = process.terminationReason == .exit ? "exit status" : "signal"
            throw PageRenderError.programFailed(name, "\(how) \(process.terminationStatus) \(said)")
        }
    }

    /// `soffice`: `JIXIAO_SOFFICE` when set (nil when that is no program), else the first found on `PATH` and in
    /// LibreOffice's usual places.
    static func locateSoffice(environment: [String: String]) -> String? {
        if let named = environment[environmentKey], !named.isEmpty { return isProgram(named) ? named : nil }
        let opt = ((try? FileManager.default.contentsOfDirectory(atPath: "/opt")) ?? [])
            .filter { $0.hasPrefix("libreoffice") }.sorted(by: >).map { "/opt/\($0)/program/soffice" }
        return onPath("soffice", environment: environment,
                      also: ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"] + opt)
    }

    static func onPath(_ name: String, environment: [String: String], also: [String]) -> String? {
        let onPath = (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
        return (onPath + also).first(where: isProgram)
    }

    private static func isProgram(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
