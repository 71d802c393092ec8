import Foundation

/// Golden files of jixiao's own output, compared byte for byte, and the one switch that rewrites them:
/// `RECORD_GOLDENS=1`.
///
/// ```swift
/// let result = try CommandRunner.run(["validate", "Examples", "--format", "json"])
/// let outcome = Golden.check(text: result.stdout, against: Golden.folder.appendingPathComponent("validate-examples.json"))
/// #expect(outcome.problems.isEmpty, "\(outcome.problems)")
/// ```
///
/// ```sh
/// RECORD_GOLDENS=1 swift test --skip-build   # rewrites every golden that differs, naming each on stderr
/// git diff Tests/Fixtures/goldens            # review the change in jixiao's output like any other change
/// ```
///
/// When recording, a golden that differs (or does not exist) is written with the actual output and the check
/// passes, saying `RECORD_GOLDENS: wrote PATH` on stderr; a golden that matches is left untouched.
///
/// Only goldens that record **jixiao's own output** go through here (`Tests/Fixtures/goldens`). Two kinds of
/// expectation are deliberately not rewritten by the switch, and their tests compare through ``JSONDiff``:
/// - the conformance corpus' `NAME.expected.json` (`Tests/Fixtures/conformance`): what **other programs**
///   (openpyxl, calamine, SheetJS …) agree a reader must see. jixiao is checked against them; its output is never
///   written into them.
/// - the expected reports of the fixture forms, variants, layouts and workbooks (`NAME.expected.json` in
///   `Tests/Fixtures/forms`, `variants`, `layouts`, `workbooks`): worked out **by hand** from the contract and
///   written by the scripts beside them (`make_variants.py` …). A change there is a change of the script's
///   expectation, made in the script, not a recording of what jixiao now does.
public enum Golden {
    /// The environment variable that turns recording on (`RECORD_GOLDENS=1`).
    public static let variable = "RECORD_GOLDENS"

    /// Whether this run records goldens rather than checks them.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment[variable] == "1" }

    /// `Tests/Fixtures/goldens`: the recorded outputs of the built tool.
    public static let folder = Fixtures.root.appendingPathComponent("goldens")

    /// What a comparison came to.
    public enum Outcome: Equatable, Sendable {
        /// The golden holds what was given.
        case matched
        /// It did not (or did not exist) and recording was on: the file now holds what was given.
        case recorded(URL)
        /// It did not: the difference, described.
        case differs([String])

        /// The differences to report; empty when matched or recorded.
        public var problems: [String] {
            if case .differs(let problems) = self { return problems }
            return []
        }
    }

    /// Compares text with a golden file, byte for byte.
    /// - Parameters:
    ///   - actual: what jixiao gave.
    ///   - url: the golden.
    ///   - recording: whether to write `actual` there when it differs (``isRecording`` unless given).
    /// - Returns: the outcome; a difference names the golden's first differing line with both texts.
    public static func check(text actual: String, against url: URL, recording: Bool = isRecording) -> Outcome {
        let problem: String
        if let data = FileManager.default.contents(atPath: url.path) {
            if data == Data(actual.utf8) { return .matched }
            problem = firstDifference(expected: String(decoding: data, as: UTF8.self), actual: actual, name: url.lastPathComponent)
        } else {
            problem = "\(url.lastPathComponent): no golden (run with \(variable)=1 to record it)"
        }
        guard recording else { return .differs([problem]) }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        } catch {
            return .differs([problem, "\(url.path): could not record: \(error)"])
        }
        FileHandle.standardError.write(Data("\(variable): wrote \(url.path)\n".utf8))
        return .recorded(url)
    }

    /// The first line where two texts differ: `NAME line 3: expected "…", got "…"`.
    static func firstDifference(expected: String, actual: String, name: String) -> String {
        let expectedLines = expected.components(separatedBy: "\n"), actualLines = actual.components(separatedBy: "\n")
        let common = min(expectedLines.count, actualLines.count)
        let index = (0..<common).first { expectedLines[$0] != actualLines[$0] } ?? common
        func line(_ lines: [String]) -> String { index < lines.count ? lines[index].debugDescription : "the end" }
        return "\(name) line \(index + 1): expected \(line(expectedLines)), got \(line(actualLines))"
    }
}
