import CXlsxWriter

/// The one place where libxlsxwriter's `lxw_error` codes become ``XLSXWriterError`` kinds.
extension XLSXWriterError {
    /// The kind for each `lxw_error` code of libxlsxwriter 1.1.4, from `LXW_ERROR_MEMORY_MALLOC_FAILED` (1) to
    /// `LXW_ERROR_IMAGE_DIMENSIONS` (26). A unit test fails when a code below `LXW_MAX_ERRNO` is missing here.
    static let kindByLibraryCode: [UInt32: Kind] = [
        LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue: .outOfMemory,
        LXW_ERROR_CREATING_XLSX_FILE.rawValue: .outputFile,
        LXW_ERROR_CREATING_TMPFILE.rawValue: .temporaryFile,
        LXW_ERROR_READING_TMPFILE.rawValue: .temporaryFile,
        LXW_ERROR_ZIP_FILE_OPERATION.rawValue: .zip,
        LXW_ERROR_ZIP_PARAMETER_ERROR.rawValue: .zip,
        LXW_ERROR_ZIP_BAD_ZIP_FILE.rawValue: .zip,
        LXW_ERROR_ZIP_INTERNAL_ERROR.rawValue: .zip,
        LXW_ERROR_ZIP_FILE_ADD.rawValue: .zip,
        LXW_ERROR_ZIP_CLOSE.rawValue: .zip,
        LXW_ERROR_FEATURE_NOT_SUPPORTED.rawValue: .unsupported,
        LXW_ERROR_NULL_PARAMETER_IGNORED.rawValue: .invalidArgument,
        LXW_ERROR_PARAMETER_VALIDATION.rawValue: .invalidArgument,
        LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED.rawValue: .invalidSheetName,
        LXW_ERROR_INVALID_SHEETNAME_CHARACTER.rawValue: .invalidSheetName,
        LXW_ERROR_SHEETNAME_START_END_APOSTROPHE.rawValue: .invalidSheetName,
        LXW_ERROR_SHEETNAME_ALREADY_USED.rawValue: .duplicateSheetName,
        LXW_ERROR_32_STRING_LENGTH_EXCEEDED.rawValue: .textTooLong,
        LXW_ERROR_128_STRING_LENGTH_EXCEEDED.rawValue: .textTooLong,
        LXW_ERROR_255_STRING_LENGTH_EXCEEDED.rawValue: .textTooLong,
        LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED.rawValue: .textTooLong,
        LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND.rawValue: .internalError,
        LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE.rawValue: .cellOutOfRange,
        LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED.rawValue: .invalidHyperlink,
        LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED.rawValue: .tooManyHyperlinks,
        LXW_ERROR_IMAGE_DIMENSIONS.rawValue: .unsupported,
    ]

    /// libxlsxwriter's own text for a code, from `lxw_strerror`.
    static func libraryMessage(_ code: lxw_error) -> String {
        guard let text = lxw_strerror(code) else { return "lxw_error \(code.rawValue)" }
        return String(cString: text)
    }

    /// An error for a failed libxlsxwriter call: the mapped kind, the library's text as detail, and the code.
    init(library code: lxw_error, sheet: String? = nil, cell: String? = nil) {
        self.init(XLSXWriterError.kindByLibraryCode[code.rawValue] ?? .internalError,
                  sheet: sheet, cell: cell, detail: XLSXWriterError.libraryMessage(code),
                  libraryCode: Int(code.rawValue))
    }
}
