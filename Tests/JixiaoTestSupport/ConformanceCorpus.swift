import Foundation

/// The reader conformance corpus (`Tests/Fixtures/conformance`): its files with a `NAME.expected.json` golden
/// (the cells-dump JSON of `spec/cells-dump.md`, produced by independent readers), the cells left out where
/// those readers disagree, and the normalisation both the reader's and the command's tests compare through.
public enum ConformanceCorpus {
    public static let folder = Fixtures.conformance

    /// Each case's `.xlsx` path relative to ``folder``.
    public static let cases: [String] = Fixtures.files(in: folder, suffix: ".expected.json")
        .map { $0.path.replacingOccurrences(of: folder.path + "/", with: "")
            .replacingOccurrences(of: ".expected.json", with: ".xlsx") }

    /// `file` → `sheet` → refs to drop.
    public static let leftOut: [String: [String: Set<String>]] = {
        guard let records = try? JSONDiff.parse(contentsOf: folder.appendingPathComponent("left-out.json"))
                as? [[String: Any]] else { return [:] }
        var result: [String: [String: Set<String>]] = [:]
        for record in records {
            guard let file = record["file"] as? String, let sheet = record["sheet"] as? String,
                  let ref = record["ref"] as? String else { continue }
            result[file, default: [:]][sheet, default: []].insert(ref)
        }
        return result
    }()

    /// The golden of `file` (a case), parsed.
    public static func expected(_ file: String) throws -> Any {
        try JSONDiff.parse(contentsOf: folder.appendingPathComponent(
            file.replacingOccurrences(of: ".xlsx", with: ".expected.json")))
    }

    /// Drops left-out cells, keys cells by ref, sorts merges (compared as a set), ignores `path`.
    public static func normalise(_ document: Any, dropping leftOut: [String: Set<String>]) -> Any {
        guard var root = document as? [String: Any], let sheets = root["sheets"] as? [[String: Any]] else { return document }
        root["path"] = nil
        root["sheets"] = sheets.map { sheet -> [String: Any] in
            var sheet = sheet
            let name = sheet["name"] as? String ?? ""
            let drop = leftOut[name] ?? []
            let cells = (sheet["cells"] as? [[String: Any]] ?? []).filter { !drop.contains($0["ref"] as? String ?? "") }
            var byRef: [String: Any] = [:]
            for cell in cells { byRef[cell["ref"] as? String ?? ""] = cell }
            sheet["cells"] = byRef
            sheet["merges"] = (sheet["merges"] as? [String] ?? []).sorted()
            return sheet
        }
        return root
    }
}
