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
        guard let pdftotext = Self.onPath("pdftotext", environment: environment, also: ["/usr/bin/pdftotext"]) else {
            throw PageRenderError.programNotFound("pdftotext (poppler-utils)")
        }
        let folder = try Self.freshFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try pdf(of: url, in: folder, defaultExtension: "docx")
        let text = folder.appendingPathComponent("document.txt")
        try run(pdftotext, ["-layout", "-enc", "UTF-8", pdf.path, text.path], in: folder, name: "pdftotext")
        return try String(contentsOf: text, encoding: .utf8)
    }
}
