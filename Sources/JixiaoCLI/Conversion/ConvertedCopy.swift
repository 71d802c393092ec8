/// An old workbook as LibreOffice saved it for reading (``LegacyConverter``): the `.xlsx` in its private
/// temporary folder, and the format it was converted from, which the report names.
///
/// ```swift
/// let copy = ConvertedCopy(path: "/tmp/jixiao-convert-a1B2c3/input.xlsx", format: "xls")
/// validator.validateForms(fileAt: URL(fileURLWithPath: copy.path), path: "回收表格/黄埔区.xls")
/// ```
struct ConvertedCopy: Sendable, Equatable {
    /// The converted `.xlsx`, removed when the conversion's folder is.
    var path: String
    /// What the file was before: `xls`, or `et` for a file WPS named so (the same format, BIFF8 in OLE2).
    var format: String
}
