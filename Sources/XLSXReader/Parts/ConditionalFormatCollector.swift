/// Collects a worksheet's `<conditionalFormatting>` elements for ``LayoutCollector``, which hands it every
/// element from a `conditionalFormatting` start tag to its end tag. Differential formats are left as their
/// `dxfId` (``ConditionalFormatRule/formatIndex``): the reader resolves them against the styles part.
///
/// Only sheets that have conditional formats pay for this: outside a `conditionalFormatting` nothing is done.
///
/// ```swift
/// var collector = ConditionalFormatCollector()
/// collector.start("conditionalFormatting", ["sqref": "B2:B10"])
/// collector.start("cfRule", ["type": "cellIs", "operator": "greaterThan", "dxfId": "0", "priority": "1"])
/// collector.start("formula", [:]); collector.characters("100"); collector.end("formula")
/// collector.end("cfRule")
/// let format = collector.end("conditionalFormatting")   // B2:B10: cellIs greaterThan 100
/// ```
struct ConditionalFormatCollector {
    /// The most rules kept per sheet; a part listing millions would otherwise cost memory for nothing.
    static let maxRules = 1 << 16

    /// Whether a `conditionalFormatting` is open.
    private(set) var isOpen = false
    /// Whether ``characters(_:)`` wants the text now (a rule's `<formula>`).
    private(set) var isCapturing = false
    private var format = ConditionalFormat(ranges: [])
    private var rule: ConditionalFormatRule?
    private var text = ""
    /// Depth inside a rule's `extLst` (Excel 2010's additions, not read).
    private var extensionDepth = 0
    private var ruleCount = 0

    mutating func start(_ name: Substring, _ attributes: [String: String]) {
        if extensionDepth > 0 {
            extensionDepth += 1
            return
        }
        switch name {
        case "conditionalFormatting":
            isOpen = true
            format = ConditionalFormat(ranges: XMLValue.ranges(attributes["sqref"]))
        case "cfRule":
            rule = Self.rule(attributes)
        case "formula" where rule != nil:
            isCapturing = true
            text = ""
        case "colorScale":
            rule?.colorScale = ColorScale()
        case "dataBar":
            rule?.dataBar = DataBar(minLength: XMLValue.integer(attributes["minLength"]) ?? 10,
                                    maxLength: XMLValue.integer(attributes["maxLength"]) ?? 90,
                                    showValue: XMLValue.boolean(attributes["showValue"]) ?? true)
        case "iconSet":
            rule?.iconSet = IconSet(style: attributes["iconSet"] ?? "3TrafficLights1",
                                    showValue: XMLValue.boolean(attributes["showValue"]) ?? true,
                                    reverse: XMLValue.boolean(attributes["reverse"]) ?? false,
                                    percent: XMLValue.boolean(attributes["percent"]) ?? true)
        case "cfvo":
            let value = ConditionalValue(type: attributes["type"] ?? "num", value: attributes["val"],
                                         greaterOrEqual: XMLValue.boolean(attributes["gte"]) ?? true)
            if rule?.colorScale != nil {
                rule?.colorScale?.values.append(value)
            } else if rule?.dataBar != nil {
                rule?.dataBar?.values.append(value)
            } else {
                rule?.iconSet?.values.append(value)
            }
        case "color":
            guard let color = Color(attributes: attributes) else { return }
            if rule?.colorScale != nil {
                rule?.colorScale?.colors.append(color)
            } else if rule?.dataBar != nil {
                rule?.dataBar?.color = color
            }
        case "extLst":
            extensionDepth = 1
        default:
            break
        }
    }

    /// An end tag; the finished format when it is the `conditionalFormatting`'s.
    mutating func end(_ name: Substring) -> ConditionalFormat? {
        if extensionDepth > 0 {
            extensionDepth -= 1
            return nil
        }
        switch name {
        case "formula" where isCapturing:
            rule?.formulas.append(text)
            isCapturing = false
            text = ""
        case "cfRule":
            if let rule, ruleCount < Self.maxRules {
                format.rules.append(rule)
                ruleCount += 1
            }
            rule = nil
        case "conditionalFormatting":
            isOpen = false
            rule = nil
            return format
        default:
            break
        }
        return nil
    }

    mutating func characters(_ string: String) {
        if text.isEmpty { text = string } else { text += string }
    }

    private static func rule(_ attributes: [String: String]) -> ConditionalFormatRule {
        ConditionalFormatRule(
            type: attributes["type"] ?? "", operator: attributes["operator"],
            priority: XMLValue.integer(attributes["priority"]),
            stopIfTrue: XMLValue.boolean(attributes["stopIfTrue"]) ?? false,
            text: attributes["text"].flatMap { $0.isEmpty ? nil : $0 },
            rank: XMLValue.integer(attributes["rank"]).flatMap { $0 == 0 ? nil : $0 },
            percent: XMLValue.boolean(attributes["percent"]) ?? false,
            bottom: XMLValue.boolean(attributes["bottom"]) ?? false,
            aboveAverage: XMLValue.boolean(attributes["aboveAverage"]) ?? true,
            equalAverage: XMLValue.boolean(attributes["equalAverage"]) ?? false,
            standardDeviations: XMLValue.integer(attributes["stdDev"]).flatMap { $0 == 0 ? nil : $0 },
            timePeriod: attributes["timePeriod"], formatIndex: XMLValue.integer(attributes["dxfId"]))
    }
}
