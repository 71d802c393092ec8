/// Why an output cannot be written: found before any input is read where it can be, or when writing failed.
/// Worded by ``ErrorPresenter``.
struct OutputProblem: Error, Sendable {
    enum Reason: Sendable, Equatable {
        /// The system's `errno`: `ENOENT` (the folder is missing), `EACCES`, `EPERM`, `EROFS`, `ENOSPC` ...
        case system(Int32)
        /// The path is a folder.
        case isFolder
        /// A folder was asked for (`--out`) and the path is a file.
        case notAFolder
        /// A workbook's destination is a device or a pipe (`/dev/full`): it needs a file to replace.
        case notAFile
        /// The path names an input of the run (the input's path as given).
        case namesInput(String)
        /// Another output of the run goes to the same file (that output's option, or path).
        case sameAs(String)
        /// Two inputs would write the same file (`fix`: `a/x.xlsx` and `b/x.xlsx` both give `x.corrected.xlsx`).
        case writtenTwice(String, String)
    }

    /// The output as given.
    var path: String
    /// The option that names it (`--json`), nil for a file named after an input (`fix`, `fill`).
    var option: String?
    var reason: Reason

    init(path: String, option: String? = nil, reason: Reason) {
        self.path = path
        self.option = option
        self.reason = reason
    }
}
