import Foundation

/// Where ``MultipartReceiver`` puts each part as it streams in: a file part's bytes into a new file of the
/// upload's folder (buffered, counted against the caps as they come), a text field's bytes (up to
/// ``MultipartReceiver/maxFieldBytes``) into the upload's fields. The first cap passed is kept in ``failure``.
///
/// ```swift
/// let writer = PartWriter(limits: limits, folder: incoming, budget: (bytes: 1 << 30, files: 100))
/// writer.start(headers); writer.body(bytes); writer.complete()
/// writer.upload.files      // what came
/// ```
final class PartWriter {
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
