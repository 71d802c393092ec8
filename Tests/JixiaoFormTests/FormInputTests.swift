import Foundation
@testable import JixiaoForm
import Testing

@Suite("Fill input: CSV and form JSON")
struct FormInputTests {
    static let templates = try? TemplateBundle.standard.get()
    static let layout = try? OfficialLayout.standard.get()
    static let columns = try? FillColumns.standard.get()

    @Test func csvQuotingAndLineBreaks() throws {
        let table = try CSVTable(data: Data("\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,\n".utf8))
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows == [["x, y", "say \"hi\"", "two\nlines"]])
    }

    @Test func csvInGB18030() throws {
        // 部门名称,年度预算数 / 测试局,100 as Excel saves "CSV" on Chinese Windows.
        let bytes: [UInt8] = [0xB2, 0xBF, 0xC3, 0xC5, 0xC3, 0xFB, 0xB3, 0xC6, 0x2C, 0xC4, 0xEA, 0xB6, 0xC8, 0xD4, 0xA4,
                              0xCB, 0xE3, 0xCA, 0xFD, 0x0A, 0xB2, 0xE2, 0xCA, 0xD4, 0xBE, 0xD6, 0x2C, 0x31, 0x30, 0x30, 0x0A]
        let table = try CSVTable(data: Data(bytes))
        #expect(table.header == ["部门名称", "年度预算数"])
        #expect(table.rows == [["测试局", "100"]])
    }

    @Test func headersByKeyAndByLabel() throws {
        let columns = try #require(Self.columns)
        let templates = try #require(Self.templates)
        let header = ["department", "funds.actual", "keyIndicators[1].target", "tasks[0].funds", "部门 名称",
                      "全年预算数（万元）", "关键指标2", "任务关键指标1", "任务涉及资金3", "备注"]
        #expect(columns.map(header, template: templates.form) == [
            .field(.department), .field(.actual), .indicator(1, .target), .task(0, .funds), .field(.department),
            .field(.annualBudget), .indicator(1, .name), .task(0, .indicator), .task(2, .funds), .unknown,
        ])
    }

    @Test func jsonFormsKeepExactDecimals() throws {
        let input = FormInput(templates: try #require(Self.templates), layout: try #require(Self.layout))
        let json = """
        [{"department": "测试局", "year": "2022年", "funds": {"annualBudget": 1505.02, "actual": 1472.46,
          "completionRate": 0.5}, "tasks": [{"name": "培训", "funds": 3.3}]}]
        """
        let forms = try input.forms(fromJSON: Data(json.utf8)).forms
        #expect(forms.count == 1)
        #expect(forms[0].year == 2022)
        #expect(forms[0].funds.annualBudget?.value == Decimal(string: "1505.02"))
        #expect(forms[0].funds.completionRate == nil, "derived values are computed, not read")
        #expect(forms[0].tasks.first?.funds?.value == Decimal(string: "3.3"))
        #expect(throws: FormInput.InputError.self) { try input.forms(fromJSON: Data("{\"files\": 3}".utf8)) }
    }

    @Test func csvRowsBecomeForms() throws {
        let input = FormInput(templates: try #require(Self.templates), layout: try #require(Self.layout))
        let csv = "部门名称,实际支出数,关键指标1,预期实现值1,主要任务2,任务涉及资金2\n甲局,\"1,505.02\",培训,10次,宣传,５.５\n"
        let forms = try input.forms(fromCSV: Data(csv.utf8), columns: try #require(Self.columns)).forms
        #expect(forms.first?.funds.actual?.value == Decimal(string: "1505.02"))
        #expect(forms.first?.keyIndicators.map(\.name) == ["培训"])
        #expect(forms.first?.tasks.count == 1, "the empty first task is dropped")
        #expect(forms.first?.tasks.first?.funds?.value == Decimal(string: "5.5"))
        let columns = try #require(Self.columns)
        #expect {
            _ = try input.forms(fromCSV: Data("部门名称,实际支出数\n甲局,很多\n".utf8), columns: columns)
        } throws: { error in
            guard let error = error as? FormInput.InputError else { return false }
            return error.kind == .notAnAmount && error.row == 2 && error.column == "实际支出数"
        }
    }

    @Test func unknownColumnsAreRefusedWithTheClosestHeaderOrListedWhenIgnored() throws {
        let input = FormInput(templates: try #require(Self.templates), layout: try #require(Self.layout))
        let columns = try #require(Self.columns)
        // A column without a header is unknown only when it holds something.
        let csv = Data("部门名称,全年预算（万元）,关键指表2,,\n甲局,1,x,,y\n".utf8)
        let expected = [FormInput.UnknownName(name: "关键指表2", closest: "关键指标2"),
                        FormInput.UnknownName(name: "#5", closest: nil)]
        #expect {
            _ = try input.forms(fromCSV: csv, columns: columns)
        } throws: { error in
            (error as? FormInput.InputError).map { $0.kind == .unknownColumns && $0.unknown == expected } ?? false
        }
        var options = FormInput.Options()
        options.ignoreUnknown = true
        let reading = try input.forms(fromCSV: csv, columns: columns, options: options)
        #expect(reading.ignored == expected)
        #expect(reading.forms.first?.funds.annualBudget?.text == "1.00")
    }

    @Test func duplicatesAreRefusedOrResolved() throws {
        let input = FormInput(templates: try #require(Self.templates), layout: try #require(Self.layout))
        let columns = try #require(Self.columns)
        let csv = Data("部门名称,年度,实际支出数\n甲局,2022,1\n 甲局 ,2022,2\n乙局,2022,3\n甲局,2022,4\n,2022,5\n,2022,6\n".utf8)
        #expect {
            _ = try input.forms(fromCSV: csv, columns: columns)
        } throws: { error in
            (error as? FormInput.InputError).map { $0.kind == .duplicateRows && $0.rows == [2, 3, 5] && $0.detail == "甲局" } ?? false
        }
        var options = FormInput.Options()
        options.duplicates = .last
        let last = try input.forms(fromCSV: csv, columns: columns, options: options)
        #expect(last.forms.map { $0.funds.actual?.text } == ["3.00", "4.00", "5.00", "6.00"], "rows without a department are no duplicates")
        #expect(last.dropped == [FormInput.Dropped(department: "甲局", dropped: 2, kept: 5),
                                 FormInput.Dropped(department: "甲局", dropped: 3, kept: 5)])
        options.duplicates = .first
        #expect(try input.forms(fromCSV: csv, columns: columns, options: options).forms.map { $0.funds.actual?.text }
                == ["1.00", "3.00", "5.00", "6.00"])
    }

    @Test func unknownJSONKeysAreNamedByTheirPath() throws {
        let input = FormInput(templates: try #require(Self.templates), layout: try #require(Self.layout))
        let json = Data(#"[{"department": "甲局", "funds": {"actual": 1}}, {"department": "乙局", "tasks": [{}, {"fundz": 2}], "score": {"rowz": []}}]"#.utf8)
        #expect {
            _ = try input.forms(fromJSON: json)
        } throws: { error in
            (error as? FormInput.InputError).map {
                $0.kind == .unknownKeys && $0.unknown == [FormInput.UnknownName(name: "tasks[1].fundz", closest: "tasks[1].funds"),
                                                          FormInput.UnknownName(name: "score.rowz", closest: "score.rows")]
            } ?? false
        }
    }
}
