import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// Reads `xl/styles.xml` into a ``Styles``. Elements count only in their own list: a `<font>` inside `<dxfs>`
/// (conditional formats) is not one of the cell fonts but part of its `<dxf>`, an `<xf>` counts in `cellXfs` or
/// `cellStyleXfs`. Each list keeps at most ``Styles/maxEntries``.
final class StylesDelegate: NSObject, PartDelegate {
    var styles = Styles()
    var abortError: XLSXError?
    var nesting = ElementNesting()

    private enum Section { case none, fonts, fills, borders, cellStyleXfs, cellXfs, indexedColors, dxfs, other }
    private var section = Section.none
    /// The element that opened ``section``, which closes it.
    private var sectionName = ""
    private var font: Font?
    private var fill: Fill?
    private var gradientPosition: Double?
    private var border: Border?
    private var borderSide: WritableKeyPath<Border, BorderSide>?
    private var record: CellStyleRecord?
    /// The `<dxf>` being read.
    private var differential: DifferentialFormat?
    private var customPalette: [UInt32] = []
    /// The most stops a gradient keeps (Excel's dialog offers two to ten).
    static let maxGradientStops = 256

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        let name = localName(elementName)
        switch name {
        case "numFmt":
            if let id = XMLValue.integer(attributes["numFmtId"]),
               let code = attributes["formatCode"] {
                if section == .dxfs {
                    differential?.numberFormat = NumberFormat(id: id, customCode: code)
                } else {
                    styles.customCodes[id] = code
                }
            }
            return
        case "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "indexedColors", "dxfs", "mruColors",
             "tableStyles", "cellStyles", "extLst":
            guard section == .none else { break }
            sectionName = String(name)
            switch name {
            case "fonts": section = .fonts
            case "fills": section = .fills
            case "borders": section = .borders
            case "cellStyleXfs": section = .cellStyleXfs
            case "cellXfs": section = .cellXfs
            case "indexedColors": section = .indexedColors
            case "dxfs": section = .dxfs
            default: section = .other
            }
            return
        default: break
        }
        switch section {
        case .fonts: startFontChild(name, attributes)
        case .fills: startFillChild(name, attributes)
        case .borders: startBorderChild(name, attributes)
        case .cellStyleXfs, .cellXfs: startRecordChild(name, attributes)
        case .indexedColors:
            if name == "rgbColor", customPalette.count < Styles.maxEntries, let color = Color(attributes: attributes),
               case .rgb(let value) = color.source {
                customPalette.append(0xFF00_0000 | (value & 0xFF_FFFF))
            }
        case .dxfs:
            // A `<dxf>` holds at most one font, fill and border: the open one takes every child.
            if name == "dxf" {
                differential = DifferentialFormat()
            } else if name == "font" || font != nil {
                startFontChild(name, attributes)
            } else if name == "fill" || fill != nil {
                startFillChild(name, attributes)
            } else if name == "border" || border != nil {
                startBorderChild(name, attributes)
            }
        case .none, .other: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
        switch localName(elementName) {
        case let name where section != .none && name == sectionName:
            if section == .indexedColors { styles.palette = IndexedPalette(overlaying: customPalette) }
            section = .none
            sectionName = ""
        case "font" where section == .dxfs:
            differential?.font = font
            font = nil
        case "fill" where section == .dxfs:
            differential?.fill = fill
            fill = nil
        case "border" where section == .dxfs:
            differential?.border = border
            border = nil
        case "dxf" where section == .dxfs:
            if let differential, styles.differentialFormats.count < Styles.maxEntries {
                styles.differentialFormats.append(differential)
            }
            differential = nil
        case "font" where section == .fonts:
            if let font, styles.fonts.count < Styles.maxEntries { styles.fonts.append(font) }
            font = nil
        case "fill" where section == .fills:
            if styles.fills.count < Styles.maxEntries { styles.fills.append(fill ?? .none) }
            fill = nil
        case "stop":
            gradientPosition = nil
        case "border" where section == .borders:
            if let border, styles.borders.count < Styles.maxEntries { styles.borders.append(border) }
            border = nil
        case "left", "start", "right", "end", "top", "bottom", "diagonal":
            borderSide = nil
        case "xf" where section == .cellXfs || section == .cellStyleXfs:
            if let record {
                if section == .cellXfs {
                    if styles.cellRecords.count < Styles.maxEntries { styles.cellRecords.append(record) }
                } else if styles.cellStyleRecords.count < Styles.maxEntries {
                    styles.cellStyleRecords.append(record)
                }
            }
            record = nil
        default:
            break
        }
    }

