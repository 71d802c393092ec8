/// Shifts the relative references of a formula, as Excel does when a shared formula (`<f t="shared">`) written
/// once on its master cell applies to the cells below or beside it.
///
/// `$`-anchored parts stay; text in double quotes, quoted sheet names and `[…]` structured references are left
/// untouched; names and function names that look like references (`LOG10(`, `Sheet1!`) are not shifted.
///
/// ```swift
/// FormulaTranslator.shift("A1*$B$1+SUM(C1:C3)", rows: 2, columns: 1)   // "B3*$B$1+SUM(D3:D5)"
/// ```
public enum FormulaTranslator {
    public static func shift(_ formula: String, rows: Int, columns: Int) -> String {
        if rows == 0 && columns == 0 { return formula }
        let text = Array(formula.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        var previous: Unicode.Scalar = " "

        func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "."
                || scalar == "$"
        }
        func append(_ range: Range<Int>) { output.append(contentsOf: text[range]) }
        func append(_ string: String) { output.append(contentsOf: string.unicodeScalars) }

        while index < text.count {
            let scalar = text[index]
            // Quoted text and quoted sheet names: copy through the closing quote (doubled quotes stay inside).
            if scalar == "\"" || scalar == "'" {
                var end = index + 1
                while end < text.count {
                    if text[end] == scalar {
                        if end + 1 < text.count && text[end + 1] == scalar { end += 2; continue }
                        break
                    }
                    end += 1
                }
                let stop = min(end + 1, text.count)
                append(index..<stop)
                index = stop
                previous = scalar
                continue
            }
            if scalar == "[" {
                var depth = 0, end = index
                while end < text.count {
                    if text[end] == "[" { depth += 1 } else if text[end] == "]" { depth -= 1; if depth == 0 { break } }
                    end += 1
                }
                let stop = min(end + 1, text.count)
                append(index..<stop)
                index = stop
                previous = "]"
                continue
            }
            let atBoundary = !isWordCharacter(previous)
            if atBoundary, scalar == "$" || isASCIILetter(scalar) {
                if let match = matchColumnRange(text, from: index) {
                    append(shiftColumn(match.0, by: columns) + ":" + shiftColumn(match.1, by: columns))
                    index = match.end; previous = "x"; continue
                }
                if let match = matchCell(text, from: index) {
                    append(match.shifted(rows: rows, columns: columns))
                    index = match.end; previous = "x"; continue
                }
            }
            if atBoundary, isASCIILetter(scalar) {
                // A name or function: copy it whole so its tail is never read as a reference.
                var end = index + 1
                while end < text.count, isASCIILetter(text[end]) || ("0"..."9").contains(text[end])
                        || text[end] == "_" || text[end] == "." || text[end] == "\\" {
                    end += 1
                }
                append(index..<end)
                index = end; previous = "x"; continue
            }
            if atBoundary, scalar == "$" || ("0"..."9").contains(scalar), let match = matchRowRange(text, from: index) {
                append(shiftRow(match.0, by: rows) + ":" + shiftRow(match.1, by: rows))
                index = match.end; previous = "x"; continue
            }
            if ("0"..."9").contains(scalar) || scalar == "." {
                // A number literal (with exponent): copy whole so `1E5` is not taken for a reference.
                var end = index + 1
                while end < text.count, ("0"..."9").contains(text[end]) || text[end] == "." { end += 1 }
                if end < text.count, text[end] == "E" || text[end] == "e" {
                    var exponentEnd = end + 1
                    if exponentEnd < text.count, text[exponentEnd] == "+" || text[exponentEnd] == "-" { exponentEnd += 1 }
                    if exponentEnd < text.count, ("0"..."9").contains(text[exponentEnd]) {
                        end = exponentEnd
                        while end < text.count, ("0"..."9").contains(text[end]) { end += 1 }
                    }
                }
                append(index..<end)
                index = end; previous = "9"; continue
            }
            output.append(scalar)
            previous = scalar
            index += 1
        }
        return String(output)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
    }

    /// A reference part: an optional `$` and its text (`$B`, `12`).
    private struct Part {
        var absolute: Bool
        var text: String
    }

    private struct CellMatch {
        var column: Part
        var row: Part
        var end: Int

        func shifted(rows: Int, columns: Int) -> String {
            var columnText = column.text
            if !column.absolute, let index = CellReference.columnIndex(column.text) {
                let shifted = index + columns
                if shifted < 0 { return "#REF!" }
                columnText = CellReference.columnName(shifted)
            }
            var rowNumber = Int(row.text) ?? 0
            if !row.absolute { rowNumber += rows }
            if rowNumber < 1 { return "#REF!" }
            return (column.absolute ? "$" : "") + columnText + (row.absolute ? "$" : "") + String(rowNumber)
        }
    }

    private static func scanPart(_ text: [Unicode.Scalar], from start: Int, letters: Bool) -> (Part, Int)? {
        var index = start
        var absolute = false
        if index < text.count, text[index] == "$" { absolute = true; index += 1 }
        let begin = index
        while index < text.count, letters ? isASCIILetter(text[index]) : ("0"..."9").contains(text[index]) {
            index += 1
        }
        guard index > begin else { return nil }
        if letters && index - begin > 3 { return nil }
        return (Part(absolute: absolute, text: String(String.UnicodeScalarView(text[begin..<index]))), index)
    }

    private static func followedByWord(_ text: [Unicode.Scalar], _ end: Int, extra: String) -> Bool {
        guard end < text.count else { return false }
        let next = text[end]
        return isASCIILetter(next) || ("0"..."9").contains(next) || next == "_" || extra.unicodeScalars.contains(next)
    }

    private static func matchCell(_ text: [Unicode.Scalar], from start: Int) -> CellMatch? {
        guard let (column, afterColumn) = scanPart(text, from: start, letters: true),
              let (row, end) = scanPart(text, from: afterColumn, letters: false) else { return nil }
        if followedByWord(text, end, extra: "(.!") { return nil }
        guard let columnIndex = CellReference.columnIndex(column.text), columnIndex < CellReference.maxColumns,
              let rowNumber = Int(row.text), rowNumber <= CellReference.maxRows else { return nil }
        return CellMatch(column: column, row: row, end: end)
    }

    private static func matchColumnRange(_ text: [Unicode.Scalar], from start: Int) -> (Part, Part, end: Int)? {
        guard let (first, afterFirst) = scanPart(text, from: start, letters: true),
              afterFirst < text.count, text[afterFirst] == ":",
              let (second, end) = scanPart(text, from: afterFirst + 1, letters: true) else { return nil }
        if followedByWord(text, end, extra: "(") { return nil }
        return (first, second, end)
    }

    private static func matchRowRange(_ text: [Unicode.Scalar], from start: Int) -> (Part, Part, end: Int)? {
        guard let (first, afterFirst) = scanPart(text, from: start, letters: false),
              afterFirst < text.count, text[afterFirst] == ":",
              let (second, end) = scanPart(text, from: afterFirst + 1, letters: false) else { return nil }
        if followedByWord(text, end, extra: ".(") { return nil }
        return (first, second, end)
    }

    private static func shiftColumn(_ part: Part, by columns: Int) -> String {
        guard !part.absolute, let index = CellReference.columnIndex(part.text) else {
            return (part.absolute ? "$" : "") + part.text
        }
        return CellReference.columnName(index + columns)
    }

    private static func shiftRow(_ part: Part, by rows: Int) -> String {
        guard !part.absolute, let number = Int(part.text) else { return (part.absolute ? "$" : "") + part.text }
        return String(number + rows)
    }
}
