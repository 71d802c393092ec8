/// Where a hyperlink goes.
///
/// ```swift
/// Hyperlink.web("https://www.mof.gov.cn/")
/// Hyperlink.sheet("黄浦区 2021", cell: "A1")              // internal:'黄浦区 2021'!A1
/// Hyperlink.file("forms/huangpu-2021.xlsx", location: "'自评表'!C5")
/// ```
public enum Hyperlink: Hashable, Sendable {
    /// An `http://`, `https://`, `ftp://` or `mailto:` address.
    case web(String)
    /// A cell or range (`A1`, `B2:D9`) on a sheet of this workbook.
    case sheet(String, cell: String)
    /// Another file, by a path relative to the workbook or absolute, optionally at a location inside it.
    case file(String, location: String? = nil)

    static let webSchemes = ["http://", "https://", "ftp://", "mailto:"]

    /// The text libxlsxwriter takes (`https://…`, `internal:'Sheet'!A1`, `external:path#location`).
    /// - Throws: `.invalidHyperlink` for an empty target, another scheme, a malformed cell, or over 2,079
    ///   characters; `.forbiddenCharacter` for control characters.
    func libraryURL() throws(XLSXWriterError) -> String {
        let url: String
        switch self {
        case .web(let address):
            let lowered = address.lowercased()
            guard Hyperlink.webSchemes.contains(where: { lowered.hasPrefix($0) && lowered.count > $0.count }) else {
                throw XLSXWriterError(.invalidHyperlink,
                                      detail: "'\(address.prefix(80))' does not start with http://, https://, ftp:// or mailto:")
            }
            try TextRules.check(address, label: "hyperlink", maxLength: nil, placement: .singleLine)
            url = address
        case .sheet(let sheet, let cell):
            try TextRules.check(sheet, label: "hyperlink sheet", maxLength: ExcelLimits.sheetNameLength,
                                placement: .singleLine)
            guard !sheet.isEmpty, CellRect(cell) != nil else {
                throw XLSXWriterError(.invalidHyperlink, detail: "'\(sheet)'!\(cell) is not a sheet and a cell or range")
            }
            url = "internal:" + SheetNameRules.quoted(sheet) + "!" + cell
        case .file(let path, let location):
            try TextRules.check(path, label: "hyperlink path", maxLength: nil, placement: .singleLine)
            guard !path.isEmpty, !path.contains("#") else {
                throw XLSXWriterError(.invalidHyperlink, detail: "a file link needs a path without '#'")
            }
            if let location {
                try TextRules.check(location, label: "hyperlink location", maxLength: nil, placement: .singleLine)
            }
            url = "external:" + path + (location.map { "#" + $0 } ?? "")
        }
        let length = url.utf16.count
        if length > ExcelLimits.hyperlinkLength {
            throw XLSXWriterError(.invalidHyperlink,
                                  detail: "the link has \(length) characters; Excel allows \(ExcelLimits.hyperlinkLength)")
        }
        return url
    }
}
