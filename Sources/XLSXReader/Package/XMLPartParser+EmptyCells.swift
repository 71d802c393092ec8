import OOXMLPackage

extension OOXMLPackage.XMLPartParser {
    /// Parses a worksheet part, dropping its empty styled cells before XMLParser sees them when
    /// `filtersEmptyCells` (``EmptyCellFilter``).
    ///
    /// ```swift
    /// try XMLPartParser.parse(part, in: archive, delegate: parser, filtersEmptyCells: true)
    /// ```
    static func parse<Delegate: PartDelegate>(_ part: String, in archive: OOXMLPackage.ZipArchive<Delegate.Failure>,
                                              delegate: Delegate, filtersEmptyCells: Bool) throws(Delegate.Failure) {
        try parse(part, in: archive, delegate: delegate, byteFilter: filtersEmptyCells ? EmptyCellFilter() : nil)
    }
}
