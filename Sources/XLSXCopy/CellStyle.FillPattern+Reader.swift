import XLSXReader
import XLSXWriter

extension CellStyle.FillPattern {
    /// The writer's pattern for a read one (the same names).
    init?(_ pattern: XLSXReader.FillPattern) {
        guard let match = CellStyle.FillPattern.allCases.first(where: { "\($0)" == pattern.rawValue }) else {
            return nil
        }
        self = match
    }
}
