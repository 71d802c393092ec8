import Foundation
@testable import JixiaoForm
import JixiaoTestSupport

/// The seed 绩效自评报告 as a ``NarrativeDocument``, built the way the readers build one: from the seed .md (each
/// non-blank line a paragraph, its `#` marks its outline level, `**` dropped) or from the PDF's pdftotext text
/// (each non-blank line a paragraph, pages counted by form feeds); and edited, to make the variants.
enum ReportText {
    static let folder = Fixtures.root.appendingPathComponent("reports")

    static func seedMarkdown() throws -> String {
        try String(contentsOf: folder.appendingPathComponent("panyu-2021-report.md"), encoding: .utf8)
    }

    static func seedPDFText() throws -> String {
        try String(contentsOf: folder.appendingPathComponent("panyu-2021-report.pdftotext.txt"), encoding: .utf8)
    }

    /// A markdown text as a document.
    static func markdown(_ text: String) -> NarrativeDocument {
        var paragraphs: [NarrativeParagraph] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let hashes = line.prefix { $0 == "#" }.count
            line = String(line.dropFirst(hashes)).replacingOccurrences(of: "**", with: "")
                .trimmingCharacters(in: .whitespaces)
            paragraphs.append(NarrativeParagraph(text: line, outlineLevel: hashes > 0 ? hashes : nil))
        }
        return NarrativeDocument(format: .text, paragraphs: paragraphs)
    }

    /// pdftotext's text as a document: each non-blank line a paragraph on its page.
    static func pdfText(_ text: String) -> NarrativeDocument {
        var paragraphs: [NarrativeParagraph] = []
        for (index, page) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
            for line in page.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                paragraphs.append(NarrativeParagraph(text: String(line), page: index + 1))
            }
        }
        return NarrativeDocument(format: .pdf, paragraphs: paragraphs)
    }

    /// The text with `old` replaced by `new`, exactly once (a test's edit must hit).
    static func editing(_ text: String, _ old: String, _ new: String) throws -> String {
        let ranges = text.ranges(of: old)
        guard ranges.count == 1, let range = ranges.first else {
            throw EditError(description: "“\(old)” occurs \(ranges.count) times")
        }
        return text.replacingCharacters(in: range, with: new)
    }

    struct EditError: Error, CustomStringConvertible { var description: String }
}
