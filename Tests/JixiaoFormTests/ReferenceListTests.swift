import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing
import XLSXReader

@Suite("Reference list: reading and refusing")
struct ReferenceListTests {
    static let templates = try? TemplateBundle.standard.get()
    static let vocabulary = try? ReferenceVocabulary.standard.get()
    static let folder = Fixtures.root.appendingPathComponent("reference")

    static func read(_ name: String) throws -> ReferenceList {
        let templates = try #require(Self.templates), vocabulary = try #require(Self.vocabulary)
        return try ReferenceList(contentsOf: folder.appendingPathComponent(name), template: templates.form, vocabulary: vocabulary)
    }

    static func refusal(_ name: String) throws -> ReferenceError? {
        do { _ = try read(name); return nil } catch let error as ReferenceError { return error }
    }

    @Test func workbookWithTitleUnitLineCodesAndATotalRow() throws {
        let list = try Self.read("round.openpyxl.xlsx")
        #expect(list.sheet == "名单")
        #expect(list.hasCodes)
        #expect(list.ignoredColumns == ["序号", "备注"])
        #expect(list.units.map(\.name) == ["某某局档案馆", "广州市某某局培训中心", "广州市 某某局 执法大队", "广州市某某局信息中心",
                                           "广州市某某局机关本级", "广州市黄埔区总工会【广州开发区总工会】", "广州市白云区总工会"])
        #expect(list.units.map(\.row) == [4, 5, 6, 7, 8, 9, 10])
        #expect(list.units.map(\.code) == ["101001", "101002", "101003", "101004", "101005", "102001", "103001"])
        let huangpu = list.units[5]
        // 单位：元 above the header: every figure is in 元, expressed exactly in 万元 on demand.
        #expect(huangpu.figures[.annualBudget]?.text == "15050200")
        #expect(huangpu.figureUnits == [.annualBudget: .yuan, .initialBudget: .yuan, .actual: .yuan])
        #expect(huangpu.figure(.annualBudget, in: .tenThousandYuan)?.text == "1505.0200")
        #expect(huangpu.figure(.actual, in: .tenThousandYuan)?.text == "1472.4600")
        #expect(huangpu.figure(.actual, in: .yuan)?.text == "14724600")
        #expect(huangpu.figure(.adjustment, in: .yuan) == nil)
    }

    @Test(arguments: ["unions.utf8-bom.csv", "unions.gb18030.csv"])
    func csvWithUnitsInTheHeaders(_ name: String) throws {
        let list = try Self.read(name)
        #expect(list.sheet == nil)
        #expect(!list.hasCodes)
        #expect(list.ignoredColumns.isEmpty)
        #expect(list.units.map(\.name) == ["黄埔区总工会", "广州市番禺区总工会"])
        let panyu = list.units[1]
        #expect(panyu.row == 3)
        #expect(panyu.figures[.annualBudget]?.text == "1576.21")
        #expect(panyu.figures[.generalPublicBudget]?.text == "1120.44")
        // `funds.actual` states no unit: the figure is taken in the form's own unit.
        #expect(panyu.figureUnits == [.annualBudget: .tenThousandYuan, .generalPublicBudget: .tenThousandYuan])
        #expect(panyu.figure(.annualBudget, in: .yuan)?.text == "15762100")
        #expect(panyu.figure(.actual, in: .yuan)?.text == "1538.82")
    }

    @Test func aUnitLineAcrossTwoCellsIsNoHeader() throws {
        let templates = try #require(Self.templates), vocabulary = try #require(Self.vocabulary)
        let csv = "应交单位名单\n单位,元\n单位,年度预算数,执行率\n档案馆,1500000,98%\n"
        let list = try ReferenceList(csv: Data(csv.utf8), template: templates.form, vocabulary: vocabulary)
        #expect(list.units.map(\.name) == ["档案馆"])
        #expect(list.units.map(\.row) == [4])
        #expect(list.ignoredColumns == ["执行率"])
        #expect(list.units[0].figure(.annualBudget, in: .tenThousandYuan)?.text == "150.0000")
    }

    @Test func amountUnitsFromTheTemplateAndExactConversion() throws {
        let form = try #require(Self.templates).form
        #expect(AmountUnit(text: "万元", template: form) == .tenThousandYuan)
        #expect(AmountUnit(text: "元", template: form) == .yuan)
        #expect(AmountUnit(text: "千元", template: form) == nil)
        let figure = try #require(ShownDecimal(text: "1505.02"))
        #expect(AmountUnit.yuan.converting(figure, from: .tenThousandYuan).text == "15050200")
        #expect(AmountUnit.tenThousandYuan.converting(ShownDecimal(15050249, places: 0), from: .yuan).text == "1505.0249")
        #expect(AmountUnit.tenThousandYuan.converting(figure, from: .tenThousandYuan) == figure)
        // Moving the exponent is the multiplication by the power of ten, for every kind of value.
        let values = ["1505.02", "-353.99", "0", "0.0001", "18446744073709551615", "123456789012345678901234567890", "-7"]
        for text in values {
            let value = try #require(Decimal(string: text))
            for shift in [-4, 4, 0, 9] {
                let product = value * Decimal(sign: .plus, exponent: shift, significand: 1)
                #expect(DecimalMath.shifted(value, by: shift) == product, "\(text) × 10^\(shift)")
            }
        }
    }

    @Test func headersByKeyLabelAndHeaderOnlyWord() throws {
        let reader = ReferenceColumnReader(template: try #require(Self.templates).form, vocabulary: try #require(Self.vocabulary))
        #expect(reader.column(for: "单位名称") == .name(rank: 1))
        #expect(reader.column(for: "预算单位") != .unknown)
        #expect(reader.column(for: "单位编码") == .code)
        #expect(reader.column(for: "全年预算数（元）") == .figure(.annualBudget, .yuan))
        #expect(reader.column(for: "调整后预算数(万元)") == .figure(.annualBudget, .tenThousandYuan))
        #expect(reader.column(for: "年初预算数") == .figure(.initialBudget, nil))
        #expect(reader.column(for: "全年执行数") == .figure(.actual, nil))
        #expect(reader.column(for: "决算数") == .figure(.actual, nil))
        #expect(reader.column(for: "funds.generalPublicBudget") == .figure(.generalPublicBudget, nil))
        #expect(reader.column(for: "预算完成率") == .unknown)
        #expect(reader.column(for: "备注") == .unknown)
    }

    @Test func refusalsNameRowAndColumn() throws {
        #expect(try Self.refusal("bad-no-name-column.csv") == ReferenceError(.noNameColumn))
        #expect(try Self.refusal("bad-no-name-column.openpyxl.xlsx") == ReferenceError(.noNameColumn))
        #expect(try Self.refusal("bad-empty-name.csv") == ReferenceError(.emptyName, row: 3, column: 1, header: "单位名称"))
        #expect(try Self.refusal("bad-duplicate-name.csv")
                == ReferenceError(.duplicateUnit, row: 4, column: 1, header: "部门名称", detail: "2"))
        #expect(try Self.refusal("bad-duplicate-code.csv")
                == ReferenceError(.duplicateUnit, row: 3, column: 1, header: "单位编码", detail: "2"))
        let notANumber = try #require(try Self.refusal("bad-not-a-number.csv"))
        #expect(notANumber == ReferenceError(.notANumber, row: 3, column: 3, header: "实际支出数", detail: "约270"))
        #expect(notANumber.columnName == "C")
        #expect(try Self.refusal("bad-duplicate-column.csv")
                == ReferenceError(.duplicateColumn, row: 1, column: 3, header: "全年预算数", detail: "年度预算数"))
    }

    @Test func unreadableAndEmptyLists() throws {
        let templates = try #require(Self.templates), vocabulary = try #require(Self.vocabulary)
        #expect(throws: ReferenceError(.unreadable, detail: "not UTF-8 or GB 18030 text")) {
            try ReferenceList(csv: Data([0xFF, 0xFE, 0x00, 0x81]), template: templates.form, vocabulary: vocabulary)
        }
        #expect(throws: ReferenceError(.noUnits, row: 1, column: 1, header: "单位名称")) {
            try ReferenceList(csv: Data("单位名称,年度预算数\n合计,100\n".utf8), template: templates.form, vocabulary: vocabulary)
        }
    }
}
