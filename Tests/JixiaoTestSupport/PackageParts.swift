import Foundation
@testable import XLSXReader

/// The raw XML of one part of a written package, for features our reader does not model (comments, defined
/// names, charts, validation, print setup). The only use of the reader's internals in these tests.
public enum PackageParts {
    public static func text(_ part: String, in url: URL) throws -> String {
        let archive = try ZipArchive(path: url.path, options: ReadOptions())
        return String(decoding: try archive.read(part), as: UTF8.self)
    }

    public static func names(in url: URL) throws -> [String] {
        try ZipArchive(path: url.path, options: ReadOptions()).entryNames.sorted()
    }
}
