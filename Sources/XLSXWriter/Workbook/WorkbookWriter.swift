import AtomicFiles
import CXlsxWriter
import Foundation

/// A workbook being written: a safe owner of libxlsxwriter's `lxw_workbook`.
///
/// Make one for a destination, add worksheets, write through their ``WorksheetWriter``s, then ``close()``.
/// Output is atomic: libxlsxwriter writes a hidden temporary file beside the destination, which replaces the
/// destination only after `workbook_close` succeeded; on any failure, and when the writer is released without
/// `close()` (its worksheet writers hold it too), nothing is written and the destination is untouched. An
/// existing destination is refused unless ``WorkbookOptions/overwrite`` is set.
///
/// Every input is checked before it reaches the C library (see ``XLSXWriterError/Kind``), so no input makes
/// libxlsxwriter 1.1.4 write a corrupt file or abort the process; after `close()` every call throws
/// `.workbookClosed`. Not `Sendable`: it owns C pointers. Make, fill and close it inside one task.
///
/// ```swift
/// let workbook = try WorkbookWriter(writingTo: URL(fileURLWithPath: "汇总.xlsx"))
/// let sheet = try workbook.addWorksheet(named: "汇总")
/// try sheet.writeText("预算数", row: 4, column: 1)
/// try sheet.writeNumber(Decimal(string: "1505.02")!, row: 4, column: 2,
///                       style: CellStyle(numberFormat: "#,##0.00"))
/// try sheet.writeFormula("C6/C5", cachedNumber: 0.978366, row: 6, column: 2,
///                        style: CellStyle(numberFormat: "0.0%"))
/// try workbook.close()
/// ```
public final class WorkbookWriter {
    /// The file the workbook becomes when ``close()`` succeeds.
    public let destination: URL
    public let options: WorkbookOptions

    /// The library's workbook; nil once closed (its formats and worksheets are freed by `workbook_close`).
    private(set) var handle: UnsafeMutablePointer<lxw_workbook>?
    private let output: AtomicOutput
    /// `lxw_workbook_options.tmpdir` is kept by pointer, so it must live until the workbook is closed or freed.
    private var temporaryDirectoryText: UnsafeMutablePointer<CChar>?
    let locale = CNumericLocale()
    var formats = FormatCache()
    var sheets: [SheetRecord] = []
    /// Defined names already made, as `scope!name` folded for comparison.
    private var definedNames: Set<String> = []

    /// Starts a workbook that will be written to `destination`.
    /// - Parameters:
    ///   - destination: the `.xlsx` file to create; its folder must exist.
    ///   - options: overwrite, constant-memory mode, temporary folder.
    /// - Throws: `.destinationExists` (unless `options.overwrite`), `.destinationUnusable`, `.outOfMemory`.
    public init(writingTo destination: URL, options: WorkbookOptions = WorkbookOptions()) throws(XLSXWriterError) {
        let output: AtomicOutput
        do throws(AtomicOutputError) {
            output = try AtomicOutput.prepare(destination: destination, overwrite: options.overwrite)
        } catch {
            throw XLSXWriterError(output: error)
        }
        let temporaryDirectory = options.temporaryDirectory ?? FileManager.default.temporaryDirectory
        let temporaryDirectoryText = strdup(temporaryDirectory.path)
        var libraryOptions = lxw_workbook_options()
        libraryOptions.constant_memory = options.constantMemory ? 1 : 0
        libraryOptions.use_zip64 = options.useZip64 ? 1 : 0
        libraryOptions.tmpdir = temporaryDirectoryText
        guard let handle = workbook_new_opt(output.temporaryFile.path, &libraryOptions) else {
            free(temporaryDirectoryText)
            throw XLSXWriterError(.outOfMemory, detail: "workbook_new_opt returned no workbook")
        }
        self.output = output
        self.destination = output.destination
        self.options = options
        self.handle = handle
        self.temporaryDirectoryText = temporaryDirectoryText
    }

    deinit {
        // Dropped without close(): free everything, write nothing.
        if let handle {
            lxw_workbook_free(handle)
            output.discard()
        }
        free(temporaryDirectoryText)
    }

