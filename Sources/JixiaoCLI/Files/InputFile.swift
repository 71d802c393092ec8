import Foundation
import JixiaoForm

/// A file a run reads, as named on the command line or found in a folder: its path as reported, whether it
/// is missing, and why it is left out before it is opened (a file found in a folder that is not a workbook).
struct InputFile: Sendable {
    var path: String
    var missing: Bool
    /// Named on the command line rather than found in a folder.
    var named: Bool
    /// Why the file is not read at all; nil for a file to read.
    var skipReason: SkipReason?
    /// A 绩效自评报告 (`validate` reads them beside the forms), not a workbook.
    var isReport: Bool
    /// A document found in a folder whose name does not say it is a report (`说明.docx`, `签章页.pdf`): read as
    /// one only if its title says so, else skipped as not a workbook.
    var reportUnconfirmed = false

    init(path: String, missing: Bool = false, named: Bool = false, skipReason: SkipReason? = nil, isReport: Bool = false) {
        self.path = path
        self.missing = missing
        self.named = named
        self.skipReason = skipReason
        self.isReport = isReport
    }

    /// The file's URL (made when needed: a bulk run keeps only the paths).
    var url: URL { URL(fileURLWithPath: path) }

    /// Whether the run opens the file.
    var isRead: Bool { skipReason == nil }
}
