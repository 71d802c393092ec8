import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// The field table (``FormField``) is the model: each entry reaches the property its name says, the JSON
/// writer and `fill` follow it, and a template cannot name a field it lacks.
@Suite("Field table")
struct FormFieldTests {
    /// The stored properties of a value, by name.
    private func properties(of value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }

    @Test func eachFieldReachesThePropertyItIsNamedFor() throws {
        var funds = Funds()
        for (index, field) in FormField.funds.enumerated() {
            funds[field.key] = ShownDecimal(Decimal(index + 1), places: 0)
        }
        let stored = Mirror(reflecting: funds).children
        for (index, field) in FormField.funds.enumerated() {
            let property = try #require(stored.first { $0.label == field.name }, "no Funds.\(field.name)")
            #expect(property.value as? ShownDecimal == ShownDecimal(Decimal(index + 1), places: 0), "\(field.key)")
            #expect(field.figure(in: funds) == ShownDecimal(Decimal(index + 1), places: 0), "\(field.key) is read where written")
        }
        var form = Form(sheet: "表")
        for field in FormField.all where field.kind == .text { field.setText(field.name, in: &form) }
        for child in Mirror(reflecting: form).children {
            guard let label = child.label, let field = FormField.all.first(where: { $0.name == label }),
                  field.kind == .text else { continue }
            #expect(child.value as? String == label, "Form.\(label)")
            #expect(field.text(in: form) == label, "Form.\(label) is read where written")
        }
        let formProperties = properties(of: form)
        for field in FormField.all where field.group == nil {
            #expect(formProperties.contains(field.name), "Form has no \(field.name)")
        }
        // Row columns: the stored property of that name (an indicator's unit is worked out from its two units).
        #expect(FormField.taskColumns.map(\.name) == properties(of: MainTask()).filter { FormField.taskColumns.map(\.name).contains($0) })
        #expect(Set(FormField.taskColumns.map(\.name)) == Set(properties(of: MainTask())))
        #expect(Set(FormField.scoreRowColumns.map(\.name)) == Set(properties(of: ScoreRow())))
        for column in FormField.indicatorColumns where column.name != "unit" {
            #expect(properties(of: KeyIndicator()).contains(column.name), "KeyIndicator.\(column.name)")
        }
    }

    @Test func eachGroupIsOneRunOfTheTable() {
        // The JSON writer opens a group's object at its first field and closes it at the next field outside it.
        var seen: [String] = []
        var previous: String?
        for field in FormField.all where field.group != previous {
            if let group = field.group {
                #expect(!seen.contains(group), "\(group) resumes at \(field.key)")
                seen.append(group)
            }
            previous = field.group
        }
        #expect(seen == ["funds"])
        #expect(Set(FormField.all.map(\.key)).count == FormField.all.count, "each key once")
        #expect(Set(FormField.all.map(\.name)).count == FormField.all.count, "each JSON name once")
    }

    @Test func keysAreFoundAndRowKeysAreNot() {
        #expect(FormField.named(.completionRate)?.kind == .rate)
        #expect(FormField.named(.adjustment)?.isDerived == true)
        #expect(FormField.named(.actual)?.isDerived == false)
        #expect(FormField.named(.task(2, .funds)) == nil)
        #expect(FormField.named(FieldKey(rawValue: "funds.total")) == nil)
        #expect(Funds.keys.count == 10)
        #expect(Funds.rateKeys == [.completionRate, .adjustmentRate])
        var funds = Funds()
        funds[.department] = ShownDecimal(1, places: 0)
        #expect(funds == Funds(), "a key that is no funds field stores nothing")
    }

