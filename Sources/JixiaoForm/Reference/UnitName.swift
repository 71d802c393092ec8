import Foundation
import Locking

/// A unit's name in the forms it is compared in: ``exact`` (full-width made half-width, every kind of bracket
/// made `(` `)`, spaces removed, Latin letters lower-cased), and its ``parts``: the name outside brackets and each
/// bracketed alias, each with the city prefixes dropped (``Part/local``) and then a district prefix too
/// (``Part/withoutDistrict``).
///
/// Two names are the same unit when their exact forms are equal, or when a part of one equals a part of the
/// other locally, or one's local form equals the other's without its district (one name gives the district,
/// the other does not): `广州市黄埔区总工会（广州开发区总工会）` is `黄埔区总工会`, `广州开发区总工会` and
/// `广州市黄埔区总工会`, but not `番禺区总工会`. Another city's or province's prefix (`cityPattern`: 深圳市, 湖南省)
/// is dropped the same way.
///
/// ```swift
/// let name = UnitName("广州市黄埔区总工会（广州开发区总工会）", vocabulary: vocabulary)
/// name.exact                        // "广州市黄埔区总工会(广州开发区总工会)"
/// name.parts.map(\.local)           // ["黄埔区总工会", "广州开发区总工会"]
/// name.parts[0].withoutDistrict     // "总工会"
/// ```
public struct UnitName: Sendable, Hashable {
    /// One part of a name: the name outside brackets, or a bracketed alias.
    public struct Part: Sendable, Hashable {
        /// Without the city prefixes (广州市).
        public var local: String
        /// Without a district prefix as well (黄埔区); nil when the name has none.
        public var withoutDistrict: String?

        /// The district prefix (黄埔区); nil when the name has none.
        public var district: String? { withoutDistrict.map { String(local.dropLast($0.count)) } }

        public init(local: String, withoutDistrict: String?) {
            self.local = local
            self.withoutDistrict = withoutDistrict
        }
    }

    /// The whole name, normalised.
    public var exact: String
    /// The name outside brackets first, then each bracketed alias; parts left empty are dropped.
    public var parts: [Part]

    /// A name already worked out (one that travelled from another process).
    public init(exact: String, parts: [Part]) {
        self.exact = exact
        self.parts = parts
    }

    /// What working out a name takes from the vocabulary, compiled once for many names.
    struct Rules: Sendable {
        let cityPrefixes: [String]
        let city: NSRegularExpression?
        let cityMarks: [Unicode.Scalar]
        let district: NSRegularExpression?
        let districtMarks: [Unicode.Scalar]

        init(_ vocabulary: ReferenceVocabulary) {
            cityPrefixes = vocabulary.cityPrefixes
            city = RegexCache.compiled(vocabulary.cityPattern)
            cityMarks = Array(vocabulary.cityMarks.unicodeScalars)
            district = RegexCache.compiled(vocabulary.districtPattern)
            districtMarks = Array(vocabulary.districtMarks.unicodeScalars)
        }

        /// The range of `text` that `pattern` takes from its start, tried only where `text` holds one of `marks`.
        static func prefix(of text: String, _ pattern: NSRegularExpression?, marks: [Unicode.Scalar]) -> Range<String.Index>? {
            guard let pattern, text.unicodeScalars.contains(where: marks.contains),
                  let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
            return Range(match.range, in: text)
        }
    }

    /// - Parameter vocabulary: the city prefixes and district pattern (`Templates/reference.json`).
    public init(_ name: String, vocabulary: ReferenceVocabulary) {
        self.init(name, rules: Rules(vocabulary))
    }

