import ArgumentParser

/// The output formats of `jixiao validate`.
enum ValidationFormat: String, CaseIterable, ExpressibleByArgument {
    /// Findings grouped per file, for a terminal.
    case text
    /// The document of form-model.md §4.
    case json
    /// One row per finding (or per file without findings), for a spreadsheet.
    case csv
}
