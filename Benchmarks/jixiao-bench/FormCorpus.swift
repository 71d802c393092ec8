import Foundation
import JixiaoForm
import Synchronization
import XLSXReader
import XLSXWriter

/// A folder of returned forms as an officer finds it on a Monday morning, for `Scripts/bench.sh bulk`.
///
/// Every form is written by our writer in the official layout (`FormWorkbookWriter`), from the two example
/// forms: department names, budgets, spending and indicator results vary per file; about one form in twenty
/// states a wrong 预算完成率 or 预算调整率, a third carry a 评分表. Four files in a hundred are not forms: a
/// truncated download, a web page saved as `.xlsx`, an old `.xls`, and a workbook with a plain table. Files are
/// spread over district folders. The same `count` always gives the same files.
///
/// ```sh
/// jixiao-bench generate-forms /tmp/corpus 1000
/// ```
enum FormCorpus {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let districts = ["黄埔区", "番禺区", "天河区", "越秀区", "海珠区", "荔湾区", "白云区", "花都区", "南沙区",
                            "从化区", "增城区"]
    static let agencies = ["总工会", "财政局", "教育局", "卫生健康局", "民政局", "住房和城乡建设局", "交通运输局",
                           "农业农村局", "文化广电旅游局", "司法局", "统计局", "审计局", "应急管理局", "市场监督管理局",
                           "生态环境分局", "人力资源和社会保障局", "科学技术局", "商务局", "退役军人事务局", "医疗保障局"]

    /// What the folder holds.
    struct Tally: CustomStringConvertible {
        var forms = 0
        var formsWithErrors = 0
        var broken = 0
        var description: String {
            "\(forms + broken) files: \(forms) forms (\(formsWithErrors) with a wrong rate), \(broken) broken or not forms"
        }
    }

    static func generate(into folder: URL, count: Int, examples: URL) throws -> Tally {
        let writer = try FormWorkbookWriter()
        let validator = FormValidator()
        var bases: [Form] = []
        for name in ["huangpu-2021.xlsx", "panyu-2021.xlsx"] {
            guard let form = validator.validate(fileAt: examples.appendingPathComponent(name)).form else {
                throw Failure(description: "\(name) in \(examples.path) is not a readable form")
            }
            bases.append(form)
        }
        for district in districts {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(district),
                                                    withIntermediateDirectories: true)
        }
        let bases_ = bases
        let failures = Mutex<[String]>([])
        let tallies = Mutex(Tally())
        // Both cores: writing 10,000 forms one at a time takes a while.
        DispatchQueue.concurrentPerform(iterations: count) { index in
            do {
                let kind = try write(index, into: folder, bases: bases_, writer: writer)
                tallies.withLock { tally in
                    switch kind {
                    case .form: tally.forms += 1
                    case .formWithError: tally.forms += 1; tally.formsWithErrors += 1
                    case .broken: tally.broken += 1
                    }
                }
            } catch {
                failures.withLock { $0.append("\(index): \(error)") }
            }
        }
        if let first = failures.withLock({ $0.first }) { throw Failure(description: "writing file \(first)") }
        return tallies.withLock { $0 }
    }

    enum Kind { case form, formWithError, broken }

    /// A small deterministic generator (SplitMix64), so a corpus can be made again identically.
    struct Random {
        var state: UInt64
        init(_ seed: Int) { state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678 }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
    }

    private static func write(_ index: Int, into folder: URL, bases: [Form], writer: FormWorkbookWriter) throws -> Kind {
        var random = Random(index)
        let district = districts[index % districts.count]
        let agency = agencies[(index / districts.count) % agencies.count]
        let url = folder.appendingPathComponent(district)
            .appendingPathComponent(String(format: "%05d-", index) + agency + ".xlsx")
        switch index % 100 {
        case 96:
            // An old Excel 97–2003 file: the OLE2 signature and a body.
            var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
            bytes += (0..<4088).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            try Data(bytes).write(to: url.deletingPathExtension().appendingPathExtension("xls"))
            return .broken
        case 97:
            try Data("<html><head><title>绩效自评表</title></head><body>下载失败</body></html>".utf8).write(to: url)
            return .broken
        case 98:
            try writePlainTable(to: url, random: &random)
            return .broken
        default:
            break
        }
        var form = bases[index % 3 == 0 ? 1 : 0]
        form.department = "广州市\(district)\(agency)"
        form.year = 2021 + index % 3
        form.title = "\(district)部门整体支出绩效自评表"
        let initial = Decimal(random.int(50_000...5_000_000)) / 100
        let annual = initial * Decimal(random.int(800...1_200)) / 1_000
        let actual = annual * Decimal(random.int(850...1_020)) / 1_000
        form.funds.initialBudget = ShownDecimal(initial, places: 2)
        form.funds.annualBudget = ShownDecimal(annual, places: 2)
        form.funds.actual = ShownDecimal(actual, places: 2)
        form.funds.generalPublicBudget = form.funds.actual
        for key in [FieldKey.completionRate, .adjustment, .adjustmentRate, .governmentFundBudget,
                    .stateCapitalBudget, .otherFunds] {
            form.funds[key] = nil
        }
        for row in form.keyIndicators.indices {
            guard let target = form.keyIndicators[row].targetValue, let unit = form.keyIndicators[row].targetUnit
            else { continue }
            let result = target.value * Decimal(random.int(90...110)) / 100
            let shown = ShownDecimal(result, places: 0)
            form.keyIndicators[row].result = "\(shown.text)\(unit)"
            form.keyIndicators[row].resultValue = shown
            form.keyIndicators[row].resultUnit = unit
        }
        form = writer.corrector.correct(form, findings: []).form
        var kind = Kind.form
        if index % 20 == 7, let rate = form.funds.completionRate {
            form.funds.completionRate = ShownDecimal(rate.value + Decimal(random.int(2...9)) / 100, places: rate.places)
            kind = .formWithError
        } else if index % 20 == 13, let rate = form.funds.adjustmentRate {
            form.funds.adjustmentRate = rate.negated
            kind = rate.value.isZero ? .form : .formWithError
        }
        if index % 100 == 99 {
            // A download cut short: the first half of a real form.
            let temporary = url.appendingPathExtension("part")
            try writer.write(form, to: temporary, overwrite: true)
            let data = try Data(contentsOf: temporary)
            try data.prefix(data.count / 2).write(to: url)
            try FileManager.default.removeItem(at: temporary)
            return .broken
        }
        try writer.write(form, to: url, overwrite: true)
        return kind
    }

    /// A workbook that is not a form: a sheet of figures with a header.
    private static func writePlainTable(to url: URL, random: inout Random) throws {
        let workbook = try WorkbookWriter(writingTo: url, options: WorkbookOptions(overwrite: true))
        let sheet = try workbook.addWorksheet(named: "明细")
        for (column, header) in ["项目", "金额", "备注"].enumerated() { try sheet.writeText(header, row: 0, column: column) }
        for row in 1...40 {
            try sheet.writeText("支出项目\(row)", row: row, column: 0)
            try sheet.writeNumber(Decimal(random.int(100...99_999)) / 100, row: row, column: 1)
            try sheet.writeText("无", row: row, column: 2)
        }
        try workbook.close()
    }
}