    private func startFontChild(_ name: Substring, _ attributes: [String: String]) {
        if name == "font" { font = Font(); return }
        font?.apply(child: name, attributes: attributes)
    }

    private func startFillChild(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "fill":
            fill = Fill()
        case "patternFill":
            fill?.pattern = attributes["patternType"].flatMap(FillPattern.init(rawValue:)) ?? .none
        case "gradientFill":
            fill?.isGradient = true
            fill?.gradientType = attributes["type"] ?? "linear"
            fill?.gradientDegree = attributes["degree"].flatMap { Double($0) } ?? 0
        case "stop":
            gradientPosition = attributes["position"].flatMap { Double($0) } ?? 0
        case "fgColor":
            fill?.foreground = Color(attributes: attributes)
        case "bgColor":
            fill?.background = Color(attributes: attributes)
        case "color":
            if let gradientPosition, let color = Color(attributes: attributes),
               (fill?.gradientStops.count ?? 0) < Self.maxGradientStops {
                fill?.gradientStops.append(GradientStop(position: gradientPosition, color: color))
            }
        default:
            break
        }
    }

    private func startBorderChild(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "border":
            border = Border(diagonalUp: (XMLValue.boolean(attributes["diagonalUp"]) ?? false),
                            diagonalDown: (XMLValue.boolean(attributes["diagonalDown"]) ?? false))
            return
        case "left", "start": borderSide = \.left
        case "right", "end": borderSide = \.right
        case "top": borderSide = \.top
        case "bottom": borderSide = \.bottom
        case "diagonal": borderSide = \.diagonal
        case "color":
            if let borderSide { border?[keyPath: borderSide].color = Color(attributes: attributes) }
            return
        default:
            return
        }
        if let borderSide {
            border?[keyPath: borderSide].style = attributes["style"].flatMap(BorderStyle.init(rawValue:)) ?? .none
        }
    }

    private func startRecordChild(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "xf":
            let int = { (key: String) in XMLValue.integer(attributes[key]) }
            let bool = { (key: String) in attributes[key].map { (XMLValue.boolean($0) ?? false) } }
            record = CellStyleRecord(fontID: int("fontId"), fillID: int("fillId"), borderID: int("borderId"),
                                     numberFormatID: int("numFmtId"), parentID: int("xfId"),
                                     quotePrefix: bool("quotePrefix") ?? false,
                                     applyNumberFormat: bool("applyNumberFormat"), applyFont: bool("applyFont"),
                                     applyFill: bool("applyFill"), applyBorder: bool("applyBorder"),
                                     applyAlignment: bool("applyAlignment"), applyProtection: bool("applyProtection"))
        case "alignment":
            let int = { (key: String) in XMLValue.integer(attributes[key]) ?? 0 }
            let bool = { (key: String) in (XMLValue.boolean(attributes[key]) ?? false) }
            record?.alignment = Alignment(
                horizontal: attributes["horizontal"].flatMap(HorizontalAlignment.init(rawValue:)) ?? .general,
                vertical: attributes["vertical"].flatMap(VerticalAlignment.init(rawValue:)) ?? .bottom,
                wrapText: bool("wrapText"), shrinkToFit: bool("shrinkToFit"), indent: int("indent"),
                textRotation: int("textRotation"), readingOrder: int("readingOrder"),
                justifyLastLine: bool("justifyLastLine"), relativeIndent: int("relativeIndent"))
        case "protection":
            record?.protection = Protection(locked: (XMLValue.boolean(attributes["locked"]) ?? true),
                                            hidden: (XMLValue.boolean(attributes["hidden"]) ?? false))
        default:
            break
        }
    }
}
