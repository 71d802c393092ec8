extension Color {
    /// A colour element's attributes (`<color>`, `fgColor`, `bgColor`, `rgbColor`, `tabColor`) as stated, ``argb``
    /// not yet worked out (``resolved(theme:palette:)``); the kinds in openpyxl's order when a producer writes
    /// more than one: indexed, theme, auto, rgb. Nil when it states none.
    ///
    /// ```swift
    /// Color(attributes: ["theme": "4", "tint": "0.3999"])?.source   // .theme(4)
    /// Color(attributes: ["rgb": "FF0000"])?.source                  // .rgb(0xFFFF0000)
    /// ```
    init?(attributes: [String: String]) {
        let tint = XMLValue.number(attributes["tint"]) ?? 0
        if let index = XMLValue.integer(attributes["indexed"]) {
            self.init(stated: .indexed(index), tint: tint)
        } else if let index = XMLValue.integer(attributes["theme"]) {
            self.init(stated: .theme(index), tint: tint)
        } else if XMLValue.boolean(attributes["auto"]) == true {
            self.init(stated: .automatic, tint: tint)
        } else if let text = attributes["rgb"]?.trimmingCharacters(in: .whitespaces), let value = UInt32(text, radix: 16) {
            self.init(stated: .rgb(text.count <= 6 ? 0xFF00_0000 | value : value), tint: tint)
        } else {
            return nil
        }
    }
}
