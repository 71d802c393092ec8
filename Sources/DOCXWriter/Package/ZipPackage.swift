import CZip
import Foundation

/// Writes package parts as a zip file with libzip: deflated, in the order given (`[Content_Types].xml`
/// first, as Word writes it), every entry dated `modified`.
///
/// libzip writes to its own temporary file beside `path` and renames it at `zip_close`; on failure it
/// removes that file and so does this (`zip_discard`). The caller owns `path` (an ``AtomicOutput``
/// temporary file, which it then moves into place).
///
/// ```swift
/// try ZipPackage.write([PackagePart(name: "a.xml", text: "<a/>")], to: "/tmp/.a.docx.tmp", modified: Date())
/// ```
enum ZipPackage {
    /// - Throws: `.zip` with libzip's code and, when the system said why (a full disk, a read-only folder),
    ///   its `errno`.
    static func write(_ parts: [PackagePart], to path: String, modified: Date) throws(DOCXWriterError) {
        var openCode: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &openCode) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, openCode)
            defer { zip_error_fini(&error) }
            throw failure(&error, doing: "creating \(path)")
        }
        let time = time_t(modified.timeIntervalSince1970.rounded(.down))
        for part in parts {
            // libzip keeps the bytes until zip_close and frees them (freep = 1), whether adding succeeds or not.
            guard let copy = malloc(max(part.bytes.count, 1)) else {
                zip_discard(archive)
                throw DOCXWriterError(.zip, detail: "out of memory for \(part.name)", libraryCode: ZIP_ER_MEMORY)
            }
            part.bytes.withUnsafeBytes { bytes in
                if let base = bytes.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) }
            }
            guard let source = zip_source_buffer(archive, copy, zip_uint64_t(part.bytes.count), 1) else {
                free(copy)
                let error = failure(zip_get_error(archive), doing: "adding \(part.name)")
                zip_discard(archive)
                throw error
            }
            let index = zip_file_add(archive, part.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else {
                zip_source_free(source)
                let error = failure(zip_get_error(archive), doing: "adding \(part.name)")
                zip_discard(archive)
                throw error
            }
            _ = zip_file_set_mtime(archive, zip_uint64_t(index), time, 0)
        }
        guard zip_close(archive) == 0 else {
            let error = failure(zip_get_error(archive), doing: "writing \(path)")
            zip_discard(archive)
            throw error
        }
    }

    /// The error libzip's `error` describes, with the system's `errno` when it has one.
    private static func failure(_ error: UnsafeMutablePointer<zip_error_t>?, doing what: String) -> DOCXWriterError {
        guard let error else { return DOCXWriterError(.zip, detail: what) }
        let code = zip_error_code_zip(error)
        let system = zip_error_system_type(error) == ZIP_ET_SYS ? zip_error_code_system(error) : 0
        let words = zip_error_strerror(error).map { String(cString: $0) } ?? "libzip error \(code)"
        return DOCXWriterError(.zip, detail: "\(what): \(words)", libraryCode: code,
                               systemCode: system != 0 ? system : nil)
    }
}