    /// Whether ``close()`` has been called (successfully or not).
    public var isClosed: Bool { handle == nil }

    /// The sheet names in order.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Adds a worksheet at the end.
    /// - Parameter name: 1–31 characters, none of `[ ] : * ? / \`, no apostrophe at either end, not `History`,
    ///   unique ignoring case.
    /// - Returns: the sheet's writer.
    /// - Throws: `.invalidSheetName`, `.duplicateSheetName`, `.workbookClosed`.
    ///
    /// ```swift
    /// let summary = try workbook.addWorksheet(named: "2021年汇总")
    /// ```
    @discardableResult
    public func addWorksheet(named name: String) throws(XLSXWriterError) -> WorksheetWriter {
        let handle = try openHandle()
        try SheetNameRules.check(name, existing: sheetNames)
        // In constant-memory mode each sheet gets a temporary file, whose failure libxlsxwriter prints.
        let (added, systemCode) = LibraryMessages.quietly { () -> (UnsafeMutablePointer<lxw_worksheet>?, Int32) in
            errno = 0
            let pointer = workbook_add_worksheet(handle, name)
            return (pointer, errno)
        }
        guard let pointer = added else {
            let code = workbook_validate_sheet_name(handle, name)
            if code != LXW_NO_ERROR { throw XLSXWriterError(library: code, sheet: name) }
            if options.constantMemory, systemCode != 0 {
                throw XLSXWriterError(.temporaryFile, sheet: name,
                                      detail: "the sheet's temporary file: \(AtomicOutput.systemMessage(systemCode))",
                                      systemCode: systemCode)
            }
            throw XLSXWriterError(.outOfMemory, sheet: name, detail: "workbook_add_worksheet returned no sheet")
        }
        sheets.append(SheetRecord(name: name, pointer: pointer))
        return WorksheetWriter(workbook: self, index: sheets.count - 1)
    }

    /// The writer of the sheet with this name (compared ignoring case, as Excel does), if any.
    public func worksheet(named name: String) -> WorksheetWriter? {
        let folded = SheetNameRules.foldedForComparison(name)
        guard let index = sheets.firstIndex(where: { SheetNameRules.foldedForComparison($0.name) == folded }) else {
            return nil
        }
        return WorksheetWriter(workbook: self, index: index)
    }

    /// Sets the document properties.
    /// - Throws: `.forbiddenCharacter` for control characters, `.workbookClosed`.
    ///
    /// ```swift
    /// try workbook.setProperties(DocumentProperties(title: "绩效自评汇总", author: "jixiao"))
    /// ```
    public func setProperties(_ properties: DocumentProperties) throws(XLSXWriterError) {
        let handle = try openHandle()
        for (label, text) in properties.labelledTexts {
            try TextRules.check(text, label: "document \(label)", maxLength: nil, placement: .multiline)
        }
        let texts = CStringList()
        var library = lxw_doc_properties()
        library.title = texts.copy(properties.title)
        library.subject = texts.copy(properties.subject)
        library.author = texts.copy(properties.author)
        library.manager = texts.copy(properties.manager)
        library.company = texts.copy(properties.company)
        library.category = texts.copy(properties.category)
        library.keywords = texts.copy(properties.keywords)
        library.comments = texts.copy(properties.comments)
        library.status = texts.copy(properties.status)
        if let created = properties.created {
            library.created = time_t(created.timeIntervalSince1970.rounded(.down))
        }
        // libxlsxwriter copies the strings; `texts` frees its copies when it goes out of scope.
        try call(sheet: nil, cell: nil) { workbook_set_properties(handle, &library) }
        withExtendedLifetime(texts) {}
        for (name, value) in properties.custom.sorted(by: { $0.key < $1.key }) {
            // Excel keeps names up to 255 characters; libxlsxwriter refuses longer ones with a code.
            try TextRules.check(name, label: "custom property name", maxLength: 255, placement: .singleLine)
            try TextRules.check(value, label: "custom property \(name)", maxLength: 255, placement: .multiline)
            try call(sheet: nil, cell: nil) { workbook_set_custom_property_string(handle, name, value) }
        }
    }

