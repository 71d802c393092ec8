extension Sheet {
    /// This sheet with a value computed for every formula saved without its result (``FormulaEvaluator``
    /// lists what is evaluated); the sheet itself when there is none, as in files from Excel, WPS and
    /// LibreOffice, which store results.
    ///
    /// ```swift
    /// let sheet = try Workbook(contentsOf: scriptFilledForm).sheets[0].evaluatingUncachedFormulas()
    /// ```
    public func evaluatingUncachedFormulas() -> Sheet {
        guard cells.contains(where: { $0.formula != nil && $0.value.isEmpty }) else { return self }
        var evaluator = FormulaEvaluator(cells: cells)
        var sheet = self
        sheet.cells = evaluator.evaluated()
        return sheet
    }
}
