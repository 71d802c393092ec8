import Foundation

/// A file's device and inode: two paths name the same file, through a symbolic link or a hard link, exactly
/// when their identities are equal.
///
/// ```swift
/// FileIdentity(path: "t/huangpu-2021.xlsx") == FileIdentity(path: "link-to-huangpu.xlsx")   // true
/// ```
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    /// The identity of what `path` leads to (a final symbolic link followed); nil when nothing is there.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
