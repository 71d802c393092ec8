import Foundation
@testable import JixiaoCLI
import JixiaoTestSupport
import Testing

/// The converter's choices made without LibreOffice running: where `soffice` is found, which files are
/// converted, the format a report names; and the worker request that carries a converted copy.
@Suite("Old workbooks: the converter and the worker request")
struct LegacyConverterTests {
    @Test func aNamedSofficeIsUsedOrNoneAtAll() throws {
        let folder = TestFolder()
        let fake = folder.file("soffice")
        try "#!/bin/sh\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        #expect(LegacyConverter.locate(environment: ["JIXIAO_SOFFICE": fake.path, "PATH": "/usr/bin"]) == fake.path)
        // A path that is no program means none, whatever PATH holds.
        #expect(LegacyConverter.locate(environment: ["JIXIAO_SOFFICE": "/nonexistent/soffice", "PATH": folder.url.path]) == nil)
        #expect(LegacyConverter.locate(environment: ["JIXIAO_SOFFICE": folder.url.path]) == nil)
        #expect(!LegacyConverter(timeLimit: .seconds(1), environment: ["JIXIAO_SOFFICE": "/nonexistent"]).isAvailable)
        // Unset or empty: PATH first.
        #expect(LegacyConverter.locate(environment: ["PATH": "/nonexistent:" + folder.url.path]) == fake.path)
        #expect(LegacyConverter.locate(environment: ["JIXIAO_SOFFICE": "", "PATH": folder.url.path]) == fake.path)
    }

    @Test func aFileIsConvertedForItsContentNotItsName() throws {
        let folder = TestFolder()
        let renamed = folder.file("黄埔区.xlsx")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("legacy/huangpu-2021.xlwt.xls"), to: renamed)
        #expect(LegacyConverter.needsConversion(renamed.path))
        #expect(LegacyConverter.needsConversion(Fixtures.root.appendingPathComponent("legacy/huangpu-2021.wps.et").path))
        #expect(!LegacyConverter.needsConversion(Fixtures.form("huangpu-2021.xlsx").path))
        // An encrypted .xlsx is OLE2 too, but LibreOffice would want its password: it is reported encrypted.
        #expect(!LegacyConverter.needsConversion(Fixtures.root.appendingPathComponent("conformance/bad/pass_protected.xlsx").path))
        #expect(!LegacyConverter.needsConversion(folder.file("missing.xls").path))
    }

    @Test(arguments: [("a.xls", "xls"), ("区/部门.ET", "et"), ("a.et", "et"), ("黄埔区.xlsx", "xls"), ("noext", "xls")])
    func theFormatAReportNames(path: String, format: String) {
        #expect(LegacyConverter.format(of: path) == format)
    }

    @Test func aRequestComesBackAsItWent() throws {
        let plain = WorkerRequest(path: "回收/黄埔区.xlsx", named: true)
        let converted = WorkerRequest(path: "回收/番禺区.et", named: false,
                                      converted: ConvertedCopy(path: "/tmp/jixiao-convert-x/input.xlsx", format: "et"))
        #expect(WorkerRequest(bytes: plain.bytes) == plain)
        #expect(WorkerRequest(bytes: converted.bytes) == converted)
        #expect(WorkerRequest(bytes: Array(converted.bytes.dropLast())) == nil)
        #expect(WorkerRequest(bytes: converted.bytes + [0]) == nil)
    }
}
