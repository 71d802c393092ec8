import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an output file (a workbook, a document) is written first, and how the finished file replaces the
/// destination. Shared by `XLSXWriter` and `DOCXWriter`, which map ``AtomicOutputError`` to their own errors.
///
/// The writer writes to a hidden temporary file in the destination's folder (same file system, so the final
/// step is a rename). Only after the file is complete is it moved into place: with `rename(2)` when
/// overwriting, which replaces the old file in one step; otherwise with `link(2)`, which fails if the
/// destination appeared meanwhile, then `unlink(2)` of the temporary name. On any failure the temporary file is
/// removed, so a reader of the destination sees the old file or the new one, never a partial one, and nothing
/// is left behind. (Where hard links are not supported, the no-overwrite step falls back to a check followed
/// by `rename(2)`.) A replaced file gets the new file's permissions.
///
/// ```swift
/// let output = try AtomicOutput.prepare(destination: url, overwrite: false)
/// // ... libxlsxwriter (or libzip) writes output.temporaryFile.path ...
/// try output.commit()   // or output.discard()
/// ```
package struct AtomicOutput: Sendable {
    /// The file the output becomes (a symbolic link resolved to the file it points to).
    package let destination: URL
    /// The hidden file beside it that is written first.
    package let temporaryFile: URL
    package let overwrite: Bool

    private init(destination: URL, temporaryFile: URL, overwrite: Bool) {
        self.destination = destination
        self.temporaryFile = temporaryFile
        self.overwrite = overwrite
    }

    /// Checks the destination and picks a temporary name beside it.
    ///
    /// A destination that is a symbolic link to a file is written through: the file it points to is replaced
    /// and the link kept.
    /// - Throws: `.destinationUnusable` when the folder is missing, the destination is a folder or not a
    ///   regular file (a device such as `/dev/full`, a pipe), with the system's code; `.destinationExists` when
    ///   it exists and `overwrite` is false.
    // A static function rather than a throwing initializer: Swift 6.3's optimizer over-released the
    // standardized URL in the throwing-initializer form of this code (found with valgrind in a -O build).
    package static func prepare(destination requested: URL, overwrite: Bool) throws(AtomicOutputError) -> AtomicOutput {
        guard requested.isFileURL, !requested.lastPathComponent.isEmpty else {
            throw AtomicOutputError(.destinationUnusable, detail: "\(requested) is not a file path")
        }
        var destination = requested.standardizedFileURL
        if entry(at: destination.path) == .symbolicLink {
            var status = stat()
            if let target = linkedFile(destination.path) {
                destination = target
            } else if stat(destination.path, &status) == 0 {
                // A link to something with no path of its own (`/dev/stdout` to a pipe).
                throw AtomicOutputError(.destinationUnusable, detail: "\(destination.path) is not a regular file")
            }
        }
        let folder = destination.deletingLastPathComponent()
        switch entry(at: folder.path) {
        case .directory: break
        case .none:
            throw AtomicOutputError(.destinationUnusable, detail: "the folder \(folder.path) does not exist",
                                  systemCode: ENOENT)
        default:
            throw AtomicOutputError(.destinationUnusable, detail: "\(folder.path) is not a folder", systemCode: ENOTDIR)
        }
        switch entry(at: destination.path) {
        case .directory:
            throw AtomicOutputError(.destinationUnusable, detail: "\(destination.path) is a folder", systemCode: EISDIR)
        case .special:
            throw AtomicOutputError(.destinationUnusable, detail: "\(destination.path) is not a regular file")
        case .file, .symbolicLink:
            if !overwrite { throw AtomicOutputError(.destinationExists, detail: destination.path) }
        case .none:
            break
        }
        var temporaryFile = folder.appendingPathComponent(temporaryName(for: destination.lastPathComponent))
        while entry(at: temporaryFile.path) != .none {
            temporaryFile = folder.appendingPathComponent(temporaryName(for: destination.lastPathComponent))
        }
        return AtomicOutput(destination: destination, temporaryFile: temporaryFile, overwrite: overwrite)
    }

    /// Moves the finished temporary file to the destination; on failure removes it.
    package func commit() throws(AtomicOutputError) {
        let source = temporaryFile.path
        let target = destination.path
        // On disk before it takes the destination's name, so a crash cannot leave an empty or partial
        // workbook where the old one was.
        let descriptor = open(source, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 || fsync(descriptor) != 0 {
            let code = errno
            if descriptor >= 0 { close(descriptor) }
            discard()
            throw AtomicOutputError(.fileSystem, detail: "flushing \(source) to disk failed: \(AtomicOutput.systemMessage(code))",
                                  systemCode: code)
        }
        close(descriptor)
        if !overwrite {
            if link(source, target) == 0 {
                discard()
                return
            }
            let linkError = errno
            if linkError == EEXIST || AtomicOutput.entry(at: target) != .none {
                discard()
                throw AtomicOutputError(.destinationExists, detail: target)
            }
        }
        if rename(source, target) != 0 {
            let code = errno
            discard()
            throw AtomicOutputError(.fileSystem,
                                  detail: "moving the finished file to \(target) failed: \(AtomicOutput.systemMessage(code))",
                                  systemCode: code)
        }
    }

    /// Removes the temporary file if it exists.
    package func discard() {
        _ = unlink(temporaryFile.path)
    }

    // MARK: - Helpers

    enum Entry: Equatable { case none, directory, file, symbolicLink, special }

    /// What is at `path`, without following a final symbolic link (a dangling link still counts as there).
    static func entry(at path: String) -> Entry {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .none }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        case S_IFLNK: return .symbolicLink
        default: return .special
        }
    }

    /// The file a symbolic link leads to, when it leads to one.
    static func linkedFile(_ path: String) -> URL? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved))
    }

    /// `.<name>.<16 hex digits>.tmp`, with the name cut to 100 UTF-8 bytes on a character boundary so the whole
    /// stays under the file systems' 255-byte limit.
    static func temporaryName(for name: String) -> String {
        var stem = ""
        for character in name {
            if stem.utf8.count + character.utf8.count > 100 { break }
            stem.append(character)
        }
        let random = String(UInt64.random(in: .min ... .max), radix: 16)
        return ".\(stem).\(String(repeating: "0", count: 16 - random.count))\(random).tmp"
    }

    /// The system's words for `errno` `code`, with the number: `No such file or directory (errno 2)`.
    package static func systemMessage(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text) + " (errno \(code))"
    }
}
