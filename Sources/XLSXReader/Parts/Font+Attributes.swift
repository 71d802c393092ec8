extension Font {
    /// Takes one child of a `<font>` (styles part, differential format) or of a run's `<rPr>` (rich text): the
    /// property it states. A font's name is `<name>` in the styles part and `<rFont>` in a run; other children
    /// are the same in both. Unknown children are ignored.
    ///
    /// ```swift
    /// var font = Font()
    /// font.apply(child: "rFont", attributes: ["val": "宋体"])   // font.name == "宋体"
    /// font.apply(child: "b", attributes: [:])                 // font.bold == true
    /// ```
    mutating func apply(child name: Substring, attributes: [String: String]) {
        let value = attributes["val"]
        switch name {
        case "name", "rFont": self.name = value
        case "sz": size = XMLValue.number(value)
        case "b": bold = XMLValue.boolean(value) ?? true
        case "i": italic = XMLValue.boolean(value) ?? true
        case "strike": strike = XMLValue.boolean(value) ?? true
        case "outline": outline = XMLValue.boolean(value) ?? true
        case "shadow": shadow = XMLValue.boolean(value) ?? true
        case "condense": condense = XMLValue.boolean(value) ?? true
        case "extend": extend = XMLValue.boolean(value) ?? true
        case "u": underline = value.map { Underline(rawValue: $0) ?? .single } ?? .single
        case "color": color = Color(attributes: attributes)
        case "vertAlign": verticalAlign = value == "baseline" ? nil : value
        case "family": family = value.flatMap { Int($0) }
        case "charset": charset = value.flatMap { Int($0) }
        case "scheme": scheme = value == "none" ? nil : value
        default: break
        }
    }
}
