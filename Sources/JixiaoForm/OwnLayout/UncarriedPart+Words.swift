import XLSXCopy

extension UncarriedPart {
    /// The part in words, as the 校验结果 sheet and `fix` name it: its kind, then where it is.
    ///
    /// ```swift
    /// part.words(layout: layout, language: .zh)   // "图表（Sheet1，xl/charts/chart1.xml）"
    /// ```
    public func words(layout: OfficialLayout, language: MessageLanguage) -> String {
        let sheetLayout = layout.findingsSheet
        let names = language == .zh ? sheetLayout.uncarriedKinds : sheetLayout.uncarriedKindsEnglish
        let name = names[kind.rawValue] ?? kind.rawValue
        let place = [sheet, part].compactMap { $0 }
        guard !place.isEmpty else { return name }
        return language == .zh ? name + "（" + place.joined(separator: "，") + "）"
                               : name + " (" + place.joined(separator: ", ") + ")"
    }
}
