import Hummingbird

/// `/assets/app.css` and `/assets/app.js`: the page's own stylesheet and script (``Assets``), served by the
/// server itself.
///
/// ```swift
/// AssetRoutes().add(to: router)
/// ```
struct AssetRoutes {
    func add(to router: Router<WebContext>) {
        router.get("/assets/app.css") { _, _ in
            AssetRoutes.response(Assets.css, type: "text/css; charset=utf-8")
        }
        router.get("/assets/app.js") { _, _ in
            AssetRoutes.response(Assets.js, type: "text/javascript; charset=utf-8")
        }
    }

    private static func response(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
