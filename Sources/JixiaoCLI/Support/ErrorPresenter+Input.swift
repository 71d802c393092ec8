import JixiaoForm

/// Words for inputs the tool cannot use: paths that name nothing, and data `fill` cannot use (a JSON that is no
/// form, a CSV without a 部门名称 column, an amount that is no number, a header naming no field with the closest
/// known one, two rows for one department), naming the row and column; and the notes `fill` prints about data
/// it was told to leave out.
extension ErrorPresenter {
    /// A command that reads files was given none.
    static func noPaths(language: Language) -> String {
        language.pick("请至少给出一个文件或文件夹", "give at least one file or folder")
    }

    /// A path given on the command line names nothing.
    static func missingPath(language: Language) -> String {
        language.pick("文件或文件夹不存在", "no such file or folder")
    }

    /// `data.csv：不是金额：一千（第 3 行，列「年度预算数」）`.
    static func message(for error: FormInput.InputError, file: String, language: Language) -> String {
        let place = [error.row.map { language.pick("第 \($0) 行", "row \($0)") },
                     error.column.map { language.pick("列「\($0)」", "column '\($0)'") }].compactMap { $0 }
            .joined(separator: language.pick("，", ", "))
        let text: String
        switch error.kind {
        case .notFormJSON:
            text = language.pick("不是表单 JSON（应为 validate 的 JSON 结果、form 对象数组或单个 form 对象）",
                                 "not form JSON (expected a validate JSON report, an array of form objects or one form object)")
        case .unreadableText:
            text = language.pick("无法读取为文本（应为 UTF-8 或 GB18030 编码的 CSV）", "not readable text (expected UTF-8 or GB 18030 CSV)")
        case .noDepartmentColumn:
            text = language.pick("CSV 缺少「部门名称」（或 department）列", "the CSV has no 部门名称 (department) column")
        case .notAnAmount:
            text = language.pick("不是金额：\(error.detail ?? "")", "not an amount: \(error.detail ?? "")")
        case .notAYear:
            let years = Form.plausibleYears
            text = language.pick("不是 \(years.lowerBound)–\(years.upperBound) 之间的年度：\(error.detail ?? "")",
                                 "not a year between \(years.lowerBound) and \(years.upperBound): \(error.detail ?? "")")
        case .unknownColumns:
            text = language.pick("以下列不对应任何字段：", "columns that name no field: ")
                + unknownList(error.unknown, language: language)
                + language.pick("。请改正表头，或加 --ignore-unknown 忽略这些列",
                                ". Correct the headers, or add --ignore-unknown to leave these columns out")
        case .unknownKeys:
            text = language.pick("以下键不对应任何字段：", "keys that name no field: ")
                + unknownList(error.unknown, language: language)
                + language.pick("。请改正键名，或加 --ignore-unknown 忽略这些键",
                                ". Correct the keys, or add --ignore-unknown to leave these keys out")
        case .duplicateRows, .duplicateForms:
            let rows = error.rows.map(String.init).joined(separator: language.pick("、", ", "))
            let which = error.kind == .duplicateRows ? language.pick("第 \(rows) 行", "rows \(rows)")
                                                     : language.pick("第 \(rows) 个表单对象", "form objects \(rows)")
            text = language.pick("\(which)是同一部门同一年度「\(error.detail ?? "")」，只能写出一份表。请删去多余的，或用 --duplicates first 或 --duplicates last 指定取哪一个",
                                 "\(which) are the same department and year (\(error.detail ?? "")), which gives one form. Remove the extra ones, or say which wins with --duplicates first or --duplicates last")
        }
        return compose(file: file, text: text, places: place.isEmpty ? [] : [place],
                       detail: error.kind == .notFormJSON ? error.detail : nil, language: language)
    }

    /// `「序号」、「备注」`.
    private static func quoted(_ names: [String], language: Language) -> String {
        names.map { language.pick("「\($0)」", "'\($0)'") }.joined(separator: language.pick("、", ", "))
    }

