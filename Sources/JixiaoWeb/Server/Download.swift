import Foundation
import Hummingbird

/// A file of the data folder sent as a download: `Content-Disposition: attachment` with an ASCII fallback name
/// and the real one as RFC 5987 `filename*`, never the file's path.
///
/// ```swift
/// try Download.response(url, name: "汇总.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
/// ```
enum Download {
    static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    static func response(_ url: URL, name: String, type: String) throws -> Response {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw WebError.notFound }
        var headers: HTTPFields = [.contentType: type, .contentDisposition: disposition(name)]
        headers[.contentLength] = String(data.count)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `attachment; filename="ascii.xlsx"; filename*=UTF-8''%E6%B1%87%E6%80%BB.xlsx`.
    static func disposition(_ name: String) -> String {
        let ascii = String(name.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && scalar.value >= 0x20 && scalar != "\"" && scalar != "\\" && scalar.value != 0x7F
                ? Character(scalar) : "_"
        })
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "!#$&+-.^_`|~")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
