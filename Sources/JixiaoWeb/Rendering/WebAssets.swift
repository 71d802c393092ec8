import Foundation
import JixiaoForm

/// The pages' style sheet and script (`Assets/app.css`, `Assets/app.js`, SwiftPM resources of this library),
/// which the server serves itself at `/assets/app.css` and `/assets/app.js`: no CDN, no internet.
///
/// Resources rather than Swift strings: the files stay plain CSS and JavaScript (readable, checkable by the
/// tools of those languages), and the library already finds its resources through `Bundle.module`, as
/// JixiaoForm finds its templates. Read once.
///
/// ```swift
/// let assets = try WebAssets.standard.get()
/// assets.file(named: "app.js")?.contentType   // "text/javascript; charset=utf-8"
/// ```
struct WebAssets: Sendable {
    /// One asset: its bytes and the `Content-Type` to serve them with.
    struct File: Sendable {
        var data: Data
        var contentType: String
    }

    /// The assets by name: exactly these are served (no name from a URL ever reaches the file system).
    var files: [String: File]

    /// The asset called `name` (`app.css`, `app.js`), nil for any other name.
    func file(named name: String) -> File? { files[name] }

    /// The asset names and their content types.
    static let served: KeyValuePairs<String, String> = [
        "app.css": "text/css; charset=utf-8",
        "app.js": "text/javascript; charset=utf-8",
    ]

    /// The bundled assets, read once.
    static let standard: Result<WebAssets, TemplateLoadError> = Result { () throws(TemplateLoadError) in
        var files: [String: File] = [:]
        for (name, contentType) in served {
            let url = URL(fileURLWithPath: name)
            guard let found = Bundle.module.url(forResource: url.deletingPathExtension().lastPathComponent,
                                                withExtension: url.pathExtension, subdirectory: "Assets"),
                  let data = try? Data(contentsOf: found) else {
                throw TemplateLoadError(file: name, detail: "not found in the JixiaoWeb resource bundle")
            }
            files[name] = File(data: data, contentType: contentType)
        }
        return WebAssets(files: files)
    }
}
