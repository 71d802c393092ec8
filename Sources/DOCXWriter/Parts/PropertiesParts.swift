import Foundation

/// `docProps/core.xml` and `docProps/app.xml`: title, author, dates and the application's name.
///
/// ```swift
/// PropertiesParts.core(DocumentProperties(title: "退回意见"))   // <cp:coreProperties …><dc:title>退回意见</dc:title>…
/// ```
enum PropertiesParts {
    /// The application named in `app.xml`.
    static let application = "jixiao"

    static func core(_ properties: DocumentProperties) -> String {
        var xml = Namespaces.declaration + """
            <cp:coreProperties xmlns:cp="\(Namespaces.coreProperties)" xmlns:dc="http://purl.org/dc/elements/1.1/" \
            xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            """
        if let title = properties.title { xml += "<dc:title>\(XMLText.escaped(title))</dc:title>" }
        if let author = properties.author {
            xml += "<dc:creator>\(XMLText.escaped(author))</dc:creator>"
            xml += "<cp:lastModifiedBy>\(XMLText.escaped(author))</cp:lastModifiedBy>"
        }
        if let created = properties.created {
            let stamp = w3cdtf(created)
            xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
            xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
        }
        return xml + "</cp:coreProperties>"
    }

    static let app = Namespaces.declaration + """
        <Properties xmlns="\(Namespaces.extendedProperties)" \
        xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
        <Application>\(application)</Application><DocSecurity>0</DocSecurity></Properties>
        """

    /// `2026-12-07T20:00:00Z`: whole seconds, UTC, as Word writes it.
    static func w3cdtf(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { let value = value ?? 0; return value < 10 ? "0\(value)" : "\(value)" }
        let year = String(parts.year ?? 1970)
        return "\(String(repeating: "0", count: max(0, 4 - year.count)))\(year)-\(two(parts.month))-\(two(parts.day))"
            + "T\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))Z"
    }
}