    /// Works out `name` by rules compiled once.
    init(_ name: String, rules: Rules) {
        exact = UnitName.normalise(name)
        // By bytes: `(` and `)` are ASCII, and no byte of a longer character is.
        var outside: [UInt8] = []
        var aliases: [[UInt8]] = []
        var depth = 0
        for byte in exact.utf8 {
            switch byte {
            case UInt8(ascii: "("):
                if depth == 0 { aliases.append([]) }
                depth += 1
            case UInt8(ascii: ")"):
                depth = max(0, depth - 1)
            default:
                if depth == 0 { outside.append(byte) } else { aliases[aliases.count - 1].append(byte) }
            }
        }
        parts = ([outside] + aliases).compactMap { bytes -> Part? in
            var local = String(decoding: bytes, as: UTF8.self)
            // The listed prefixes (广东省广州市), then another city's by the pattern, then the listed ones again
            // should the pattern have taken a province.
            var stripped = true
            while stripped {
                stripped = false
                var listed = true
                while listed {
                    listed = false
                    // By bytes: `hasPrefix` normalises both texts on every call.
                    for prefix in rules.cityPrefixes where local.utf8.count > prefix.utf8.count && local.utf8.starts(with: prefix.utf8) {
                        local = String(decoding: local.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
                        listed = true
                    }
                }
                if let range = Rules.prefix(of: local, rules.city, marks: rules.cityMarks), !range.isEmpty,
                   range.upperBound < local.endIndex {
                    local.removeSubrange(range)
                    stripped = true
                }
            }
            guard !local.isEmpty else { return nil }
            var withoutDistrict: String?
            if let range = Rules.prefix(of: local, rules.district, marks: rules.districtMarks), range.upperBound < local.endIndex {
                withoutDistrict = String(local[range.upperBound...])
            }
            return Part(local: local, withoutDistrict: withoutDistrict)
        }
    }

    /// The names worked out, in order: a long list in two halves side by side (each name's patterns cost more than
    /// the rest of reading its row, and a run reads its list before anything else can start).
    static func workedOut(_ names: [String], rules: Rules) -> [UnitName] {
        guard names.count >= 64 else { return names.map { UnitName($0, rules: rules) } }
        let half = names.count / 2
        let halves = Locked<[[UnitName]]>([[], []])
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            let slice = part == 0 ? names[..<half] : names[half...]
            let done = slice.map { UnitName($0, rules: rules) }
            halves.withLock { $0[part] = done }
        }
        return halves.withLock { $0[0] + $0[1] }
    }

    /// Full-width made half-width, brackets of every kind made `(` `)`, spaces gone, Latin letters lower-cased.
    /// Scalar by scalar: a list of a thousand names is normalised in every run.
    static func normalise(_ name: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(name.utf8.count)
        for scalar in TextForm.compact(TextCleaner.stripMarkup(name)).unicodeScalars {
            switch scalar {
            case "A"..."Z": result.append(UInt8(scalar.value + 0x20))
            case "[", "【", "〔", "〖", "{", "「", "『": result.append(UInt8(ascii: "("))
            case "]", "】", "〕", "〗", "}", "」", "』": result.append(UInt8(ascii: ")"))
            default:
                // ASCII and CJK ideographs (nearly every character of a name) have no lower case.
                if scalar.isASCII || (0x4E00...0x9FFF).contains(scalar.value) || !scalar.properties.changesWhenLowercased {
                    TextForm.appendUTF8(scalar, to: &result)
                } else {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { TextForm.appendUTF8(lower, to: &result) }
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The name without its city prefixes, aliases kept (`黄埔区总工会(广州开发区总工会)`): two rows of a list
    /// with one key are one unit listed twice.
    public var key: String {
        guard let first = parts.first else { return exact }
        return first.local + parts.dropFirst().map { "(\($0.local))" }.joined()
    }

    /// The name's distinguishing characters (numerals, 甲乙, 东南西北) in order, over its local parts: two names
    /// that differ here are different units however alike the rest.
    func distinguishing(_ characters: [Unicode.Scalar]) -> String {
        var kept = String.UnicodeScalarView()
        for part in parts { kept.append(contentsOf: part.local.unicodeScalars.filter(characters.contains)) }
        return String(kept)
    }

    /// Whether the two names are in different districts (`黄埔区…`, `番禺区…`): both name a district and no part of
    /// one shares the other's. Such names are never a fuzzy match, however alike the rest (another district's
    /// 城市管理和综合执法局 is not the listed one).
    func namesAnotherDistrict(than other: UnitName) -> Bool {
        let mine = Set(parts.compactMap(\.district)), theirs = Set(other.parts.compactMap(\.district))
        return !mine.isEmpty && !theirs.isEmpty && mine.isDisjoint(with: theirs)
    }

    /// Whether `other` names the same unit by its parts (see the type's overview), not counting ``exact``.
    public func sharesPart(with other: UnitName) -> Bool {
        for mine in parts {
            for theirs in other.parts {
                if mine.local == theirs.local || mine.local == theirs.withoutDistrict || mine.withoutDistrict == theirs.local {
                    return true
                }
            }
        }
        return false
    }
}
