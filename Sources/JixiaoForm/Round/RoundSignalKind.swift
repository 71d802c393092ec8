/// What a round signal points at, as a stable string id (`copied-text`): the key of its message in
/// `Templates/round-signals.json` and what JSON and CSV write.
///
/// ```swift
/// RoundSignalKind.copiedText.rawValue   // "copied-text"
/// RoundSignalKind.all.count              // 4
/// ```
public struct RoundSignalKind: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    /// In the order of ``all``, then by id.
    public static func < (lhs: RoundSignalKind, rhs: RoundSignalKind) -> Bool {
        let left = all.firstIndex(of: lhs) ?? all.count, right = all.firstIndex(of: rhs) ?? all.count
        return left != right ? left < right : lhs.rawValue < rhs.rawValue
    }

    /// The same 存在问题, 改进措施 or 扣分（偏差）原因 text in several units, after normalising.
    public static let copiedText = RoundSignalKind(rawValue: "copied-text")
    /// Every quantified key indicator of a form exactly at its target.
    public static let indicatorsAtTarget = RoundSignalKind(rawValue: "indicators-at-target")
    /// A 评分表 total above what the budget completion rate allows, where the templates cap it.
    public static let scoreAboveCap = RoundSignalKind(rawValue: "score-above-cap")
    /// The same annual budget, initial budget and actual spending in several units.
    public static let identicalFigures = RoundSignalKind(rawValue: "identical-figures")

    /// Every kind ``RoundSignals`` gives, in the order signals are listed.
    public static let all: [RoundSignalKind] = [.copiedText, .indicatorsAtTarget, .scoreAboveCap, .identicalFigures]
}
