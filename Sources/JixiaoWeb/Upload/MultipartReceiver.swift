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
        let writer = PartWriter(limits: limits, folder: folder, budget: budget)
        do {
            for try await buffer in body {
                try buffer.withUnsafeReadableBytes { bytes in
                    try stream.feed(bytes) { event in
                        switch event {
                        case .part(let headers): writer.start(headers)
                        case .body(let bytes): writer.body(bytes)
                        case .end: writer.complete()
                        }
                        if let failure = writer.failure { throw failure }
                    }
                }
            }
            try stream.finish()
        } catch let error as UploadError {
            throw error
        } catch is MultipartStream.Malformed {
            throw UploadError.malformed
        }
        try writer.finish()
        var upload = writer.upload
        // The browser's dates, in file order.
        let dates = upload.fields["lastModified"] ?? []
        for index in upload.files.indices where index < dates.count {
            if let milliseconds = Double(dates[index]), milliseconds > 0 {
                upload.files[index].lastModified = Date(timeIntervalSince1970: milliseconds / 1000)
            }
        }
        return upload
    }
}
