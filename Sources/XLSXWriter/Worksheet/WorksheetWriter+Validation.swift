import CXlsxWriter

/// Data validation.
extension WorksheetWriter {
    /// Adds a data-validation rule to a range.
    /// - Throws: `.validationListTooLong` when a list joins to more than 255 UTF-8 bytes (about 85 Chinese
    ///   characters; libxlsxwriter 1.1.4 would abort the process), `.invalidValidation` for an empty list, an
    ///   empty item, an item with a comma or double quote, or bounds in the wrong order, `.invalidFormula` for
    ///   a bad range formula, `.textTooLong` for titles over 32 or messages over 255 characters,
    ///   `.cellOutOfRange`.
    ///
    /// ```swift
    /// try sheet.addValidation(DataValidation(.list(["是", "否"])), to: CellRect("G5:G40")!)
    /// ```
    public func addValidation(_ validation: DataValidation, to range: CellRect) throws(XLSXWriterError) {
        try configuring(place: range.description) { sheet throws(XLSXWriterError) in
            let bounds = try GridBounds.rect(range)
            let texts = CStringList()
            var library = lxw_data_validation()
            switch validation.rule {
            case .list(let items):
                try Self.checkListItems(items)
                library.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
                library.value_list = texts.copyList(items)
            case .listFromRange(let formula):
                try FormulaRules.check(formula, label: "validation list range")
                library.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
                library.value_formula = texts.copy(formula)
            case .decimalBetween(let minimum, let maximum):
                let low = try NumberRules.finite(minimum, label: "validation minimum")
                let high = try NumberRules.finite(maximum, label: "validation maximum")
                guard low <= high else {
                    throw XLSXWriterError(.invalidValidation, detail: "minimum \(low) is above maximum \(high)")
                }
                library.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
                library.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                library.minimum_number = low
                library.maximum_number = high
            case .wholeNumberBetween(let minimum, let maximum):
                let excelWholeNumbers = Int(Int32.min)...Int(Int32.max)
                guard excelWholeNumbers.contains(minimum), excelWholeNumbers.contains(maximum), minimum <= maximum else {
                    throw XLSXWriterError(.invalidValidation,
                                          detail: "whole-number bounds \(minimum)…\(maximum) must be in order and within ±2147483647")
                }
                library.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
                library.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                library.minimum_number = Double(minimum)
                library.maximum_number = Double(maximum)
            case .stated(let kind, let criterion, let first, let second):
                try Self.state(kind, criterion, first, second, into: &library, texts: texts)
            }
            for (label, text, limit, placement) in [
                ("validation input title", validation.inputTitle, ExcelLimits.validationTitleLength, TextRules.Placement.singleLine),
                ("validation error title", validation.errorTitle, ExcelLimits.validationTitleLength, .singleLine),
                ("validation input message", validation.inputMessage, ExcelLimits.validationMessageLength, .multiline),
                ("validation error message", validation.errorMessage, ExcelLimits.validationMessageLength, .multiline),
            ] {
                if let text { try TextRules.check(text, label: label, maxLength: limit, placement: placement) }
            }
            library.input_title = texts.copy(validation.inputTitle)
            library.input_message = texts.copy(validation.inputMessage)
            library.error_title = texts.copy(validation.errorTitle)
            library.error_message = texts.copy(validation.errorMessage)
            library.ignore_blank = UInt8((validation.ignoresBlank ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
            library.dropdown = UInt8((validation.showsDropdown ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
            let errorType = switch validation.errorStyle {
            case .stop: LXW_VALIDATION_ERROR_TYPE_STOP
            case .warning: LXW_VALIDATION_ERROR_TYPE_WARNING
            case .information: LXW_VALIDATION_ERROR_TYPE_INFORMATION
            }
            library.error_type = UInt8(errorType.rawValue)
            library.show_input = UInt8((validation.showsInputMessage ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
            library.show_error = UInt8((validation.showsErrorMessage ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_data_validation_range(sheet, bounds.firstRow, bounds.firstColumn, bounds.lastRow,
                                                bounds.lastColumn, &library)
            }
            withExtendedLifetime(texts) {}
        }
    }

    /// Fills `library` for a stated rule: libxlsxwriter's `*_FORMULA` kinds take the formulas as written.
    private static func state(_ kind: DataValidation.ValueKind, _ criterion: DataValidation.Criterion,
                              _ first: String?, _ second: String?, into library: inout lxw_data_validation,
                              texts: CStringList) throws(XLSXWriterError) {
        for (label, formula) in [("validation formula 1", first), ("validation formula 2", second)] {
            if let formula { try FormulaRules.check(formula, label: label) }
        }
        let type: lxw_validation_types = switch kind {
        case .any: LXW_VALIDATION_TYPE_ANY
        case .whole: LXW_VALIDATION_TYPE_INTEGER_FORMULA
        case .decimal: LXW_VALIDATION_TYPE_DECIMAL_FORMULA
        case .list: LXW_VALIDATION_TYPE_LIST_FORMULA
        case .date: LXW_VALIDATION_TYPE_DATE_FORMULA
        case .time: LXW_VALIDATION_TYPE_TIME_FORMULA
        case .textLength: LXW_VALIDATION_TYPE_LENGTH_FORMULA
        case .custom: LXW_VALIDATION_TYPE_CUSTOM_FORMULA
        }
        library.validate = UInt8(type.rawValue)
        switch kind {
        case .any:
            return
        case .list, .custom:
            guard let first else {
                throw XLSXWriterError(.invalidValidation, detail: "a list or custom rule needs its formula")
            }
            library.value_formula = texts.copy(first)
            return
        default:
            break
        }
        let criteria: lxw_validation_criteria = switch criterion {
        case .between: LXW_VALIDATION_CRITERIA_BETWEEN
        case .notBetween: LXW_VALIDATION_CRITERIA_NOT_BETWEEN
        case .equal: LXW_VALIDATION_CRITERIA_EQUAL_TO
        case .notEqual: LXW_VALIDATION_CRITERIA_NOT_EQUAL_TO
        case .lessThan: LXW_VALIDATION_CRITERIA_LESS_THAN
        case .lessThanOrEqual: LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO
        case .greaterThan: LXW_VALIDATION_CRITERIA_GREATER_THAN
        case .greaterThanOrEqual: LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO
        }
        library.criteria = UInt8(criteria.rawValue)
        if criterion == .between || criterion == .notBetween {
            guard let first, let second else {
                throw XLSXWriterError(.invalidValidation, detail: "a between rule needs two formulas")
            }
            library.minimum_formula = texts.copy(first)
            library.maximum_formula = texts.copy(second)
        } else {
            guard let first else { throw XLSXWriterError(.invalidValidation, detail: "the rule needs its formula") }
            library.value_formula = texts.copy(first)
        }
    }

    /// The list guard: libxlsxwriter 1.1.4 checks the joined list's length in characters but copies it into a
    /// buffer sized in bytes, so a Chinese list over 255 bytes overflows it and the process aborts.
    static func checkListItems(_ items: [String]) throws(XLSXWriterError) {
        guard !items.isEmpty else {
            throw XLSXWriterError(.invalidValidation, detail: "a validation list needs at least one item")
        }
        for item in items {
            guard !item.isEmpty, !item.contains(","), !item.contains("\"") else {
                throw XLSXWriterError(.invalidValidation,
                                      detail: "validation list item '\(item)' is empty or holds a comma or double quote")
            }
            try TextRules.check(item, label: "validation list item", maxLength: nil, placement: .singleLine)
        }
        let joinedBytes = items.reduce(items.count - 1) { $0 + $1.utf8.count }
        if joinedBytes > ExcelLimits.validationListBytes {
            throw XLSXWriterError(.validationListTooLong,
                                  detail: "the list joins to \(joinedBytes) UTF-8 bytes; at most \(ExcelLimits.validationListBytes) are safe (put longer lists in cells and use listFromRange)")
        }
    }
}
