import Foundation
import XLSXReader

/// A written workbook read back with our own reader, cells keyed by A1 reference.
struct ReadBack {
    let workbook: Workbook

    init(_ url: URL) throws {
        workbook = try Workbook(contentsOf: url)
    }

    var sheetNames: [String] { workbook.sheets.map(\.name) }

    func cells(_ sheetIndex: Int = 0) -> [String: Cell] {
        Dictionary(workbook.sheets[sheetIndex].cells.map { ($0.reference.description, $0) },
                   uniquingKeysWith: { first, _ in first })
    }

    func merges(_ sheetIndex: Int = 0) -> [String] {
        workbook.sheets[sheetIndex].merges.map(\.description)
    }
}
