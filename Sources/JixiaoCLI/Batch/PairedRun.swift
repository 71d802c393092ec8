import Foundation
import JixiaoForm

/// A run with 绩效自评报告 among its files: the forms first, their pieces held back; then the run's forms listed
/// (``ReportTables``) and each report read, paired with one of them and checked against it (``ReportCheckJob``, in
/// a worker); then each form told its report (the first of several in path order). Every file's pieces come back
/// in the files' order, to be handed to the outputs. A run without reports streams instead (``BatchRunner``).
///
/// ```swift
/// let pieces = PairedRun(files: inputs.files, reports: indices).run(form: work, report: { input, tables in … },
///                                                                   advance: { progress.advance() })
/// pieces.forEach(emit)
/// ```
struct PairedRun {
    let files: [InputFile]
    /// The indices in ``files`` of the reports to read.
    let reports: [Int]

    func run(form: @escaping @Sendable (InputFile) -> [RenderedReport],
             report: @escaping @Sendable (InputFile, _ tables: String?) -> [RenderedReport],
             advance: () -> Void) -> [[RenderedReport]] {
        var held = [[RenderedReport]](repeating: [], count: files.count)
        let reportSet = Set(reports)
        let forms = files.indices.filter { !reportSet.contains($0) }
        BatchRunner().run(forms.map { files[$0] }, work: form, emit: { index, pieces in
            held[forms[index]] = pieces
            advance()
        })
        let tables = forms.flatMap { held[$0] }.filter { $0.kind == .form && $0.status != .skipped }
            .map { ReportPairing.Table(path: $0.path, sheet: $0.sheet, department: $0.department) }
        let tablesFile = try? ReportTables.write(tables)
        defer { if let tablesFile { try? FileManager.default.removeItem(atPath: tablesFile) } }
        BatchRunner().run(reports.map { files[$0] }, work: { report($0, tablesFile) }, emit: { index, pieces in
            held[reports[index]] = pieces
            advance()
        })
        var reportOf: [String: String] = [:]
        for piece in reports.flatMap({ held[$0] }) {
            guard let table = piece.pairedWith else { continue }
            let key = Self.key(table, piece.pairedSheet)
            if reportOf[key] == nil { reportOf[key] = piece.path }
        }
        for index in forms {
            for position in held[index].indices {
                let piece = held[index][position]
                if let paired = reportOf[Self.key(piece.path, piece.sheet)] { held[index][position].pair(with: paired) }
            }
        }
        return held
    }

    /// A form as pairs name it: its path and sheet.
    private static func key(_ path: String, _ sheet: String?) -> String { path + "\u{0}" + (sheet ?? "") }
}
