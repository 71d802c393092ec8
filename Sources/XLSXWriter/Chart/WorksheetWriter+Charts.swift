import CXlsxWriter

/// Charts.
extension WorksheetWriter {
    /// Inserts a chart with its top-left corner at a cell. Each call makes a new chart.
    /// - Throws: `.invalidChart` for no series or more than 255, a title starting with `=` (libxlsxwriter would
    ///   read it as a formula), or a scale outside 0.1–10; `.sheetNotFound` when a range names a sheet the
    ///   workbook does not have; `.cellOutOfRange`; text errors.
    ///
    /// ```swift
    /// let scores = Chart.Series(name: "得分", values: Chart.DataRange(sheet: "汇总", range: CellRect("F2:F31")!))
    /// try sheet.insertChart(Chart(.bar, title: "自评得分", series: [scores]), row: 2, column: 9)
    /// ```
    public func insertChart(_ chart: Chart, row: Int, column: Int) throws(XLSXWriterError) {
        for format in [chart.valueAxisNumberFormat] + chart.series.map(\.valueLabelFormat) {
            if let format, format.isEmpty || format.utf8.count > ExcelLimits.numberFormatBytes {
                throw XLSXWriterError(.numberFormatTooLong, detail: "chart number format of \(format.utf8.count) bytes")
            }
        }
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            let handle = try workbook.openHandle()
            let series = try checkedSeries(of: chart)
            for (label, text) in [("chart title", chart.title), ("category axis title", chart.categoryAxisTitle),
                                  ("value axis title", chart.valueAxisTitle)] {
                if let text { try Self.checkChartText(text, label: label) }
            }
            if let size = chart.categoryLabelSize, !(size.isFinite && (1...409).contains(size)) {
                throw XLSXWriterError(.invalidChart, detail: "category label size \(size) is outside 1–409 points")
            }
            for scale in [chart.widthScale, chart.heightScale] where !(scale.isFinite && (0.1...10).contains(scale)) {
                throw XLSXWriterError(.invalidChart, detail: "chart scale \(scale) is outside 0.1–10")
            }

            let type = switch chart.kind {
            case .column: LXW_CHART_COLUMN
            case .bar: LXW_CHART_BAR
            }
            // A chart made here but never inserted (if a call below fails) is not written by libxlsxwriter.
            guard let libraryChart = workbook_add_chart(handle, UInt8(type.rawValue)) else {
                throw XLSXWriterError(.outOfMemory, detail: "workbook_add_chart returned no chart")
            }
            for item in series {
                guard let librarySeries = chart_add_series(libraryChart, nil, nil) else {
                    throw XLSXWriterError(.outOfMemory, detail: "chart_add_series returned no series")
                }
                if let categories = item.categories {
                    chart_series_set_categories(librarySeries, categories.sheet, categories.bounds.firstRow,
                                                categories.bounds.firstColumn, categories.bounds.lastRow,
                                                categories.bounds.lastColumn)
                }
                chart_series_set_values(librarySeries, item.values.sheet, item.values.bounds.firstRow,
                                        item.values.bounds.firstColumn, item.values.bounds.lastRow,
                                        item.values.bounds.lastColumn)
                if let name = item.name { chart_series_set_name(librarySeries, name) }
                if let format = item.valueLabelFormat {
                    chart_series_set_labels(librarySeries)
                    chart_series_set_labels_num_format(librarySeries, format)
                }
            }
            if let title = chart.title { chart_title_set_name(libraryChart, title) }
            // libxlsxwriter's x axis is the horizontal one: the value axis of a bar chart.
            let categoryAxis = chart.kind == .bar ? libraryChart.pointee.y_axis : libraryChart.pointee.x_axis
            let valueAxis = chart.kind == .bar ? libraryChart.pointee.x_axis : libraryChart.pointee.y_axis
            if let title = chart.categoryAxisTitle { chart_axis_set_name(categoryAxis, title) }
            if let title = chart.valueAxisTitle { chart_axis_set_name(valueAxis, title) }
            if let format = chart.valueAxisNumberFormat { chart_axis_set_num_format(valueAxis, format) }
            if let size = chart.categoryLabelSize {
                var font = lxw_chart_font()
                font.size = size
                chart_axis_set_num_font(categoryAxis, &font)
            }
            if let minimum = chart.valueAxisMinimum, minimum.isFinite { chart_axis_set_min(valueAxis, minimum) }
            if chart.categoriesTopDown && chart.kind == .bar {
                // Reversed, the value axis would move to the top; crossing at the last category keeps it below.
                chart_axis_set_reverse(categoryAxis)
                chart_axis_set_crossing_max(categoryAxis)
            }
            if !chart.showsLegend { chart_legend_set_position(libraryChart, UInt8(LXW_CHART_LEGEND_NONE.rawValue)) }

            var options = lxw_chart_options()
            options.x_scale = chart.widthScale
            options.y_scale = chart.heightScale
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_insert_chart_opt(cell.sheet, cell.row, cell.column, libraryChart, &options)
            }
        }
    }

    /// A series with its ranges checked and its sheet names as the workbook spells them.
    struct CheckedSeries {
        struct Range {
            let sheet: String
            let bounds: (firstRow: lxw_row_t, firstColumn: lxw_col_t, lastRow: lxw_row_t, lastColumn: lxw_col_t)
        }
        let name: String?
        let categories: Range?
        let values: Range
        let valueLabelFormat: String?
    }

    private func checkedSeries(of chart: Chart) throws(XLSXWriterError) -> [CheckedSeries] {
        guard (1...ExcelLimits.chartSeriesCount).contains(chart.series.count) else {
            throw XLSXWriterError(.invalidChart,
                                  detail: "a chart needs 1–\(ExcelLimits.chartSeriesCount) series, not \(chart.series.count)")
        }
        func checkedRange(_ range: Chart.DataRange) throws(XLSXWriterError) -> CheckedSeries.Range {
            guard let sheet = workbook.worksheet(named: range.sheet) else {
                throw XLSXWriterError(.sheetNotFound, sheet: range.sheet, cell: range.range.description,
                                      detail: "chart data on a sheet the workbook does not have")
            }
            let bounds = try XLSXWriterError.locating(sheet: range.sheet, cell: range.range.description) {
                () throws(XLSXWriterError) in try GridBounds.rect(range.range)
            }
            return CheckedSeries.Range(sheet: sheet.name, bounds: bounds)
        }
        return try chart.series.map { item throws(XLSXWriterError) in
            if let name = item.name { try Self.checkChartText(name, label: "series name") }
            return CheckedSeries(name: item.name, categories: try item.categories.map(checkedRange),
                                 values: try checkedRange(item.values), valueLabelFormat: item.valueLabelFormat)
        }
    }

    static func checkChartText(_ text: String, label: String) throws(XLSXWriterError) {
        try TextRules.check(text, label: label, maxLength: ExcelLimits.chartTextLength, placement: .multiline)
        if text.hasPrefix("=") {
            throw XLSXWriterError(.invalidChart, detail: "\(label) '\(text.prefix(40))' starts with '=', which libxlsxwriter reads as a formula")
        }
    }
}
