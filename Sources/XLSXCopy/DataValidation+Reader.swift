import XLSXReader
import XLSXWriter

extension XLSXWriter.DataValidation {
    /// The writer's rule for a read one, its kind, comparison and formulas as written.
    init(_ read: XLSXReader.DataValidation) {
        let kind: ValueKind = switch read.type {
        case "whole": .whole
        case "decimal": .decimal
        case "list": .list
        case "date": .date
        case "time": .time
        case "textLength": .textLength
        case "custom": .custom
        default: .any
        }
        let criterion: Criterion = switch read.operator {
        case "notBetween": .notBetween
        case "equal": .equal
        case "notEqual": .notEqual
        case "lessThan": .lessThan
        case "lessThanOrEqual": .lessThanOrEqual
        case "greaterThan": .greaterThan
        case "greaterThanOrEqual": .greaterThanOrEqual
        default: .between
        }
        let style: ErrorStyle = switch read.errorStyle {
        case "warning": .warning
        case "information": .information
        default: .stop
        }
        // The file's showDropDown is inverted: true hides a list's arrow.
        self.init(.stated(kind, criterion, read.formula1, read.formula2), ignoresBlank: read.allowBlank,
                  showsDropdown: !read.showDropDown, inputTitle: read.promptTitle, inputMessage: read.prompt,
                  errorTitle: read.errorTitle, errorMessage: read.error, errorStyle: style)
        showsInputMessage = read.showInputMessage
        showsErrorMessage = read.showErrorMessage
    }
}
