import Foundation

extension PageRenderer {
    /// The text of a document (`.docx`, `.xlsx` …) as LibreOffice prints it: `soffice --convert-to pdf`, then
    /// poppler's `pdftotext -layout`, one form feed between pages. Runs in a fresh temporary folder like
    /// ``render(_:)``; needs LibreOffice Writer for `.docx` (`libreoffice-writer`).
    ///
    /// ```swift
    /// let text = try PageRenderer().text(of: URL(fileURLWithPath: "退回意见.docx"))
    /// text.contains("一、强制性问题")   // true
    /// ```
    /// - Throws: ``PageRenderError`` when a program is missing, fails, passes the time limit or writes nothing.
    public func text(of url: URL, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        guard let soffice else { throw PageRenderError.programNotFound("LibreOffice (soffice)") }
        guard let pdftotext = Self.onPath("pdftotext", environment: environment, also: ["/usr/bin/pdftotext"]) else {
            throw PageRenderError.programNotFound("pdftotext (poppler-utils)")
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("jixiao-text-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ext = url.pathExtension.isEmpty ? "docx" : url.pathExtension.lowercased()
        let input = folder.appendingPathComponent("in/document.\(ext)")
        try FileManager.default.copyItem(at: url, to: input)
        try run(soffice, ["--headless", "--norestore", "--nologo",
                          "-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
                          "--convert-to", "pdf", "--outdir", folder.path, input.path], in: folder, name: "LibreOffice")
        let pdf = folder.appendingPathComponent("document.pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw PageRenderError.noOutput("LibreOffice wrote no PDF for \(url.lastPathComponent) "
                                           + "(for a .docx it needs LibreOffice Writer: libreoffice-writer)")
        }
        let text = folder.appendingPathComponent("document.txt")
        try run(pdftotext, ["-layout", "-enc", "UTF-8", pdf.path, text.path], in: folder, name: "pdftotext")
        return try String(contentsOf: text, encoding: .utf8)
    }
}
