import Foundation
import JixiaoTestSupport
import Testing

/// Every file that once crashed, trapped or hung jixiao (`Tests/Fixtures/hostile/fuzz`, see its README) goes
/// through the built tool as a user would run it: a normal exit, a report, a reason for a refusal.
@Suite("Fuzzing findings (end to end)")
struct FuzzRegressionTests {
    static let folder = Fixtures.root.appendingPathComponent("hostile/fuzz")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".xlsx") }.sorted()
    }

    @Test func theFolderHoldsTheFindings() {
        #expect(Self.files.count >= 4, "the findings folder is missing or was emptied")
    }

    @Test(arguments: files)
    func validateEndsNormally(_ name: String) throws {
        let result = try CommandRunner.run(["validate", Self.folder.appendingPathComponent(name).path, "--format", "json"])
        #expect([0, 1, 2].contains(result.status), "\(name): exit \(result.status), stderr \(result.stderr.prefix(300))")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count >= 1)
        for file in files where file["status"] as? String == "unreadable" {
            let reason = file["error"] as? String ?? ""
            #expect(reason.count > name.count + 4, "\(name): an unreadable file without a reason")
        }
    }

    @Test(arguments: files)
    func cellsEndsNormally(_ name: String) throws {
        let result = try CommandRunner.run(["cells", Self.folder.appendingPathComponent(name).path, "--format", "csv"])
        #expect([0, 2].contains(result.status), "\(name): exit \(result.status), stderr \(result.stderr.prefix(300))")
        if result.status == 2 { #expect(!result.stderr.isEmpty, "\(name): refused without a reason") }
    }
}
