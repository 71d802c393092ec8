import Foundation

/// A cell's number format: its id and code, and what the code means for reading the value
/// (a date, a percentage, text, how many decimals are shown).
///
/// Built-in ids carry the fixed codes of ECMA-376 §18.8.30; the CJK date ids 27–36 and 50–58, whose codes
/// depend on the locale, are given their zh-CN codes.
///
/// ```swift
/// let rate = NumberFormat(id: 164, customCode: "0.0%")
/// rate.isPercent       // true
/// rate.decimalPlaces   // 1
/// NumberFormat(builtInID: 14).isDate   // true
/// ```
public struct NumberFormat: Hashable, Sendable, CustomStringConvertible {
    /// Shared storage: every cell with the same style points at one instance.
    private final class Storage: Sendable {
        let id: Int
        let code: String?
        let isDate: Bool
        let isPercent: Bool
        let isText: Bool
        let decimalPlaces: Int?
        let usesThousandsSeparator: Bool

        init(id: Int, code: String?, isDate: Bool) {
            self.id = id
            let general = code.map { $0.trimmingCharacters(in: .whitespaces).lowercased() == "general" } ?? true
            self.code = general ? nil : code
            self.isDate = isDate
            let section = general ? "" : NumberFormat.visibleText(ofFirstSectionOf: code ?? "")
            isPercent = section.contains("%")
            isText = section.contains("@")
            usesThousandsSeparator = section.contains(",")
            if general || isDate || isText {
                decimalPlaces = nil
            } else if let dot = section.firstIndex(of: ".") {
                decimalPlaces = section[section.index(after: dot)...].prefix { "0#?".contains($0) }.count
            } else {
                decimalPlaces = section.contains { "0#?".contains($0) } ? 0 : nil
            }
        }
    }

    private let storage: Storage

    /// The format id (`numFmtId`).
    public var id: Int { storage.id }
    /// The format code; nil for General (and for a built-in id with no known code).
    public var code: String? { storage.code }
    /// Whether the code shows a date or time (built-in date ids, or y, m, d, h, s outside quotes and brackets).
    public var isDate: Bool { storage.isDate }
    /// Whether the first section shows a percentage.
    public var isPercent: Bool { storage.isPercent }
    /// Whether the code is the text format `@`.
    public var isText: Bool { storage.isText }
    /// Digits shown after the decimal point by the first section (`0.00` → 2, `0.0%` → 1, `#,##0` → 0);
    /// nil for General, dates and text, where the shown precision is the value's own.
    public var decimalPlaces: Int? { storage.decimalPlaces }
    /// Whether the first section groups thousands (`#,##0.00`).
    public var usesThousandsSeparator: Bool { storage.usesThousandsSeparator }
    /// Whether this is General (no code).
    public var isGeneral: Bool { storage.code == nil }

    /// The General format, id 0.
    public static let general = NumberFormat(builtInID: 0)

    /// A format defined in the workbook's `numFmts`.
    public init(id: Int, customCode: String) {
        storage = Storage(id: id, code: customCode,
                          isDate: NumberFormat.dateIDs.contains(id) || NumberFormat.codeShowsDate(customCode))
    }

    /// A built-in format by id, with its fixed code.
    public init(builtInID id: Int) {
        storage = Storage(id: id, code: NumberFormat.builtInCodes[id], isDate: NumberFormat.dateIDs.contains(id))
    }

    public var description: String { code ?? "General" }

    public static func == (lhs: NumberFormat, rhs: NumberFormat) -> Bool {
        lhs.storage === rhs.storage || (lhs.id == rhs.id && lhs.code == rhs.code && lhs.isDate == rhs.isDate)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(code)
    }

    /// Built-in ids that are dates or times whatever their code: 14–22, 27–36, 45–47, 50–58.
    static let dateIDs: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// ECMA-376 Part 1 §18.8.30, plus the zh-CN codes of the locale-dependent CJK date ids.
    static let builtInCodes: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
        9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
        14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
        18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
        22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
        39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
        45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
        27: "yyyy\"年\"m\"月\"", 28: "m\"月\"d\"日\"", 29: "m\"月\"d\"日\"", 30: "m-d-yy", 31: "yyyy\"年\"m\"月\"d\"日\"",
        32: "h\"时\"mm\"分\"", 33: "h\"时\"mm\"分\"ss\"秒\"", 34: "上午/下午h\"时\"mm\"分\"",
        35: "上午/下午h\"时\"mm\"分\"ss\"秒\"", 36: "yyyy\"年\"m\"月\"",
        50: "yyyy\"年\"m\"月\"", 51: "m\"月\"d\"日\"", 52: "yyyy\"年\"m\"月\"", 53: "m\"月\"d\"日\"",
        54: "m\"月\"d\"日\"", 55: "上午/下午h\"时\"mm\"分\"", 56: "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        57: "yyyy\"年\"m\"月\"", 58: "m\"月\"d\"日\"",
    ]

    /// The date rule: a y, m, d, h or s (any case) outside quoted text, `[…]` brackets and backslash, `_` or `*`
    /// escapes. `[h]:mm:ss` is a date (minutes outside the brackets); `[hh]` alone is not; `0.0%` is not.
    static func codeShowsDate(_ code: String) -> Bool {
        if code.trimmingCharacters(in: .whitespaces).lowercased() == "general" { return false }
        return visibleText(of: code).contains { "ymdhsYMDHS".contains($0) }
    }

    /// The code with quoted text, bracketed parts and escaped characters removed.
    static func visibleText(of code: String) -> String {
        var result = ""
        var iterator = code.makeIterator()
        while let character = iterator.next() {
            switch character {
            case "\"": while let next = iterator.next(), next != "\"" {}
            case "[": while let next = iterator.next(), next != "]" {}
            case "\\", "_", "*": _ = iterator.next()
            default: result.append(character)
            }
        }
        return result
    }

    static func visibleText(ofFirstSectionOf code: String) -> String {
        let visible = visibleText(of: code)
        return String(visible.prefix { $0 != ";" })
    }
}
