/// What the reports say of a file LibreOffice converted before it was read (``FileReport/convertedFrom``): the
/// text report's line under the file and the summary's 说明 both use these words.
///
/// ```swift
/// ConversionWords.note(from: "xls", language: .zh)   // "已由 LibreOffice 从 .xls 转换为 .xlsx 后读取"
/// ConversionWords.note(from: "et", language: .en)    // "converted from .et to .xlsx by LibreOffice before reading"
/// ```
enum ConversionWords {
    static func note(from format: String, language: Language) -> String {
        language.pick("已由 LibreOffice 从 .\(format) 转换为 .xlsx 后读取",
                      "converted from .\(format) to .xlsx by LibreOffice before reading")
    }
}
