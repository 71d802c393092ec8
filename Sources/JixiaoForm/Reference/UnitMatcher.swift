import Foundation

/// Finds the unit of a reference list a form belongs to: by 单位编码 where both have one, else by name once
/// normalised (``UnitName``), else by the one close name (edit distance on the local names, at most
/// `fuzzyEditRatio` of the longer name's characters, or one name held whole in the other; ties give no match).
///
/// Each form is matched on its own and takes at most one unit: a name that fits two units matches neither. Two
/// forms may take one unit; that is a duplicate submission, for ``RoundAccounting`` to settle.
///
/// Forms as recognised carry no 单位编码 (the form has no such field); a code the file's name carries
/// (``code(inFileName:)``) is passed by ``RoundAccounting``.
///
/// ```swift
/// let matcher = UnitMatcher(list: list, vocabulary: vocabulary)
/// matcher.match(name: "广州市黄埔区总工会(广州开发区总工会)")   // UnitMatch(unit: 0, kind: .name)
/// matcher.match(name: "广州开发区总工会")                      // UnitMatch(unit: 0, kind: .name)
/// matcher.match(name: "番禺区总工会")                          // nil
/// matcher.closestNames(to: "番禺区总工会")                      // ["广州市黄埔区总工会（广州开发区总工会）"]
/// ```
public struct UnitMatcher: Sendable {
    public let list: ReferenceList
    private let vocabulary: ReferenceVocabulary
    /// The vocabulary's rules for working out a name, compiled once.
    private let rules: UnitName.Rules
    /// Each unit's name, worked out once (``ReferenceList/names`` where reading made them).
    public let names: [UnitName]
    /// Keyed by bytes (``TextBytes``): a `String` key is normalised on every lookup, and names are normalised
    /// already.
    private let unitByExact: [TextBytes: Int]
    private let unitByCode: [String: Int]
    /// The units by each part's local form, and by each part's form without its district: a form's name is
    /// looked up, not compared with every unit's (``UnitName/sharesPart(with:)``).
    private let unitsByLocal: [TextBytes: [Int]]
    private let unitsByWithoutDistrict: [TextBytes: [Int]]
    /// The vocabulary's distinguishing characters, as a set.
    /// A few dozen: looked through, cheaper than hashed.
    private let distinguishingCharacters: [Unicode.Scalar]
    /// Each name's distinguishing characters (``UnitName/distinguishing(_:)``).
    private let distinguishing: [String]
    /// Each name's parts' local forms as scalars, for the edit distance.
    private let localScalars: [[[Unicode.Scalar]]]
    /// The same scalars' values in order, for the bound on the edit distance (``shared(_:_:)``).
    private let sortedScalars: [[[UInt32]]]

    /// - Parameter names: the units' names already worked out, in the list's order; nil to work them out here.
    public init(list: ReferenceList, vocabulary: ReferenceVocabulary, names: [UnitName]? = nil) {
        self.list = list
        self.vocabulary = vocabulary
        let rules = UnitName.Rules(vocabulary)
        self.rules = rules
        let names = names.flatMap { $0.count == list.units.count ? $0 : nil }
            ?? (list.names.count == list.units.count ? list.names : list.units.map { UnitName($0.name, rules: rules) })
        self.names = names
        var byExact: [TextBytes: Int] = [:]
        var byCode: [String: Int] = [:]
        var byLocal: [TextBytes: [Int]] = [:]
        var byWithoutDistrict: [TextBytes: [Int]] = [:]
        for (index, unit) in list.units.enumerated() {
            let exact = TextBytes(names[index].exact)
            byExact[exact] = byExact[exact] ?? index
            if let code = unit.code { byCode[code] = byCode[code] ?? index }
            for part in names[index].parts {
                byLocal[TextBytes(part.local), default: []].append(index)
                if let rest = part.withoutDistrict { byWithoutDistrict[TextBytes(rest), default: []].append(index) }
            }
        }
        unitByExact = byExact
        unitByCode = byCode
        unitsByLocal = byLocal
        unitsByWithoutDistrict = byWithoutDistrict
        let characters = Array(vocabulary.distinguishingCharacters.unicodeScalars)
        distinguishingCharacters = characters
        distinguishing = names.map { $0.distinguishing(characters) }
        localScalars = names.map { $0.parts.map { Array($0.local.unicodeScalars) } }
        sortedScalars = localScalars.map { $0.map { $0.map(\.value).sorted() } }
    }

