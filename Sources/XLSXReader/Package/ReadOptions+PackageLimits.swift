import OOXMLPackage

extension ReadOptions {
    /// The caps of these options that every package part is read under.
    ///
    /// ```swift
    /// let archive = try ZipArchive(path: path, limits: ReadOptions().packageLimits)
    /// ```
    var packageLimits: PackageLimits {
        var limits = PackageLimits()
        limits.maxEntrySize = maxEntrySize
        limits.maxCompressionRatio = maxCompressionRatio
        limits.ratioCheckThreshold = ratioCheckThreshold
        limits.timeLimit = timeLimit
        return limits
    }
}
