/// Excel's serial day numbers, turned into calendar dates without Foundation's calendar (cheap per cell).
///
/// ```swift
/// ExcelDate.isoText(serial: 44562, date1904: false)   // "2022-01-01T00:00:00"
/// ExcelDate.isoText(serial: 42735, date1904: true)    // "2021-01-01T00:00:00"
/// ```
public enum ExcelDate {
    /// The serial as ISO 8601 local time to the second (`2022-01-01T00:00:00`), or nil when it is not a
    /// finite serial in years 1–9999.
    ///
    /// 1900 system: serial 1 is 1900-01-01, serial 60 is Excel's phantom 1900-02-29 (written as such), from 61 on
    /// the day is 1899-12-30 plus the serial. 1904 system: 1904-01-01 plus the serial. Fractions are rounded to the
    /// nearest second.
    public static func isoText(serial: Double, date1904: Bool) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(19)
        guard appendISOText(serial: serial, date1904: date1904, to: &bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends what ``isoText(serial:date1904:)`` returns, as ASCII bytes; false (and nothing appended) where
    /// that is nil. For writers that stream many dates.
    ///
    /// ```swift
    /// var out: [UInt8] = []
    /// ExcelDate.appendISOText(serial: 44562.5, date1904: false, to: &out)   // true; out is "2022-01-01T12:00:00"
    /// ```
    @discardableResult
    public static func appendISOText(serial: Double, date1904: Bool, to out: inout [UInt8]) -> Bool {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return false }
        let totalSeconds = Int64((serial * 86_400).rounded())
        var days = Int(totalSeconds / 86_400)
        let seconds = Int(totalSeconds % 86_400)
        let civil: (year: Int, month: Int, day: Int)
        if date1904 {
            civil = civilDate(daysSinceEpoch: daysFromCivil(1904, 1, 1) + days)
        } else if days == 60 {
            civil = (1900, 2, 29)
        } else {
            if days < 60 { days += 1 }   // before the phantom day, serial 1 is 1900-01-01
            civil = civilDate(daysSinceEpoch: daysFromCivil(1899, 12, 30) + days)
        }
        guard civil.year >= 1, civil.year <= 9999 else { return false }
        appendDigits(civil.year, 4, &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(civil.month, 2, &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(civil.day, 2, &out)
        out.append(UInt8(ascii: "T"))
        appendDigits(seconds / 3600, 2, &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(seconds / 60 % 60, 2, &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(seconds % 60, 2, &out)
        return true
    }

    /// `value` (0–9999) in exactly `width` digits, zero-padded.
    @inline(__always)
    private static func appendDigits(_ value: Int, _ width: Int, _ out: inout [UInt8]) {
        var divisor = width == 4 ? 1000 : 10
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilDate(daysSinceEpoch: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
