import CXlsxWriter

/// Cell comments.
extension WorksheetWriter {
    /// Adds a comment (note) to a cell; a second comment on the same cell replaces the first.
    /// - Throws: `.textTooLong` over 32,767 characters (or an author over 255), `.forbiddenCharacter` for control
    ///   characters other than tab and line breaks (libxlsxwriter writes them raw), `.invalidDimension` for a
    ///   box size outside 1–65,535 pixels, `.cellOutOfRange`.
    ///
    /// ```swift
    /// try sheet.addComment("与上年决算不一致", row: 4, column: 2, options: CommentOptions(author: "jixiao"))
    /// ```
    public func addComment(_ text: String, row: Int, column: Int,
                           options: CommentOptions = CommentOptions()) throws(XLSXWriterError) {
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            try TextRules.check(text, label: "comment text", maxLength: ExcelLimits.cellTextLength, placement: .multiline)
            if let author = options.author {
                try TextRules.check(author, label: "comment author", maxLength: ExcelLimits.commentAuthorLength,
                                    placement: .singleLine)
            }
            let sizes = try [options.width, options.height].map { size throws(XLSXWriterError) -> UInt16 in
                guard let size else { return 0 }
                guard size >= 1, size <= Int(UInt16.max) else {
                    throw XLSXWriterError(.invalidDimension, detail: "comment box size \(size) is outside 1–65535 pixels")
                }
                return UInt16(size)
            }
            let texts = CStringList()
            var library = lxw_comment_options()
            library.author = texts.copy(options.author)
            library.width = sizes[0]
            library.height = sizes[1]
            if let isVisible = options.isVisible {
                let display = isVisible ? LXW_COMMENT_DISPLAY_VISIBLE : LXW_COMMENT_DISPLAY_HIDDEN
                library.visible = UInt8(display.rawValue)
            }
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_write_comment_opt(cell.sheet, cell.row, cell.column, text, &library)
            }
            withExtendedLifetime(texts) {}
        }
    }
}
