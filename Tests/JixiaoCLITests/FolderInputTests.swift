import Foundation
@testable import JixiaoCLI
import JixiaoTestSupport
import Testing

/// Which files a folder or a command line gives (`InputFiles`), in process: the kinds of names found, each
/// file once in path order, a folder with nothing to read refused.
@Suite("Files found in a folder")
struct FolderInputTests {
    @Test(arguments: [
        ("a.xlsx", InputFiles.FoundKind.workbook), ("区/部门.XLSX", .workbook), ("x/y/old.xls", .workbook),
        ("a.b.Xls", .workbook), ("wps/部门.et", .workbook), ("a.ET", .workbook), ("a.etx", .other), ("x/a~$.xlsx", .workbook), ("x.y/a.xlsx", .workbook),
        ("a.xlsm", .other), ("a.xlsx.bak", .other), ("xlsx", .other), ("a.", .other), ("报告.pdf", .other),
        ("~$a.xlsx", .passedOver), ("x/~$a.xlsx", .passedOver), (".a.xlsx", .passedOver), (".git/a.xlsx", .passedOver),
        ("x/.hidden/a.xlsx", .passedOver), ("x/.汇总.xlsx.123.tmp", .passedOver),
    ])
    func foundNames(_ path: String, _ kind: InputFiles.FoundKind) {
        #expect(InputFiles.kind(ofFoundPath: path) == kind)
    }

    @Test func eachFileOnceInPathOrder() throws {
        let folder = TestFolder()
        let forms = folder.url.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: forms.appendingPathComponent("b"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: forms.appendingPathComponent("dir.xlsx"), withIntermediateDirectories: true)
        for name in ["b/2.xlsx", "1.xlsx", "~$1.xlsx", "notes.txt", ".hidden.xlsx"] {
            try Data().write(to: forms.appendingPathComponent(name))
        }
        let link = folder.url.appendingPathComponent("link.xlsx")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: forms.appendingPathComponent("1.xlsx"))
        let inputs = InputFiles(paths: [forms.path, forms.path + "/", forms.path + "/1.xlsx", forms.path + "/./b/2.xlsx",
                                        folder.url.appendingPathComponent("gone.xlsx").path, link.path, link.path])
        // link.xlsx is forms/1.xlsx, named before it: read once.
        #expect(inputs.files.map { $0.path.replacingOccurrences(of: folder.url.path, with: "") }
                == ["/forms/1.xlsx", "/forms/b/2.xlsx", "/forms/notes.txt", "/gone.xlsx"])
        #expect(inputs.files.map(\.missing) == [false, false, false, true])
        #expect(inputs.files.map(\.skipReason) == [nil, nil, .notAWorkbook, nil])
        #expect(inputs.files.map(\.named) == [false, false, false, true])
        #expect(inputs.readCount == 3)

        // Two names of one file on the command line: read once.
        let twice = InputFiles(paths: [forms.path + "/1.xlsx", link.path])
        #expect(twice.files.map(\.path) == [forms.path + "/1.xlsx"])
    }

    @Test func aFolderWithNothingToReadIsRefusedNamingWhatWasSkipped() throws {
        let folder = TestFolder()
        try Data("a".utf8).write(to: folder.file("a.txt"))
        try Data("b".utf8).write(to: folder.file("b.pdf"))
        let inputs = InputFiles(paths: [folder.url.path])
        let error = #expect(throws: CommandFailure.self) { try inputs.requireSomethingToRead(language: .zh) }
        #expect(error?.status == .unreadableOrUsage)
        #expect(error?.message == "没有可校验的文件：所给的文件夹中没有 .xlsx、.xls 或 .et 工作簿；跳过 2 个文件（非 Excel 文件 2 个）："
                + folder.file("a.txt").path + "、" + folder.file("b.pdf").path)
    }

    /// With reports (`validate`): a document named as a report is read as one, another .docx or .pdf is read only
    /// to see whether its title says it is one, a README is not a report, and a named file is always read.
    @Test func reportsBesideTheFormsAreFoundByNameOrLeftToTheirTitle() throws {
        let folder = TestFolder()
        for name in ["番禺区总工会.xlsx", "番禺区总工会-自评报告.docx", "番禺区总工会.pdf", "说明.docx", "README.md",
                     "2021年绩效自评.md", "附件.txt"] {
            try Data("x".utf8).write(to: folder.file(name))
        }
        let inputs = InputFiles(paths: [folder.url.path], reports: true)
        let byName = Dictionary(uniqueKeysWithValues: inputs.files.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0) })
        #expect(byName["番禺区总工会.xlsx"].map { ($0.isRead, $0.isReport) } ?? (false, true) == (true, false))
        #expect(byName["番禺区总工会-自评报告.docx"].map { ($0.isReport, $0.reportUnconfirmed) } ?? (false, true) == (true, false))
        #expect(byName["2021年绩效自评.md"].map { ($0.isReport, $0.reportUnconfirmed) } ?? (false, true) == (true, false))
        #expect(byName["番禺区总工会.pdf"].map { ($0.isReport, $0.reportUnconfirmed) } ?? (false, false) == (true, true))
        #expect(byName["说明.docx"].map { ($0.isReport, $0.reportUnconfirmed) } ?? (false, false) == (true, true))
        #expect(byName["README.md"].map { ($0.isRead, $0.skipReason) } ?? (true, nil) == (false, .notAWorkbook))
        #expect(byName["附件.txt"].map { ($0.isRead, $0.skipReason) } ?? (true, nil) == (false, .notAWorkbook))
        // Forms alone (fix): every document is skipped.
        #expect(InputFiles(paths: [folder.url.path]).files.filter(\.isReport).isEmpty)
        // Named on the command line, a text file is a report whatever its name.
        let named = InputFiles(paths: [folder.file("README.md").path], reports: true)
        #expect(named.files.map(\.isReport) == [true])
    }
}
