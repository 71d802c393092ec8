import XLSXReader

/// Why a file is unreadable: the workbook could not be read, or no form was found in it; for a 绩效自评报告, why its
/// text could not be read.
///
/// ```swift
/// if case .reader(let error) = report.error, error.kind == .legacyXLS { print("save it as .xlsx") }
/// ```
public enum ValidationFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The XLSX reader refused the file.
    case reader(XLSXError)
    /// The workbook opened but no sheet looks like the form.
    case form(FormError)
    /// A 绩效自评报告 whose text could not be read (an old .doc, an encrypted PDF, no text).
    case report(NarrativeReadError)

    public var description: String {
        switch self {
        case .reader(let error): error.description
        case .form(let error): error.description
        case .report(let error): error.description
        }
    }
}
