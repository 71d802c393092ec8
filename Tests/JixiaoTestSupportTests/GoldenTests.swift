import Foundation
@testable import JixiaoTestSupport
import Testing

/// The golden switch itself, in a temporary folder: comparing fails on any difference and names the line,
/// recording writes the file (and only when it differs), and the next comparison passes.
@Suite("Goldens and RECORD_GOLDENS")
struct GoldenTests {
    @Test func aMatchingGoldenPassesAndAnyDifferenceFails() throws {
        let folder = TestFolder()
        let url = folder.file("report.txt")
        try Data("黄浦区  2 个问题\n  警告 E6\n".utf8).write(to: url)
        #expect(Golden.check(text: "黄浦区  2 个问题\n  警告 E6\n", against: url, recording: false) == .matched)
        let changed = Golden.check(text: "黄浦区  2 个问题\n  错误 E6\n", against: url, recording: false)
        #expect(changed.problems == [#"report.txt line 2: expected "  警告 E6", got "  错误 E6""#])
        let shorter = Golden.check(text: "黄浦区  2 个问题\n", against: url, recording: false)
        #expect(shorter.problems == [#"report.txt line 2: expected "  警告 E6", got """#])
        let unended = Golden.check(text: "黄浦区  2 个问题\n  警告 E6", against: url, recording: false)
        #expect(unended.problems == [#"report.txt line 3: expected "", got the end"#])
        // Not recording: the golden is left as it was.
        #expect(try String(contentsOf: url, encoding: .utf8) == "黄浦区  2 个问题\n  警告 E6\n")
    }

    @Test func recordingWritesWhatDiffersAndTheNextCheckPasses() throws {
        let folder = TestFolder()
        let url = folder.file("goldens/new.json")
        #expect(Golden.check(text: "{}\n", against: url, recording: false).problems
                == ["new.json: no golden (run with RECORD_GOLDENS=1 to record it)"])
        #expect(Golden.check(text: "{\n  \"a\": 1\n}\n", against: url, recording: true) == .recorded(url))
        #expect(try String(contentsOf: url, encoding: .utf8) == "{\n  \"a\": 1\n}\n")
        #expect(Golden.check(text: "{\n  \"a\": 2\n}\n", against: url, recording: true) == .recorded(url))
        #expect(try String(contentsOf: url, encoding: .utf8) == "{\n  \"a\": 2\n}\n")
        #expect(Golden.check(text: "{\n  \"a\": 2\n}\n", against: url, recording: false) == .matched)
        // A matching golden is not rewritten when recording: its modification date stays.
        let past = Date(timeIntervalSince1970: 1_600_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: url.path)
        #expect(Golden.check(text: "{\n  \"a\": 2\n}\n", against: url, recording: true) == .matched)
        let date = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        #expect(date == past)
    }

    @Test func theSwitchIsTheEnvironmentVariable() {
        #expect(Golden.variable == "RECORD_GOLDENS")
        #expect(Golden.isRecording == (ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"))
        #expect(Golden.folder.path.hasSuffix("Tests/Fixtures/goldens"))
    }
}
