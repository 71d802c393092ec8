import Foundation
import JixiaoForm
import XLSXWriter

/// A row's fill: red for a file with errors, yellow for one with warnings but no errors, orange for an
/// unreadable one.
enum RowFill: Int, CaseIterable {
    case none, error, unreadable, warning

    var color: RGBColor? {
        switch self {
        case .none: nil
        case .error: SummaryStyles.errorFill
        case .unreadable: SummaryStyles.unreadableFill
        case .warning: SummaryStyles.warningFill
        }
    }
}
