import CXlsxWriter

/// Pictures.
extension WorksheetWriter {
    /// Places a picture (PNG, JPEG, GIF or BMP bytes) with its top-left corner in a cell. libxlsxwriter copies
    /// the bytes at once; each call adds a picture.
    /// - Throws: `.invalidPicture` for bytes that are not a PNG, JPEG, GIF or BMP with a width and height, a
    ///   negative or huge offset, or a scale or size that is not a positive finite number (at most 10,000 times
    ///   or 100,000 pixels); `.textTooLong` for alt text over 32,767 characters, `.forbiddenCharacter`,
    ///   `.cellOutOfRange`.
    ///
    /// ```swift
    /// let logo = [UInt8](try Data(contentsOf: logoURL))
    /// try sheet.insertPicture(logo, row: 0, column: 5,
    ///                         options: PictureOptions(size: .pixels(width: 96, height: 48), description: "单位标志"))
    /// ```
    public func insertPicture(_ bytes: [UInt8], row: Int, column: Int,
                              options: PictureOptions = PictureOptions()) throws(XLSXWriterError) {
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            let header = try ImageHeader(bytes)
            let offsets = 0...Self.largestPictureOffset
            guard offsets.contains(options.xOffset), offsets.contains(options.yOffset) else {
                throw XLSXWriterError(.invalidPicture,
                                      detail: "picture offset \(options.xOffset), \(options.yOffset) is outside 0–\(Self.largestPictureOffset) pixels")
            }
            let scale: (x: Double, y: Double)
            switch options.size {
            case .scale(let x, let y):
                scale = (x, y)
            case .pixels(let width, let height):
                guard width.isFinite, height.isFinite, width > 0, height > 0, width <= 100_000, height <= 100_000 else {
                    throw XLSXWriterError(.invalidPicture, detail: "picture size \(width) × \(height) is outside 0–100000 pixels")
                }
                scale = (width / header.displayedWidth, height / header.displayedHeight)
            }
            for value in [scale.x, scale.y] where !(value.isFinite && value > 0 && value <= 10_000) {
                throw XLSXWriterError(.invalidPicture, detail: "picture scale \(value) is not a positive number up to 10000")
            }
            if let description = options.description {
                try TextRules.check(description, label: "picture description", maxLength: ExcelLimits.cellTextLength,
                                    placement: .multiline)
            }
            let texts = CStringList()
            var library = lxw_image_options()
            library.x_offset = Int32(options.xOffset)
            library.y_offset = Int32(options.yOffset)
            library.x_scale = scale.x
            library.y_scale = scale.y
            if let positioning = options.positioning {
                let position = switch positioning {
                case .moveAndSize: LXW_OBJECT_MOVE_AND_SIZE
                case .moveOnly: LXW_OBJECT_MOVE_DONT_SIZE
                case .fixed: LXW_OBJECT_DONT_MOVE_DONT_SIZE
                }
                library.object_position = UInt8(position.rawValue)
            }
            // Without a description the library would write its own ("image_buffer"); "" writes none.
            library.description = texts.copy(options.description ?? "")
            library.decorative = options.isDecorative ? 1 : 0
            try workbook.call(sheet: nil, cell: nil) {
                bytes.withUnsafeBufferPointer { buffer in
                    worksheet_insert_image_buffer_opt(cell.sheet, cell.row, cell.column, buffer.baseAddress,
                                                      buffer.count, &library)
                }
            }
            withExtendedLifetime(texts) {}
        }
    }

    /// The largest offset into the anchor cell, in pixels (libxlsxwriter keeps offsets as `int32_t` and works
    /// them out in EMU, 9,525 to the pixel).
    static let largestPictureOffset = Int(Int32.max) / 9525
}
