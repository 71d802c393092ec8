import Foundation

/// The name a file is stored under: never the upload's name as a path. The basename only (a folder upload's
/// relative path and a zip entry's folders dropped), no separators, no `..`, no control characters, NFC,
/// at most ``maxLength`` bytes, behind a numeric prefix that makes it unique in its round. The unit's name and
/// version words (第2版) stay in it: the CLI reads file names for duplicates and for naming unreadable files.
///
/// ```swift
/// StoredName.basename(of: "回收/黄埔区/../../x.xlsx")    // "x.xlsx"
/// StoredName.make(number: 7, from: "黄埔区（第2版）.xlsx")  // "007-黄埔区（第2版）.xlsx"
/// ```
enum StoredName {
    /// The longest stored name in UTF-8 bytes, prefix included (file systems allow 255).
    static let maxLength = 180

    /// The last path component of an uploaded name, whichever slash it uses; "" when there is none.
    static func basename(of name: String) -> String {
        let unified = name.replacingOccurrences(of: "\\", with: "/")
        return unified.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? ""
    }

    /// The name cleaned for the file system: NFC, control and separator characters gone, no leading dots,
    /// cut to length keeping the extension. "upload" when nothing is left.
    static func sanitised(_ name: String) -> String {
        let base = basename(of: name).precomposedStringWithCanonicalMapping
        var kept = String.UnicodeScalarView()
        for scalar in base.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                || scalar == "/" || scalar == "\\" || scalar == ":" || scalar.value == 0 {
                continue
            }
            kept.append(scalar)
        }
        var cleaned = String(kept).trimmingCharacters(in: .whitespaces)
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        if cleaned.isEmpty { return "upload" }
        return cut(cleaned, to: maxLength - 5)
    }

    /// `NNN-name`: the number three digits or more, then the sanitised name.
    static func make(number: Int, from name: String) -> String {
        String(format: "%03d-", number) + sanitised(name)
    }

    /// The number a stored name starts with.
    static func number(of stored: String) -> Int? {
        guard let dash = stored.firstIndex(of: "-") else { return nil }
        return Int(stored[..<dash])
    }

    /// The name a stored file was uploaded as, from its path: the basename without the number.
    ///
    /// ```swift
    /// StoredName.displayPart(of: "files/007-黄埔区.xlsx")   // "黄埔区.xlsx"
    /// ```
    static func displayPart(of path: String) -> String {
        let base = basename(of: path)
        guard number(of: base) != nil, let dash = base.firstIndex(of: "-") else { return base }
        return String(base[base.index(after: dash)...])
    }

    /// Cuts a name to `limit` UTF-8 bytes, on a character boundary, keeping its extension.
    private static func cut(_ name: String, to limit: Int) -> String {
        guard name.utf8.count > limit else { return name }
        let ext = (name as NSString).pathExtension
        let suffix = ext.isEmpty || ext.utf8.count > 10 ? "" : "." + ext
        var stem = suffix.isEmpty ? name : String(name.dropLast(suffix.count))
        while stem.utf8.count + suffix.utf8.count > limit { stem.removeLast() }
        return stem + suffix
    }
}
