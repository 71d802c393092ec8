import OOXMLPackage

extension OOXMLPackage.ZipArchive where Failure == XLSXError {
    /// Opens a workbook package under the caps of `options`.
    ///
    /// ```swift
    /// let archive = try ZipArchive(path: path, options: ReadOptions())
    /// ```
    convenience init(path: String, options: ReadOptions, whole: FileSignature.WholeFile? = nil) throws(XLSXError) {
        try self.init(path: path, limits: options.packageLimits, whole: whole)
    }
}