    /// The unit a form named `name` (with 单位编码 `code`, if known) belongs to; nil when none, or several, fit.
    public func match(name: String?, code: String? = nil) -> UnitMatch? {
        if let code = code.flatMap(TextCleaner.clean), let unit = unitByCode[code] {
            return UnitMatch(unit: unit, kind: .code)
        }
        guard let name, TextCleaner.clean(name) != nil else { return nil }
        let formName = UnitName(name, rules: rules)
        if let unit = unitByExact[TextBytes(formName.exact)] { return UnitMatch(unit: unit, kind: .name) }
        // The units sharing a part (as ``UnitName/sharesPart(with:)`` says), looked up.
        var sharing = Set<Int>()
        for part in formName.parts {
            sharing.formUnion(unitsByLocal[TextBytes(part.local)] ?? [])
            sharing.formUnion(unitsByWithoutDistrict[TextBytes(part.local)] ?? [])
            if let rest = part.withoutDistrict { sharing.formUnion(unitsByLocal[TextBytes(rest)] ?? []) }
        }
        if sharing.count == 1, let unit = sharing.first { return UnitMatch(unit: unit, kind: .name) }
        guard sharing.isEmpty else { return nil }
        return fuzzyMatch(formName).map { UnitMatch(unit: $0, kind: .fuzzy) }
    }

