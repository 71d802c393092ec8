/// What one `multipart/form-data` request brought: its files (written to `incoming/`), the reference list if the
/// `reference` field held one, and its short text fields (the round's name, the files' `lastModified`).
///
/// ```swift
/// upload.files.map(\.displayName)     // ["黄埔区.xlsx", "回收.zip"]
/// upload.fields["name"]               // ["2021 年度"]
/// ```
struct ReceivedUpload {
    var files: [IncomingFile] = []
    var reference: IncomingFile?
    var fields: [String: [String]] = [:]
}
