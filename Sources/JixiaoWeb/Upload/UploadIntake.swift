import Foundation
import Hummingbird

/// One upload into a round, whole or not at all: the body is streamed to the round's `incoming/` folder
/// (``MultipartReceiver``), each .zip unpacked there (``ZipExtractor``), the caps checked against what the round
/// already holds, and only then are the files taken into the round (``RoundStore/add(_:reference:to:at:)``).
/// A refused upload leaves nothing behind.
///
/// ```swift
/// let manifest = try await UploadIntake(store: store, limits: limits).receive(request.body, boundary: b, into: id)
/// ```
struct UploadIntake {
    let store: RoundStore
    let limits: UploadLimits

    /// - Returns: the round's manifest after the upload, and the upload's text fields.
    /// - Throws: ``UploadError``.
    func receive(_ body: RequestBody, boundary: String, into id: RoundID,
                 requireFiles: Bool = true) async throws -> (RoundManifest, [String: [String]]) {
        guard let before = store.manifest(id) else { throw UploadError.malformed }
        let incoming = store.incomingFolder(id).appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: incoming) }
        let held = before.files.reduce(UInt64(0)) { $0 + $1.size }
        guard held < limits.maxRoundBytes, before.files.count < limits.maxFiles else {
            throw held >= limits.maxRoundBytes ? UploadError.roundTooLarge(limit: limits.maxRoundBytes)
                                               : UploadError.tooManyFiles(limit: limits.maxFiles)
        }
        var budget = (bytes: limits.maxRoundBytes - held, files: limits.maxFiles - before.files.count)
        let upload = try await MultipartReceiver(limits: limits).receive(body, boundary: boundary, into: incoming,
                                                                         budget: budget)
        budget.bytes -= upload.files.reduce(0) { $0 + $1.size }
        budget.files -= upload.files.count
        var files: [IncomingFile] = []
        for file in upload.files {
            guard file.displayName.lowercased().hasSuffix(".zip") else {
                files.append(file)
                continue
            }
            // The archive's own bytes and count give way to what it holds.
            budget.bytes += file.size
            budget.files += 1
            if let unpacked = try ZipExtractor(limits: limits).extract(file.temporary, named: file.displayName,
                                                                        into: incoming, budget: &budget) {
                try? FileManager.default.removeItem(at: file.temporary)
                files += unpacked
            } else {
                budget.bytes -= file.size
                budget.files -= 1
                files.append(file)
            }
        }
        if requireFiles, files.isEmpty, upload.reference == nil { throw UploadError.empty }
        let manifest = try store.add(files, reference: upload.reference, to: id)
        return (manifest, upload.fields)
    }
}