    /// The unit whose name a file's name holds (`03 某某局档案馆 2021年自评表（修改版）.xlsx`): for a file that
    /// could not be read, or a form that names no unit. The longest name held wins; nil when none is held, or two
    /// units' names of that length are.
    public func match(fileName path: String) -> UnitMatch? {
        let stem = UnitName.normalise(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
        var best: (length: Int, units: Set<Int>) = (0, [])
        for (index, name) in names.enumerated() {
            let held = ([name.exact] + name.parts.map(\.local)).filter { $0.count >= vocabulary.fuzzyContainedLength && stem.contains($0) }
            guard let length = held.map(\.count).max() else { continue }
            if length > best.length { best = (length, [index]) } else if length == best.length { best.units.insert(index) }
        }
        guard best.units.count == 1, let unit = best.units.first else { return nil }
        return UnitMatch(unit: unit, kind: .fileName)
    }

    /// The 单位编码 of the list a file's name carries as a whole token (`440112001-黄埔区总工会.xlsx`,
    /// `黄埔区总工会_440112001.xlsx`): forms carry no code of their own, so this is where a code can come from.
    /// Nil when the list has no codes, or the name carries none of them, or two.
    public func code(inFileName path: String) -> String? {
        guard !unitByCode.isEmpty else { return nil }
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let tokens = stem.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        let codes = Set(tokens.filter { $0.count >= 3 && unitByCode[$0] != nil })
        return codes.count == 1 ? codes.first : nil
    }

    /// The names of the list closest to `name` (at most `closestNames`, each differing in at most
    /// `closestEditRatio` of the longer name's characters, or holding the other whole), closest first: what an
    /// unknown unit's finding suggests.
    public func closestNames(to name: String?) -> [String] {
        guard let name, !name.isEmpty else { return [] }
        let formName = UnitName(name, rules: rules)
        let scalars = formName.parts.map { Array($0.local.unicodeScalars) }
        let sorted = scalars.map { $0.map(\.value).sorted() }
        let ranked = names.indices.compactMap { index -> (edits: Int, unit: Int)? in
            distance(scalars, sorted: sorted, to: index, ratio: vocabulary.closestEditRatio).map { ($0, index) }
        }
        return ranked.sorted { ($0.edits, $0.unit) < ($1.edits, $1.unit) }.prefix(vocabulary.closestNames)
            .map { list.units[$0.unit].name }
    }

    /// The one unit closest to `formName`: the one with the fewest edits within `fuzzyEditRatio`; failing any, the
    /// one name holding the form's whole or held whole in it. Names whose numerals and other distinguishing
    /// characters differ are never close (第一中学, 第二中学), nor are names of two districts (黄埔区…, 番禺区…). Nil
    /// when none is close or two are equally close (two names holding 某某局 are no answer, however their lengths
    /// differ).
    private func fuzzyMatch(_ formName: UnitName) -> Int? {
        var byEdits: [(edits: Int, unit: Int)] = []
        var holding: [Int] = []
        let distinguishing = formName.distinguishing(distinguishingCharacters)
        let scalars = formName.parts.map { Array($0.local.unicodeScalars) }
        let sorted = scalars.map { $0.map(\.value).sorted() }
        // The district test (sets of names) only for the few close enough: most of a long list is ruled out by
        // the distance's cheap bound first.
        for index in names.indices where distinguishing == self.distinguishing[index] {
            guard let edits = distance(scalars, sorted: sorted, to: index, ratio: vocabulary.fuzzyEditRatio, holding: false) else {
                if distance(scalars, sorted: sorted, to: index, ratio: 0, holding: true) != nil,
                   !formName.namesAnotherDistrict(than: names[index]) {
                    holding.append(index)
                }
                continue
            }
            guard !formName.namesAnotherDistrict(than: names[index]) else { continue }
            byEdits.append((edits, index))
        }
        if let fewest = byEdits.map(\.edits).min() {
            let closest = byEdits.filter { $0.edits == fewest }
            return closest.count == 1 ? closest[0].unit : nil
        }
        return holding.count == 1 ? holding[0] : nil
    }

    /// The fewest edits between any part of one name (its parts' local forms as `scalars`, and `sorted`: each
    /// part's scalar values in order) and any part of the list's unit `index`, when within `ratio` of the longer part, or (with `holding`) when one part holds the other whole and the
    /// shorter has at least `fuzzyContainedLength` characters; nil otherwise. Parts whose lengths alone differ by
    /// more than the ratio allows are not compared.
    private func distance(_ scalars: [[Unicode.Scalar]], sorted: [[UInt32]], to index: Int, ratio: Double,
                          holding: Bool = true) -> Int? {
        var best: Int?
        for (x, sortedX) in zip(scalars, sorted) {
            for (part, y) in localScalars[index].enumerated() {
                let longer = max(x.count, y.count), shorter = min(x.count, y.count)
                // No edit script is shorter than the longer name less the characters the two share: most pairs of
                // a list of a thousand are ruled out so, without working out the distance.
                let shared = Self.shared(sortedX, sortedScalars[index][part])
                let mayHold = holding && shorter >= vocabulary.fuzzyContainedLength && shared == shorter
                guard mayHold || Double(longer - shared) <= ratio * Double(longer) else { continue }
                let holds = mayHold && (x.count >= y.count ? Self.holds(x, y) : Self.holds(y, x))
                guard holds || Double(longer - shorter) <= ratio * Double(longer) else { continue }
                let edits = ClosestName.distance(x, y)
                guard holds || Double(edits) <= ratio * Double(longer) else { continue }
                best = min(best ?? edits, edits)
            }
        }
        return best
    }

    /// How many characters two names share, counted with repeats: the size of the common multiset of two sorted
    /// lists of scalar values.
    private static func shared(_ x: [UInt32], _ y: [UInt32]) -> Int {
        var i = 0, j = 0, count = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                count += 1
                i += 1
                j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }

    /// Whether `whole` holds `part` as a run of scalars.
    private static func holds(_ whole: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return part.isEmpty }
        for start in 0...(whole.count - part.count) where whole[start] == part[0] {
            if whole[start..<(start + part.count)].elementsEqual(part) { return true }
        }
        return false
    }
}
