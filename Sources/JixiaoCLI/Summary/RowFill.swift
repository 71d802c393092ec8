import Foundation
import JixiaoForm
import XLSXWriter

/// A row's fill: red for a file with errors, orange for an unreadable one.
enum RowFill: Int, CaseIterable {
    case none, error, unreadable

    var color: RGBColor? {
        switch self {
        case .none: nil
        case .error: SummaryStyles.errorFill
        case .unreadable: SummaryStyles.unreadableFill
        }
    }
}