    /// Defines a name for a cell, range or value, usable in formulas; CJK names work.
    /// - Parameters:
    ///   - name: Excel's name rules apply (letters, digits, `_`, `.`; not a cell reference such as `A1` or `R1C1`).
    ///   - formula: what the name refers to, such as `=汇总!$C$5` or `=0.96`.
    ///   - sheet: the sheet the name is local to, or nil for a workbook-wide name.
    /// - Throws: `.invalidDefinedName` (also for a name defined twice in one scope), `.invalidFormula`,
    ///   `.sheetNotFound`, `.workbookClosed`.
    ///
    /// ```swift
    /// try workbook.defineName("预算总额", refersTo: "='汇总'!$C$5")
    /// ```
    public func defineName(_ name: String, refersTo formula: String, sheet: String? = nil) throws(XLSXWriterError) {
        let handle = try openHandle()
        try DefinedNameRules.check(name)
        try FormulaRules.check(formula, label: "defined name formula")
        var scope = ""
        var qualifiedName = name
        if let sheet {
            guard let record = worksheet(named: sheet) else {
                throw XLSXWriterError(.sheetNotFound, sheet: sheet, detail: "scope of defined name '\(name)'")
            }
            scope = SheetNameRules.foldedForComparison(record.name)
            qualifiedName = SheetNameRules.quoted(record.name) + "!" + name
        }
        let key = scope + "!" + name.lowercased()
        guard !definedNames.contains(key) else {
            throw XLSXWriterError(.invalidDefinedName, sheet: sheet, detail: "'\(name)' is already defined")
        }
        try call(sheet: sheet, cell: nil) { workbook_define_name(handle, qualifiedName, formula) }
        definedNames.insert(key)
    }

    /// Writes the workbook and moves it to ``destination``.
    ///
    /// After this call, successful or not, the workbook is closed: every further call throws `.workbookClosed`.
    /// - Throws: libxlsxwriter's failures (`.outputFile`, `.temporaryFile`, `.zip`...), `.destinationExists` when
    ///   a file appeared at the destination meanwhile (without overwrite), `.fileSystem` when moving fails. In
    ///   every failure case the temporary file is removed and the destination is as it was.
    public func close() throws(XLSXWriterError) {
        let handle = try openHandle()
        self.handle = nil
        formats.removeAll()
        // libxlsxwriter prints its failure and returns a code; the system's reason is left in errno.
        let (result, systemCode) = LibraryMessages.quietly {
            locale.run { () -> (lxw_error, Int32) in
                errno = 0
                let result = workbook_close(handle)
                return (result, errno)
            }
        }
        free(temporaryDirectoryText)
        temporaryDirectoryText = nil
        guard result == LXW_NO_ERROR else {
            output.discard()
            var error = XLSXWriterError(library: result)
            if systemCode != 0 { error.systemCode = systemCode }
            throw error
        }
        do throws(AtomicOutputError) {
            try output.commit()
        } catch {
            throw XLSXWriterError(output: error)
        }
    }

    // MARK: - Shared by the worksheet writers

    /// The open library handle.
    /// - Throws: `.workbookClosed` after ``close()``.
    func openHandle() throws(XLSXWriterError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else {
            throw XLSXWriterError(.workbookClosed, detail: "the workbook for \(destination.lastPathComponent) is closed")
        }
        return handle
    }

    /// The format for `style` (nil for the default format).
    func format(for style: CellStyle?) throws(XLSXWriterError) -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        let handle = try openHandle()
        return try formats.format(for: style, in: handle)
    }

    /// Runs one libxlsxwriter call under the C numeric locale and turns a failure into an error.
    func call(sheet: String?, cell: String?, _ body: () -> lxw_error) throws(XLSXWriterError) {
        let result = locale.run(body)
        guard result != LXW_NO_ERROR else { return }
        var error = XLSXWriterError(library: result, sheet: sheet, cell: cell)
        if options.constantMemory, result == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE {
            // The bounds were checked before the call, so in this mode the row was already written out.
            error.kind = .rowAlreadyWritten
            error.detail = "constant-memory mode writes rows in order; this row was already written out"
        }
        throw error
    }
}

