import Foundation
import Hummingbird

/// Streams a `multipart/form-data` body to disk: each file part goes into `folder` under a made-up name as its
/// bytes arrive (never held whole in memory), counted against the per-file and per-round caps; short text
/// fields are kept. Parts named `files` are the round's files, `reference` the reference list, and
/// `lastModified` the browser's dates of the files (milliseconds since 1970, one per file in the same order,
/// sent by the page's script).
///
/// ```swift
/// let upload = try await MultipartReceiver(limits: limits).receive(request.body, boundary: boundary,
///                                                                  into: incoming, budget: budget)
/// ```
struct MultipartReceiver {
    var limits: UploadLimits
    /// The longest text field kept.
    static let maxFieldBytes = 4096

    /// The boundary of a `multipart/form-data` content type; nil for any other type.
    static func boundary(of contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return value.isEmpty || value.utf8.count > 200 ? nil : value
        }
        return nil
    }

    /// Receives the whole body. On a refusal the caller removes `folder`.
    /// - Throws: ``UploadError``.
    func receive(_ body: RequestBody, boundary: String, into folder: URL,
                 budget: (bytes: UInt64, files: Int)) async throws -> ReceivedUpload {
        let stream = MultipartStream(boundary: boundary)
        let state = PartState(limits: limits, folder: folder, budget: budget)
        do {
            for try await buffer in body {
                try buffer.withUnsafeReadableBytes { bytes in
                    try stream.feed(bytes) { event in
                        switch event {
                        case .part(let headers): state.start(headers)
                        case .body(let bytes): state.body(bytes)
                        case .end: state.complete()
                        }
                        if let failure = state.failure { throw failure }
                    }
                }
            }
            try stream.finish()
        } catch let error as UploadError {
            throw error
        } catch is MultipartStream.Malformed {
            throw UploadError.malformed
        }
        try state.finish()
        var upload = state.upload
        // The browser's dates, in file order.
        let dates = upload.fields["lastModified"] ?? []
        for index in upload.files.indices where index < dates.count {
            if let milliseconds = Double(dates[index]), milliseconds > 0 {
                upload.files[index].lastModified = Date(timeIntervalSince1970: milliseconds / 1000)
            }
        }
        return upload
    }

    /// The parser's callbacks' state: the part being read.
    private final class PartState {
        let limits: UploadLimits
        let folder: URL
        var budget: (bytes: UInt64, files: Int)
        var upload = ReceivedUpload()
        var failure: UploadError?
        private var disposition: ContentDisposition?
        private var output: FileHandle?
        private var path: URL?
        private var pending = Data()
        private var size: UInt64 = 0
        private var text = [UInt8]()

        init(limits: UploadLimits, folder: URL, budget: (bytes: UInt64, files: Int)) {
            self.limits = limits
            self.folder = folder
            self.budget = budget
        }

        func body(_ bytes: UnsafeRawBufferPointer) {
            guard failure == nil, let disposition else { return }
            if disposition.filename == nil {
                if text.count + bytes.count <= MultipartReceiver.maxFieldBytes {
                    text.append(contentsOf: bytes.assumingMemoryBound(to: UInt8.self))
                }
                return
            }
            size += UInt64(bytes.count)
            let name = disposition.filename ?? ""
            if size > limits.maxFileBytes {
                failure = .fileTooLarge(name: StoredName.basename(of: name), limit: limits.maxFileBytes)
                return
            }
            if size > budget.bytes {
                failure = .roundTooLarge(limit: limits.maxRoundBytes)
                return
            }
            if let base = bytes.baseAddress { pending.append(base.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
            if pending.count >= 256 << 10 { flush() }
        }

        /// A part begins: a file part's file is opened.
        func start(_ headers: [String: String]) {
            guard failure == nil else { return }
            guard let header = headers["content-disposition"], let parsed = ContentDisposition(header) else {
                failure = .malformed
                return
            }
            disposition = parsed
            guard parsed.filename != nil else { return }
            guard budget.files > 0 else {
                failure = .tooManyFiles(limit: limits.maxFiles)
                return
            }
            let url = folder.appendingPathComponent("upload-\(UUID().uuidString).part")
            guard FileManager.default.createFile(atPath: url.path, contents: nil),
                  let handle = FileHandle(forWritingAtPath: url.path) else {
                failure = .malformed
                return
            }
            path = url
            output = handle
        }

        private func flush() {
            guard !pending.isEmpty, let output else { return }
            do {
                try output.write(contentsOf: pending)
            } catch {
                failure = .malformed
            }
            pending.removeAll(keepingCapacity: true)
        }

        func complete() {
            defer {
                disposition = nil
                output = nil
                path = nil
                size = 0
                text = []
            }
            guard failure == nil, let disposition else { return }
            guard let filename = disposition.filename else {
                upload.fields[disposition.name, default: []].append(String(decoding: text, as: UTF8.self))
                return
            }
            flush()
            try? output?.close()
            guard let path else { return }
            let displayName = StoredName.basename(of: filename)
            // A file input left empty still sends a part with no name and no bytes.
            if displayName.isEmpty && size == 0 {
                try? FileManager.default.removeItem(at: path)
                return
            }
            let file = IncomingFile(temporary: path, displayName: displayName.isEmpty ? "upload" : displayName,
                                    size: size, lastModified: nil, archive: nil)
            budget.bytes -= size
            budget.files -= 1
            if disposition.name == "reference" {
                upload.reference = file
            } else {
                upload.files.append(file)
            }
        }

        func finish() throws {
            if output != nil { throw UploadError.malformed }
        }
    }
}
