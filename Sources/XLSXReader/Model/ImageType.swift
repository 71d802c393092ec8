/// The kind of an image, told from its first bytes (a file's name or content type can be wrong).
///
/// ```swift
/// ImageType(magic: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])   // .png
/// ImageType(magic: [0xFF, 0xD8, 0xFF, 0xE0])                           // .jpeg
/// ```
public enum ImageType: String, Sendable, Hashable {
    case png, jpeg, gif, bmp
    /// Anything else (EMF, WMF, TIFF, SVG, damaged bytes).
    case other

    public init(magic bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(8))
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if head.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if head.starts(with: Array("GIF87a".utf8)) || head.starts(with: Array("GIF89a".utf8)) {
            self = .gif
        } else if head.starts(with: Array("BM".utf8)) {
            self = .bmp
        } else {
            self = .other
        }
    }
}
