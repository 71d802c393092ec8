import Hummingbird

/// `/assets/app.css` and `/assets/app.js`: the page's own stylesheet and script (``WebAssets``), served by the
/// server itself.
///
/// ```swift
/// AssetRoutes().add(to: router)
/// ```
struct AssetRoutes {
    func add(to router: Router<WebContext>) {
        for (name, _) in WebAssets.served {
            router.get("/assets/\(name)") { _, _ in
                guard let file = try? WebAssets.standard.get().file(named: name) else { return Response(status: .notFound) }
                return Response(status: .ok, headers: [.contentType: file.contentType, .cacheControl: "no-cache"],
                                body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
            }
        }
    }
}
