import XLSXReader

extension XLSXError.Kind {
    /// LibreOffice could not turn an old workbook (`.xls`, `.et`) into an `.xlsx`: it ended with an error, or
    /// wrote nothing, or wrote something that is not a zip package (see ``LegacyConverter``). The reader never
    /// raises it; the error's detail gives LibreOffice's own last words or its exit status.
    static let conversionFailed = XLSXError.Kind(rawValue: "conversion-failed")
}
