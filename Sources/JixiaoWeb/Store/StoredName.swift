import Foundation

/// The name a file is stored under: never the upload's name as a path. The basename only (a folder upload's
/// relative path and a zip entry's folders dropped), no separators, no `..`, no control characters, NFC,
/// at most ``maxLength`` bytes; otherwise the name as uploaded, so that the CLI, which checks the stored files,
/// names them as the officer does (its messages and the summary quote file names, and read version words such
/// as 第2版 in them). A name already taken in the folder gets ` (2)`, ` (3)` … before its extension.
///
/// ```swift
/// StoredName.basename(of: "回收/黄埔区/../../x.xlsx")                        // "x.xlsx"
/// StoredName.make(from: "黄埔区（第2版）.xlsx") { _ in false }              // "黄埔区（第2版）.xlsx"
/// StoredName.make(from: "自评表.xlsx") { $0 == "自评表.xlsx" }             // "自评表 (2).xlsx"
/// ```
enum StoredName {
    /// The longest stored name in UTF-8 bytes, prefix included (file systems allow 255).
    static let maxLength = 180

    /// The last path component of an uploaded name, whichever slash it uses; "" when there is none.
    static func basename(of name: String) -> String {
        name.split(omittingEmptySubsequences: true) { $0 == "/" || $0 == "\\" }.last.map(String.init) ?? ""
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

    /// The sanitised name, made unique where `taken` says a name is in use: ` (2)`, ` (3)` … before the
    /// extension.
    static func make(from name: String, taken: (String) -> Bool) -> String {
        let clean = sanitised(name)
        guard taken(clean) else { return clean }
        let ext = (clean as NSString).pathExtension
        let dotted = ext.isEmpty ? "" : "." + ext
        let stem = ext.isEmpty ? clean : String(clean.dropLast(ext.count + 1))
        var copy = 2
        while true {
            // The stem gives way to the copy number, which is never cut.
            let number = " (\(copy))"
            var base = stem
            while base.utf8.count + number.utf8.count + dotted.utf8.count > maxLength { base.removeLast() }
            let candidate = base + number + dotted
            if !taken(candidate) { return candidate }
            copy += 1
        }
    }

    /// The name a replaced file keeps under `replaced/`: its number first, so that every earlier version of
    /// one name is kept.
    static func retired(_ stored: String, number: Int) -> String {
        String(format: "%03d-", number) + stored
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
