import Foundation
import Testing
@testable import JixiaoWeb

@Suite("The pages' assets")
struct WebAssetsTests {
    @Test("app.css and app.js are bundled with their content types, and nothing else is served")
    func bundled() throws {
        let assets = try WebAssets.standard.get()
        let css = try #require(assets.file(named: "app.css"))
        let js = try #require(assets.file(named: "app.js"))
        #expect(css.contentType == "text/css; charset=utf-8")
        #expect(js.contentType == "text/javascript; charset=utf-8")
        #expect(assets.file(named: "../Package.swift") == nil)
        #expect(assets.files.count == 2)
        let cssText = String(decoding: css.data, as: UTF8.self), jsText = String(decoding: js.data, as: UTF8.self)
        #expect(cssText.contains("\"Microsoft YaHei\"") && cssText.contains("@media print"))
        // Every class the renderers write has a rule.
        for name in ["finding", "warning", "cw-60", "hidden-row", "hidden-col", "al-r", "va-m", "status-warningsOnly",
                     "round-missing", "flash", "bar-over", "chart-label"] {
            #expect(cssText.contains("." + name), "\(name)")
        }
        // No internet, no markup from strings: the script never fetches another origin nor writes HTML.
        for text in [cssText, jsText] { #expect(!text.contains("http://") && !text.contains("https://") && !text.contains("//cdn")) }
        #expect(!jsText.contains("innerHTML") && !jsText.contains("eval(") && !jsText.contains("document.write"))
        // The token goes where the layout puts it (an empty header is refused: uploads through the page failed).
        #expect(jsText.contains("X-CSRF-Token") && jsText.contains("document.body.getAttribute(\"data-csrf\")"))
        let page = PageLayout.html(title: "t", body: "", language: .zh, csrf: "0123456789abcdef0123456789abcdef", path: "/")
        #expect(page.contains("<body data-csrf=\"0123456789abcdef0123456789abcdef\""))
        #expect(jsText.contains("webkitGetAsEntry") && jsText.contains("upload.addEventListener(\"progress\""))
    }
}
