extension RawColor {
    /// A colour element's attributes (`rgb`, `theme`, `tint`, `indexed`, `auto`) as written.
    init(attributes: [String: String]) {
        self.init(rgb: attributes["rgb"], theme: XMLValue.integer(attributes["theme"]),
                  tint: XMLValue.number(attributes["tint"]), indexed: XMLValue.integer(attributes["indexed"]),
                  automatic: XMLValue.boolean(attributes["auto"]) ?? false)
    }
}
