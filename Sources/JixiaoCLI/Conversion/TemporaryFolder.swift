import Foundation

/// A private folder (mode 0700, a new random name under `$TMPDIR`, else `/tmp`) for one conversion, removed
/// with everything in it by ``remove()``.
///
/// ```swift
/// guard let folder = TemporaryFolder(prefix: "jixiao-convert-") else { … }
/// defer { folder.remove() }
/// let copy = folder.path + "/input.xls"
/// ```
struct TemporaryFolder: Sendable {
    let path: String

    /// Makes the folder; nil when it cannot be made (no room, no permission).
    init?(prefix: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/" + prefix + "XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ buffer in buffer.baseAddress.flatMap(mkdtemp) }) else { return nil }
        path = String(cString: made)
    }

    /// Removes the folder and what is in it (a killed LibreOffice may leave its profile half-written).
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
