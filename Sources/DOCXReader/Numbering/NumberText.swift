/// A list number written in one of Word's number formats (`w:numFmt`): `decimal` 3 → "3", `chineseCounting`
/// 12 → "十二", `ideographTraditional` 2 → "乙", `decimalEnclosedCircle` 1 → "①". Formats it does not know are
/// written as decimals.
///
/// ```swift
/// NumberText.format(21, as: "chineseCounting")   // "二十一"
/// ```
enum NumberText {
    static func format(_ number: Int, as format: String) -> String {
        switch format {
        case _ where number > 0 && ["chineseCounting", "chineseCountingThousand", "japaneseCounting",
                                    "taiwaneseCounting", "ideographDigital"].contains(format):
            return chinese(number, digits: Array("〇一二三四五六七八九"), units: ["", "十", "百", "千"], tenAlone: true)
        case "chineseLegalSimplified" where number > 0:
            return chinese(number, digits: Array("零壹贰叁肆伍陆柒捌玖"), units: ["", "拾", "佰", "仟"], tenAlone: false)
        case "ideographTraditional" where (1...10).contains(number):
            return String(Array("甲乙丙丁戊己庚辛壬癸")[number - 1])
        case "ideographZodiac" where (1...12).contains(number):
            return String(Array("子丑寅卯辰巳午未申酉戌亥")[number - 1])
        case _ where (1...20).contains(number) && ["decimalEnclosedCircle", "decimalEnclosedCircleChinese"].contains(format):
            return String(Character(Unicode.Scalar(0x2460 + UInt32(number - 1))!))
        case "decimalEnclosedParen" where (1...20).contains(number):
            return String(Character(Unicode.Scalar(0x2474 + UInt32(number - 1))!))
        case "decimalEnclosedFullstop" where (1...20).contains(number):
            return String(Character(Unicode.Scalar(0x2488 + UInt32(number - 1))!))
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(number).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        case "decimalZero":
            return number < 10 ? "0\(number)" : String(number)
        case _ where number > 0 && (format == "upperLetter" || format == "lowerLetter"):
            // Word repeats the letter past Z: 27 → AA.
            let letter = Character(Unicode.Scalar(UInt8(65 + (number - 1) % 26)))
            let text = String(repeating: letter, count: (number - 1) / 26 + 1)
            return format == "upperLetter" ? text : text.lowercased()
        case _ where (1...3999).contains(number) && (format == "upperRoman" || format == "lowerRoman"):
            let text = roman(number)
            return format == "upperRoman" ? text : text.lowercased()
        default:
            return String(number)
        }
    }

    /// 1–9999 in Chinese counting: 十 alone for 10–19 when `tenAlone` (十二, not 一十二), 零 for skipped places
    /// (一百零五). Larger numbers are written in decimal.
    private static func chinese(_ number: Int, digits: [Character], units: [String], tenAlone: Bool) -> String {
        guard number < 10_000 else { return String(number) }
        var text = ""
        var pendingZero = false
        for place in stride(from: 3, through: 0, by: -1) {
            var divisor = 1
            for _ in 0..<place { divisor *= 10 }
            let digit = number / divisor % 10
            if digit == 0 {
                if !text.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { text.append(digits[0]); pendingZero = false }
            if !(tenAlone && place == 1 && digit == 1 && text.isEmpty) { text.append(digits[digit]) }
            text += units[place]
        }
        return text
    }

    private static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number, text = ""
        for (value, letters) in table {
            while rest >= value { text += letters; rest -= value }
        }
        return text
    }
}