    /// `--year 应为 2000 到 2027 之间的年度：1999` (`fill --year`, `template --year`).
    static func yearOutOfRange(_ year: Int, language: Language) -> String {
        let years = Form.plausibleYears
        return language.pick("--year 应为 \(years.lowerBound) 到 \(years.upperBound) 之间的年度：\(year)",
                             "--year must be a year from \(years.lowerBound) to \(years.upperBound): \(year)")
    }

    /// A reference list gives no year, and `fill` needs one for 年度 and the file names.
    static func listNeedsYear(file: String, language: Language) -> String {
        compose(file: file, text: language.pick("名单中没有年度，请用 --year 指定年度（如 --year 2021），用于表中的年度和文件名",
                                                "a reference list gives no year: give one with --year (as in --year 2021) for the forms' 年度 and file names"),
                language: language)
    }

    /// `「年度预算（万元）」（最接近的已知表头：年度预算数）、「备注」（没有相近的表头）`.
    private static func unknownList(_ names: [FormInput.UnknownName], language: Language) -> String {
        names.map { name in
            language.pick("「\(name.name)」", "'\(name.name)'")
                + (name.closest.map { language.pick("（最接近的已知名称：\($0)）", " (closest known: \($0))") }
                    ?? language.pick("（没有相近的已知名称）", " (nothing similar is known)"))
        }.joined(separator: language.pick("、", ", "))
    }

    /// What `fill` says on standard error about data it left out: the columns or keys ignored as told
    /// (`--ignore-unknown`), a reference list's columns that are no form field, the columns of worked-out figures
    /// whose values the formulas replace, and the rows that lost to another of the same department
    /// (`--duplicates`).
    ///
    /// ```swift
    /// ErrorPresenter.notes(for: reading, file: "d.csv", language: .zh)
    /// // ["d.csv：注意：已忽略不对应任何字段的列：「备注」（没有相近的已知名称）"]
    /// ```
    static func notes(for reading: FormInput.Reading, file: String, language: Language) -> [String] {
        var notes: [String] = []
        let json = reading.source == .json
        if reading.source == .referenceList, !reading.ignored.isEmpty {
            let names = quoted(reading.ignored.map(\.name), language: language)
            notes.append(compose(file: file, text: language.pick("注意：名单中的\(names)不是表中的栏目，未使用",
                                                                 "note: the list's \(names) are no fields of the form and were not used"),
                                 language: language))
        } else if !reading.ignored.isEmpty {
            let what = json ? language.pick("键", "keys") : language.pick("列", "columns")
            notes.append(compose(file: file, text: language.pick("注意：已忽略不对应任何字段的\(what)：", "note: \(what) that name no field were ignored: ")
                                                   + unknownList(reading.ignored, language: language), language: language))
        }
        if !reading.computed.isEmpty {
            let names = quoted(reading.computed, language: language)
            notes.append(compose(file: file, text: language.pick("注意：\(names)由表中公式计算，数据中的值未使用",
                                                                 "note: \(names) are computed by the form's formulas; the data's values were not used"),
                                 language: language))
        }
        for entry in reading.dropped {
            let (dropped, kept) = json ? (language.pick("第 \(entry.dropped) 个表单对象", "form object \(entry.dropped)"),
                                          language.pick("第 \(entry.kept) 个", "form object \(entry.kept)"))
                                       : (language.pick("第 \(entry.dropped) 行", "row \(entry.dropped)"),
                                          language.pick("第 \(entry.kept) 行", "row \(entry.kept)"))
            notes.append(compose(file: file, text: language.pick("注意：\(dropped)与\(kept)是同一部门「\(entry.department)」，按 --duplicates 取\(kept)",
                                                                 "note: \(dropped) is the same department as \(kept) (\(entry.department)); --duplicates keeps \(kept)"),
                                 language: language))
        }
        return notes
    }
}
