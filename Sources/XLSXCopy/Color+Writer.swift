import XLSXReader
import XLSXWriter

extension Color {
    /// The colour shown, as the writer's RGB; nil when it resolves to nothing (automatic).
    var rgb: RGBColor? {
        argb.map { value in
            RGBColor(red: UInt8((value >> 16) & 0xFF), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
        }
    }
}
