/// Limits that keep a hostile or broken file from exhausting memory or time.
///
/// Zero-cost defaults suit any real 自评表 and most workbooks; a bulk run may tighten them.
///
/// ```swift
/// var options = ReadOptions()
/// options.maxEntrySize = 64 << 20   // refuse parts that inflate past 64 MiB
/// let workbook = try Workbook(contentsOf: url, options: options)
/// ```
public struct ReadOptions: Sendable, Hashable {
    /// The most bytes one zip entry may inflate to, declared or actual. Default 256 MiB.
    public var maxEntrySize: UInt64 = 256 << 20
    /// The most an entry may inflate relative to its compressed size, once it is past
    /// ``ratioCheckThreshold`` bytes. Sheet XML compresses 10–30×; bombs compress 1000× and more.
    public var maxCompressionRatio: UInt64 = 1000
    /// Below this many inflated bytes the ratio is not checked (tiny parts compress extremely well).
    public var ratioCheckThreshold: UInt64 = 1 << 20
    /// The largest file accepted, in bytes, before anything is inflated. Default 1 GiB.
    public var maxFileSize: UInt64 = 1 << 30
    /// How long reading one workbook may take, from opening it to its last cell; nil for no limit.
    /// Checked each time a chunk is inflated, so even a pathological part stops soon after the limit.
    public var timeLimit: Duration?
    /// Keep the styled cells that hold nothing (`<c r="B7" s="3"/>`, a bordered blank) on ``Sheet/styledBlanks``.
    /// Off by default: the reader skips them before parsing, which is most of a form's elements. A program that
    /// writes the workbook out again (XLSXCopy) needs them.
    public var keepsStyledBlanks = false
    /// List the package's parts with their content types and owning sheets on ``Workbook/packageParts``, and read
    /// the custom document properties onto ``Workbook/customProperties``. Off by default: it reads
    /// `[Content_Types].xml`, each sheet's relationships and `docProps/custom.xml`, which only a copier needs.
    public var listsPackageParts = false
    /// Keep the runs of rich text (a cell's text in pieces with their own fonts, ``TextRun``) on
    /// ``Sheet/richTexts``. Off by default: the cell's text is all that checking a form needs, and keeping runs
    /// reads every run's font. A program that writes the workbook out again needs them.
    public var keepsRichText = false

    public init() {}

    /// What a program that writes the workbook out again needs: styled blanks and rich text kept, parts listed.
    ///
    /// ```swift
    /// let workbook = try Workbook(contentsOf: url, options: .copying)
    /// workbook.sheets[0].styledBlanks.count   // the bordered empty cells
    /// ```
    public static var copying: ReadOptions {
        var options = ReadOptions()
        options.keepsStyledBlanks = true
        options.listsPackageParts = true
        options.keepsRichText = true
        return options
    }
}
