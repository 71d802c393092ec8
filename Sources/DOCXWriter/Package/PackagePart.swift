/// One part of the package: its name inside the zip and its bytes (UTF-8 XML).
///
/// ```swift
/// let part = PackagePart(name: "word/styles.xml", text: StylesPart.xml)
/// ```
struct PackagePart: Sendable, Hashable {
    var name: String
    var bytes: [UInt8]

    init(name: String, text: String) {
        self.name = name
        self.bytes = Array(text.utf8)
    }
}
