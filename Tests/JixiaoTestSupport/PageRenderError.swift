import Foundation

/// Why ``PageRenderer`` could not give a workbook's pages; its description says what to do.
///
/// ```swift
/// do { _ = try PageRenderer(environment: ["JIXIAO_SOFFICE": "/nonexistent"]).render(url) }
/// catch let error as PageRenderError { print(error) }   // LibreOffice (soffice) is not installed: run Scripts/setup.sh …
/// ```
public enum PageRenderError: Error, Equatable, CustomStringConvertible {
    /// A program it needs is not installed (`soffice` or `pdftoppm`).
    case programNotFound(String)
    /// A program ended with a failure: its name, how it ended and the last it said.
    case programFailed(String, String)
    /// A program passed the time limit (seconds) and was killed.
    case timedOut(String, Double)
    /// LibreOffice wrote no PDF, or pdftoppm no page.
    case noOutput(String)
    /// A page image could not be decoded.
    case unreadableImage(String)

    public var description: String {
        switch self {
        case .programNotFound(let name):
            return "\(name) is not installed: run Scripts/setup.sh --for-tests (LibreOffice, poppler-utils, a CJK font)"
        case .programFailed(let name, let detail): return "\(name) failed: \(detail)"
        case .timedOut(let name, let seconds): return "\(name) took longer than \(seconds) s and was stopped"
        case .noOutput(let what): return what
        case .unreadableImage(let why): return "page image unreadable: \(why)"
        }
    }
}