    @Test func jsonFollowsTheTableInContractOrder() throws {
        let validator = FormValidator()
        let report = validator.validate(fileAt: Fixtures.form("panyu-2021.xlsx"))
        let text = ReportJSON.fileText(report, errorMessage: nil)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let form = try #require(object["form"] as? [String: Any])
        let topLevel = FormField.all.filter { $0.group == nil }.map(\.name) + ["funds"]
        #expect(Set(form.keys) == Set(topLevel))
        let funds = try #require(form["funds"] as? [String: Any])
        #expect(Set(funds.keys) == Set(FormField.funds.map(\.name)))
        #expect(funds["actual"] as? NSNumber != nil)
        let score = try #require(form["score"] as? [String: Any], "panyu-2021 has a 评分表")
        #expect(Set(score.keys) == Set(["rows"] + FormField.scoreSheetColumns.map(\.name)))
        let row = try #require((score["rows"] as? [[String: Any]])?.first)
        #expect(Set(row.keys) == Set(FormField.scoreRowColumns.map(\.name)))
        // Keys come in the table's order: each first appears after the one before it.
        let marks = FormField.all.filter { $0.group == nil }.map { "\n    \"\($0.name)\": " }
        let places = try marks.map { try #require(text.range(of: $0)?.lowerBound, "\($0) in the JSON") }
        #expect(places == places.sorted())
    }

    @Test func fillReadsEveryFieldItDoesNotWorkOut() throws {
        let input = FormInput(templates: try TemplateBundle.standard.get(), layout: try OfficialLayout.standard.get())
        var members: [String] = []
        var fundsMembers: [String] = []
        for field in FormField.all {
            switch field.kind {
            case .text: members.append("\"\(field.name)\": \"\(field.name)文字\"")
            case .year: members.append("\"\(field.name)\": \"2023年\"")
            case .amount, .rate: fundsMembers.append("\"\(field.name)\": 12.5")
            default: continue
            }
        }
        let task = FormField.taskColumns.map { "\"\($0.name)\": " + ($0.kind == .text ? "\"\($0.name)\"" : "3") }
        let indicator = FormField.indicatorColumns.map { "\"\($0.name)\": " + ($0.kind == .text ? "\"\($0.name)\"" : "9") }
        let scoreRow = FormField.scoreRowColumns.map { "\"\($0.name)\": " + ($0.kind == .text ? "\"\($0.name)\"" : "10") }
        let json = "{" + (members + ["\"funds\": {\(fundsMembers.joined(separator: ","))}",
                                     "\"tasks\": [{\(task.joined(separator: ","))}]",
                                     "\"keyIndicators\": [{\(indicator.joined(separator: ","))}]",
                                     "\"score\": {\"rows\": [{\(scoreRow.joined(separator: ","))}], \"total\": 99}"])
            .joined(separator: ",") + "}"
        let form = try #require(try input.forms(fromJSON: Data(json.utf8)).forms.first)
        for field in FormField.all {
            #expect(field.isFilled(in: form) == !field.isDerived, "\(field.key)")
        }
        #expect(form.year == 2023)
        #expect(form.funds.actual?.text == "12.50", "amounts at the layout's two places")
        #expect(form.tasks.first?.funds?.text == "3.00")
        #expect(form.keyIndicators.first?.targetValue == nil, "an indicator's figures are read from its text, not taken")
        let row = try #require(form.score?.rows.first)
        #expect(row.weight?.text == "10" && row.score?.text == "10.00" && row.reason == "reason")
        #expect(form.score?.total == nil, "the 评分表's total is worked out")
    }

    @Test func aTemplateNamesOnlyFieldsOfTheModel() throws {
        var template = try TemplateBundle.standard.get().form
        #expect(template.problems().isEmpty)
        template.fields["funds.total"] = FormTemplate.Field(labels: ["总额"])
        template.fields["tasks"] = FormTemplate.Field(labels: ["主要任务"])
        #expect(template.problems() == ["fields: funds.total is no field of the form model",
                                        "fields: tasks is a table, read by its columns under tables"])
    }

    @Test func summaryColumnsShowFieldsByTheirJSONName() throws {
        #expect(SummaryColumnKey(rawValue: "completionRate") == .field(.completionRate))
        #expect(SummaryColumnKey(rawValue: "department")?.field?.kind == .text)
        #expect(SummaryColumnKey(rawValue: "generalPublicBudget")?.field?.kind == .amount, "any field that is no table")
        #expect(SummaryColumnKey(rawValue: "tasks") == nil)
        #expect(SummaryColumnKey(rawValue: "errors") == .errors)
        #expect(SummaryColumnKey(rawValue: "colour") == nil)
        let layout = try SummaryLayout.standard.get()
        #expect(layout.summaryColumns.allSatisfy { SummaryColumnKey(rawValue: $0.key) != nil })
        #expect(layout.summaryColumns.compactMap { SummaryColumnKey(rawValue: $0.key)?.field?.name }
            == ["department", "year", "annualBudget", "initialBudget", "actual", "completionRate", "adjustmentRate"])
    }
}
