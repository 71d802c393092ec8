/// The page every document gets: A4 portrait with the margins of Word's Chinese default (2.54 cm top and
/// bottom, 3.17 cm left and right), in twips (1/1440 inch).
///
/// ```swift
/// PageSetup.textWidth   // 8306: 14.65 cm for the text and the tables
/// ```
enum PageSetup {
    static let width = 11906
    static let height = 16838
    static let topMargin = 1440
    static let bottomMargin = 1440
    static let leftMargin = 1800
    static let rightMargin = 1800
    static let headerDistance = 851
    static let footerDistance = 992

    /// The width between the margins.
    static let textWidth = width - leftMargin - rightMargin

    /// The `w:sectPr` that ends the body.
    static let sectionXML = """
        <w:sectPr><w:pgSz w:w="\(width)" w:h="\(height)"/>\
        <w:pgMar w:top="\(topMargin)" w:right="\(rightMargin)" w:bottom="\(bottomMargin)" w:left="\(leftMargin)" \
        w:header="\(headerDistance)" w:footer="\(footerDistance)" w:gutter="0"/><w:cols w:space="425"/></w:sectPr>
        """
}
