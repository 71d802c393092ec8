import Hummingbird

/// A refused request as a page: the status and what went wrong, in the request's language.
///
/// ```swift
/// ErrorPage.response(WebError(status: 413, message: "…"), language: .zh).status   // 413
/// ```
enum ErrorPage {
    static func response(_ error: WebError, language: WebLanguage) -> Response {
        let title: String
        switch error.status {
        case 401: title = language.pick("需要访问令牌", "Access token needed")
        case 403: title = language.pick("请求被拒绝", "Request refused")
        case 404: title = language.pick("没有找到", "Not found")
        case 413: title = language.pick("上传过大", "Upload too large")
        case 400..<500: title = language.pick("请求有误", "Bad request")
        default: title = language.pick("服务器出错", "Server error")
        }
        let message = error.message ?? (error.status == 404
            ? language.pick("没有这个页面、轮次或文件。", "There is no such page, round or file.")
            : title)
        let body = "<p class=\"message\" role=\"alert\">\(HTML.text(message))</p><p><a href=\"/\">"
            + HTML.text(language.pick("返回首页", "Back to the start")) + "</a></p>"
        let html = PageLayout.html(title: title, body: body, language: language, csrf: "", path: "/")
        return WebServer.html(html, status: HTTPResponse.Status(code: error.status))
    }
}
