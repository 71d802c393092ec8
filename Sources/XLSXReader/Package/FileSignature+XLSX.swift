import OOXMLPackage

extension OOXMLPackage.FileSignature {
    /// ``check(path:maxFileSize:wholeReadLimit:as:)`` for a workbook: the refusal is an `XLSXError`.
    ///
    /// ```swift
    /// let whole = try FileSignature.check(path: path, maxFileSize: options.maxFileSize)
    /// ```
    static func check(path: String, maxFileSize: UInt64,
                      wholeReadLimit: Int = FileSignature.wholeReadLimit) throws(XLSXError) -> WholeFile? {
        try check(path: path, maxFileSize: maxFileSize, wholeReadLimit: wholeReadLimit, as: XLSXError.self)
    }
}
