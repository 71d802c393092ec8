/// Fills a finding's message template (`rules.json`) with its arguments, in Chinese or English, and ends it
/// with the catalogue's advice: what the unit should do, so that the text can go straight into a return notice.
///
/// ```swift
/// let renderer = MessageRenderer(catalog: templates.rules, language: .zh)
/// renderer.render(finding)
/// // "年度调整额应为 年度预算数 − 年初预算数 = 1505.02 − 1859.01 = −353.99，表中填写 353.99（符号相反）。请将 E6 改为 −353.99"
/// ```
package struct MessageRenderer: Sendable {
    package let catalog: RuleCatalog
    package let language: MessageLanguage

    package init(catalog: RuleCatalog, language: MessageLanguage) {
        self.catalog = catalog
        self.language = language
    }

    /// The message: the template for the finding's message key (else its rule), placeholders filled;
    /// `{fieldName}` is the display name of the field.
    ///
    /// `{cell}` in the advice names the finding's sheet too (`评分表!E7`) when it is not `formSheet`, the sheet
    /// the form was read from.
    package func render(_ finding: Finding, formSheet: String? = nil) -> String {
        guard let template = (catalog.messages[finding.messageKey] ?? catalog.messages[finding.rule.rawValue])?
            .text(in: language) else { return finding.rule.rawValue }
        var arguments = finding.arguments
        arguments["fieldName"] = arguments["fieldName"] ?? catalog.fieldName(finding.field, in: language)
        let message = Self.fill(template, with: arguments)
        let entries = (finding.cell == nil ? [catalog.adviceWithoutCell, catalog.advice] : [catalog.advice]).compactMap { $0 }
        guard let advice = entries.lazy.compactMap({ $0[finding.messageKey] ?? $0[finding.rule.rawValue] }).first?
            .text(in: language) else { return message }
        arguments["cell"] = Self.place(of: finding, formSheet: formSheet) ?? catalog.adviceCell?.text(in: language) ?? "-"
        return message + (language == .zh ? "。" : ". ") + Self.fill(advice, with: arguments)
    }

    /// The finding's cell as a person reads it: `E6` on the form's own sheet (or when the finding names no
    /// sheet), `评分表!E3` on another; nil for a finding without a cell.
    ///
    /// ```swift
    /// MessageRenderer.place(of: scoreFinding, formSheet: "自评表")   // "评分表!E3"
    /// MessageRenderer.place(of: fundsFinding, formSheet: "自评表")   // "E6"
    /// ```
    package static func place(of finding: Finding, formSheet: String?) -> String? {
        guard let cell = finding.cell else { return nil }
        guard let sheet = finding.sheet, sheet != formSheet else { return cell.description }
        return "\(sheet)!\(cell)"
    }

    /// Replaces each `{name}` with its argument; unknown placeholders stay as written. The braces are the ASCII
    /// `{` and `}`, found on the template's UTF-8 bytes (no other character's encoding contains those bytes), so
    /// the template is never broken into characters: every finding of a bulk run is rendered here.
    package static func fill(_ template: String, with arguments: [String: String]) -> String {
        var template = template
        return template.withUTF8 { bytes -> String in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count * 2)
            var start = 0   // the first byte not yet written
            while let open = bytes[start...].firstIndex(of: UInt8(ascii: "{")) {
                result.append(contentsOf: bytes[start..<open])
                guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else {
                    start = open
                    break
                }
                let name = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
                if let argument = arguments[name] {
                    result.append(contentsOf: argument.utf8)
                } else {
                    result.append(contentsOf: bytes[open...close])
                }
                start = close + 1
            }
            result.append(contentsOf: bytes[start...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The placeholder names a template uses.
    package static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
