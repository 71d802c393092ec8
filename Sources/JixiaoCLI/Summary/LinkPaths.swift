import Foundation
import JixiaoForm

/// The paths the summary's links give for the files of a run: each file's path relative to the summary's
/// folder, exactly as ``SummaryText/relativePath(of:fromComponents:)`` gives it.
///
/// A run comes folder by folder (it is sorted by path), and standardising a URL and splitting it into
/// components costs more than writing the rest of a row; so the relative path of a file's folder is worked
/// out once per folder and the file's name appended to it.
///
/// ```swift
/// var links = LinkPaths(summaryFolder: URL(fileURLWithPath: "/data/2021/summaries"))
/// links.path(of: "/data/2021/returned/a.xlsx")   // "../returned/a.xlsx"
/// links.path(of: "/data/2021/returned/b.xlsx")   // "../returned/b.xlsx", from the folder worked out before
/// ```
struct LinkPaths {
    /// The summary's folder, standardised, as path components.
    private let base: [String]
    /// The folder part of the last path asked for (before its last `/`), and what its files' paths start with.
    private var folder: Substring?
    private var prefix = ""
    /// The summary folder's component right below `folder` when `folder` holds the summary's folder: a file
    /// of that name would go down towards the summary rather than beside it, so it takes the whole computation.
    private var nameLeadingToSummary: String?

    init(summaryFolder: URL) {
        base = summaryFolder.standardizedFileURL.pathComponents
    }

    /// `file`'s path relative to the summary's folder, or its absolute path when they share nothing but the root.
    mutating func path(of file: String) -> String {
        guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { return wholeComputation(file) }
        let folderPart = file[..<slash]
        let name = file[file.index(after: slash)...]
        // A name that standardising would change, or a folder that ends in `/` (an empty component), takes the
        // whole computation.
        guard !name.isEmpty, name != ".", name != "..", folderPart.utf8.last != UInt8(ascii: "/") else {
            return wholeComputation(file)
        }
        // Bytes, not `==`: two spellings of a name in different Unicode forms are two folders to the file system.
        if !(folder.map { UTF8Bytes.equal(folderPart, $0) } ?? false) { enter(folderPart) }
        if let nameLeadingToSummary, name == nameLeadingToSummary { return wholeComputation(file) }
        return prefix + name
    }

    /// Works out the relative path of the files of `folderPart`.
    private mutating func enter(_ folderPart: Substring) {
        folder = folderPart
        let url = URL(fileURLWithPath: folderPart.isEmpty ? "/" : String(folderPart))
        let relative = SummaryText.relativePath(of: url, fromComponents: base)
        let components = url.standardizedFileURL.pathComponents
        prefix = relative.isEmpty || relative.hasSuffix("/") ? relative : relative + "/"
        let holdsSummary = components.count < base.count && base.starts(with: components)
        nameLeadingToSummary = holdsSummary ? base[components.count] : nil
    }


    private func wholeComputation(_ file: String) -> String {
        SummaryText.relativePath(of: URL(fileURLWithPath: file), fromComponents: base)
    }
}
