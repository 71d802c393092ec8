import Foundation

/// File names for notices that every system accepts and that cannot collide: a unit's name comes from a form
/// someone else filled, and may hold `/`, `..`, control characters, a reserved Windows name or 200 characters.
///
/// ```swift
/// NoticeFileName.stem("../教育局", suffix: "-退回意见", fallback: "未命名单位")   // "_教育局-退回意见"
/// NoticeFileName.stem("a/b:c", suffix: "-退回意见", fallback: "未命名单位")      // "a_b_c-退回意见"
/// NoticeFileName.unique(["教育局-退回意见", "教育局-退回意见"], reserved: [])    // […, "教育局-退回意见-2"]
/// ```
enum NoticeFileName {
    /// The most characters of a stem, and the most UTF-8 bytes (with `-99` and `.docx` under the file systems'
    /// 255: 80 CJK characters are 240 bytes).
    static let characterLimit = 80
    static let byteLimit = 240

    /// Characters no file name may hold on Windows (and `/` nowhere).
    private static let forbidden: Set<Unicode.Scalar> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
    /// Windows' reserved device names, which no file may take whatever its extension.
    private static let reserved: Set<String> = Set(["CON", "PRN", "AUX", "NUL"]
        + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] } + ["COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"])

    /// `name` made safe, followed by `suffix`: forbidden characters and control characters become `_`, invisible
    /// format characters (U+202E and the like) are dropped, leading dots, spaces and hyphens and trailing dots and
    /// spaces are removed, the name is cut to fit ``characterLimit`` and ``byteLimit`` with the suffix, and a
    /// stem that Windows would read as a device (`CON`, `LPT1.x`) gets a leading `_`. A name with nothing left
    /// becomes `fallback`.
    static func stem(_ name: String, suffix: String, fallback: String) -> String {
        var cleaned = String.UnicodeScalarView()
        for scalar in name.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars {
            switch scalar.properties.generalCategory {
            case .format: continue
            case .control, .lineSeparator, .paragraphSeparator: cleaned.append("_")
            default: cleaned.append(forbidden.contains(scalar) ? "_" : scalar)
            }
        }
        var base = trimmed(String(cleaned))
        if base.isEmpty { base = trimmed(fallback) }
        var cut = ""
        for character in base {
            guard cut.count + 1 + suffix.count <= characterLimit,
                  cut.utf8.count + character.utf8.count + suffix.utf8.count <= byteLimit else { break }
            cut.append(character)
        }
        var stem = trimmed(cut) + suffix
        var device = stem.prefix { $0 != "." }
        while device.last == " " { device = device.dropLast() }
        if reserved.contains(device.uppercased()) { stem = "_" + stem }
        return stem
    }

    /// `stems` with each repeat given `-2`, `-3` … so that no two are the same file, nor any of `reserved`, on
    /// a file system that ignores case or composes characters (Windows, macOS).
    static func unique(_ stems: [String], reserved: [String]) -> [String] {
        func key(_ stem: String) -> String { stem.precomposedStringWithCanonicalMapping.lowercased() }
        var taken = Set(reserved.map(key))
        return stems.map { stem in
            var candidate = stem
            var number = 2
            while taken.contains(key(candidate)) {
                candidate = "\(stem)-\(number)"
                number += 1
            }
            taken.insert(key(candidate))
            return candidate
        }
    }

    /// Without leading dots, spaces and hyphens or trailing dots and spaces.
    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let first = text.first, first == "." || first == "-" || first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last == "." || last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
