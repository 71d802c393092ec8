import Foundation
import JixiaoForm
import JixiaoTestSupport
import Testing

/// The layout corpus made by `Tests/Fixtures/layouts/make_layouts.py`: funds grids with the total row first,
/// last, after a 其中 block or missing, a correct form and one with an injected error each; a goal label merged
/// down over its block above a label jixiao knows and one it does not; headers with their texts below them;
/// units of measure beyond the grammar's list. Each layout written by XlsxWriter without merges, by openpyxl with
/// merges and re-saved by LibreOffice, against one expectation worked out by hand.
@Suite("Layouts")
struct LayoutFormTests {
    static let folder = Fixtures.root.appendingPathComponent("layouts")
    static let names: [String] = Fixtures.files(in: folder, suffix: ".xlsx").map(\.lastPathComponent)

    @Test func everyLayoutComesFromEveryProducer() {
        let stems = Set(Fixtures.files(in: Self.folder, suffix: ".expected.json").map {
            $0.lastPathComponent.replacingOccurrences(of: ".expected.json", with: "")
        })
        #expect(stems.count >= 10)
        for stem in stems {
            for producer in ["xlsxwriter", "openpyxl", "libreoffice"] {
                #expect(Self.names.contains("\(stem).\(producer).xlsx"), "\(stem).\(producer).xlsx")
            }
        }
    }

    @Test(arguments: names)
    func matchesExpected(_ name: String) throws {
        let report = FormValidator().validate(fileAt: Self.folder.appendingPathComponent(name), path: name)
        // NAME.producer.xlsx → NAME.expected.json
        let stem = name.split(separator: ".").dropLast(2).joined(separator: ".")
        let problems = try ExpectedReport.differences(report, expectedAt: Self.folder.appendingPathComponent(stem + ".expected.json"))
        #expect(problems.isEmpty, "\(name):\n\(problems.joined(separator: "\n"))")
    }

    @Test func aGridWithoutATotalRowSaysSo() throws {
        let report = FormValidator().validate(fileAt: Self.folder.appendingPathComponent("sources-no-total.xlsxwriter.xlsx"))
        let missing = report.findings.filter { $0.rule == .requiredField }
        #expect(missing.map(\.field.rawValue) == ["funds.annualBudget", "funds.actual"])
        #expect(missing.allSatisfy { $0.kind == .noTotalRow })
        #expect(missing.first?.message.contains("合计") == true)
        #expect(report.form?.funds.annualBudget == nil)
    }
}
