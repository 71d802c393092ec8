import Foundation

/// The files `fix` writes: `NAME.corrected.xlsx` for each input, beside it or in the `--out` folder, and the check
/// made of them all before any form is read.
///
/// ```swift
/// CorrectedOutputs.path(for: "a/huangpu-2021.xlsx", folder: "OUT")   // "OUT/huangpu-2021.corrected.xlsx"
/// var inputs = InputFiles(paths: ["a/", "b/"])
/// try CorrectedOutputs.claim(for: &inputs, folder: nil, language: .zh)
/// // throws when a/x.xlsx and b/x.xlsx both give x.corrected.xlsx, or a corrected name is an input
/// ```
enum CorrectedOutputs {
    /// `a/huangpu-2021.xlsx` → `OUT/huangpu-2021.corrected.xlsx`, as the user would write it (relative paths
    /// stay relative in messages).
    static func path(for inputPath: String, folder: String?) -> String {
        let input = inputPath as NSString
        let name = (input.lastPathComponent as NSString).deletingPathExtension + ".corrected.xlsx"
        return ((folder ?? input.deletingLastPathComponent) as NSString).appendingPathComponent(name)
    }

    /// Checks, before any form is read, the file each input would be written to: its folder can be written, it
    /// is not an input, and no two inputs share it. The `--out` folder is made (when missing) only once no two
    /// inputs share an output, so a refused run leaves no new folder behind.
    static func claim(for inputs: inout InputFiles, folder: String?, language: Language) throws(CommandFailure) {
        var targets: [OutputTarget] = []
        var sources: [String: String] = [:]
        for input in inputs.files where input.isRead && !input.missing {
            let target = path(for: input.path, folder: folder)
            let canonical = OutputCheck.canonicalPath(target)
            if let first = sources[canonical] {
                throw CommandFailure(message: ErrorPresenter.message(
                    for: OutputProblem(path: target, reason: .writtenTwice(first, input.path)), language: language),
                                     status: .unreadableOrUsage)
            }
            sources[canonical] = input.path
            targets.append(OutputTarget(target))
        }
        // A folder that does not exist yet holds no input: what is left to check needs it made.
        if let folder { try OutputCheck.prepareFolder(folder, option: "--out", language: language) }
        try OutputCheck.claim(targets, inputs: &inputs, language: language)
    }
}
