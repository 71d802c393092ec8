/// What a ``PartCache`` finds a parsed part by: the part's entry as stored (``StoredZipEntry``) and, where the
/// meaning depends on it, the part's folder (a relationship part's targets are resolved against it).
///
/// Not nested in the generic cache, so that it, and the dictionary keyed by it, are one type whatever the value.
///
/// ```swift
/// let key = PartCacheKey(context: "xl", entry: stored)
/// ```
package struct PartCacheKey: Hashable, Sendable {
    package var context: String
    package var entry: StoredZipEntry

    package init(context: String, entry: StoredZipEntry) {
        self.context = context
        self.entry = entry
    }
}
