import XLSXReader
import XLSXWriter

extension BorderSide {
    /// The side as the writer's border; nil for no line.
    var writerBorder: CellStyle.Border? {
        let line: CellStyle.LineStyle? = switch style {
        case .none: nil
        case .thin: .thin
        case .medium: .medium
        case .dashed: .dashed
        case .dotted: .dotted
        case .thick: .thick
        case .double: .double
        case .hair: .hair
        case .mediumDashed: .mediumDashed
        case .dashDot: .dashDot
        case .mediumDashDot: .mediumDashDot
        case .dashDotDot: .dashDotDot
        case .mediumDashDotDot: .mediumDashDotDot
        case .slantDashDot: .slantDashDot
        }
        return line.map { CellStyle.Border($0, color: color?.rgb) }
    }
}
