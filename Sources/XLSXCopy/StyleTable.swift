import XLSXReader
import XLSXWriter

/// The writer's style of each of a workbook's cell formats, worked out once per format.
struct StyleTable {
    let workbook: Workbook
    private var byIndex: [Int: CellStyle] = [:]

    init(workbook: Workbook) {
        self.workbook = workbook
    }

    /// The style of cell format `index`; an index the workbook lacks is its first format, as readers take it.
    mutating func style(_ index: Int) -> CellStyle {
        if let known = byIndex[index] { return known }
        let formats = workbook.cellFormats
        let format = formats.indices.contains(index) ? formats[index] : (formats.first ?? .standard)
        let style = format.cellStyle
        byIndex[index] = style
        return style
    }
}
