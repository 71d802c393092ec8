import Foundation

extension Form {
    /// The years a form may be for: 2000 (before 部门整体支出绩效自评 began) to next year (a round prepared
    /// ahead). `template --year` and `fill`'s data refuse any other, so a slip such as 20250 or 1850 never
    /// reaches a form.
    ///
    /// ```swift
    /// Form.plausibleYears.contains(2021)    // true
    /// Form.plausibleYears.contains(20250)   // false
    /// ```
    public static var plausibleYears: ClosedRange<Int> {
        2000...(Calendar(identifier: .gregorian).component(.year, from: Date()) + 1)
    }
}
