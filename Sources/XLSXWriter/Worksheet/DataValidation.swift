/// A data-validation rule for a range: a drop-down list or a number range, with optional messages.
///
/// ```swift
/// var level = DataValidation(.list(["优", "良", "中", "差"]))
/// level.inputTitle = "评价等级"
/// level.errorMessage = "请从下拉列表中选择"
/// try sheet.addValidation(level, to: CellRect("F5:F40")!)
/// try sheet.addValidation(DataValidation(.decimalBetween(0, 100)), to: CellRect("E5:E40")!)
/// ```
public struct DataValidation: Hashable, Sendable {
    /// What values are allowed.
    public enum Rule: Hashable, Sendable {
        /// One of these texts. Joined with commas they must fit 255 UTF-8 bytes (libxlsxwriter 1.1.4 aborts the
        /// process beyond that); items must be non-empty and hold no comma or double quote. For longer lists
        /// put the items in cells and use ``listFromRange(_:)``.
        case list([String])
        /// One of the values in a range or defined name, such as `=$H$1:$H$40` or `=评价等级`.
        case listFromRange(String)
        /// A number between the two bounds, inclusive.
        case decimalBetween(Double, Double)
        /// A whole number between the two bounds, inclusive.
        case wholeNumberBetween(Int, Int)
        /// Any rule as a file states it: a kind, a comparison and one or two formulas or values as written,
        /// without `=` (`"是,否"` for a literal list, `$H$1:$H$9`, `0`, `DATE(2021,1,1)`). ``Criterion/between``
        /// and ``Criterion/notBetween`` take both; a list, a custom rule and the other comparisons take the first.
        case stated(ValueKind, Criterion, String?, String?)
    }

    /// What kind of value a ``Rule/stated(_:_:_:_:)`` rule checks.
    public enum ValueKind: Hashable, Sendable, CaseIterable {
        /// No check (the rule only shows its messages).
        case any
        case whole, decimal, list, date, time, textLength
        /// A formula that must be true.
        case custom
    }

    /// How a value compares with the rule's formulas.
    public enum Criterion: Hashable, Sendable, CaseIterable {
        case between, notBetween, equal, notEqual, lessThan, lessThanOrEqual, greaterThan, greaterThanOrEqual
    }

    /// What Excel does with a value that breaks the rule.
    public enum ErrorStyle: Hashable, Sendable {
        /// Refuse it.
        case stop
        /// Ask whether to keep it.
        case warning
        /// Inform, and keep it.
        case information
    }

    public var rule: Rule
    /// Allow empty cells.
    public var ignoresBlank: Bool
    /// Show the in-cell drop-down arrow for lists.
    public var showsDropdown: Bool
    /// At most 32 characters.
    public var inputTitle: String?
    /// At most 255 characters.
    public var inputMessage: String?
    /// At most 32 characters.
    public var errorTitle: String?
    /// At most 255 characters.
    public var errorMessage: String?
    public var errorStyle: ErrorStyle
    /// Show the input message when the cell is selected.
    public var showsInputMessage: Bool
    /// Show the error message (and refuse or warn) when a value breaks the rule.
    public var showsErrorMessage: Bool

    public init(_ rule: Rule, ignoresBlank: Bool = true, showsDropdown: Bool = true, inputTitle: String? = nil,
                inputMessage: String? = nil, errorTitle: String? = nil, errorMessage: String? = nil,
                errorStyle: ErrorStyle = .stop) {
        self.rule = rule
        self.ignoresBlank = ignoresBlank
        self.showsDropdown = showsDropdown
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.errorStyle = errorStyle
        self.showsInputMessage = true
        self.showsErrorMessage = true
    }
}
