import Foundation
import JixiaoWeb

/// Words for `jixiao serve` failing to start.
extension ErrorPresenter {
    /// `127.0.0.1:8080：端口已被占用…`, or the system's reason, or the server's own words.
    static func serveFailure(_ error: any Error, host: String, port: Int, language: Language) -> String {
        let address = "\(host):\(port)"
        switch WebServer.systemCode(of: error) {
        case EADDRINUSE?:
            return compose(file: address, text: language.pick(
                "端口已被占用（可能已有一个 jixiao serve 在运行）；用 --port 换一个端口，或 --port 0 任选一个空闲端口",
                "the port is in use (perhaps by another jixiao serve); choose another with --port, or --port 0 for any free one"),
                language: language)
        case EADDRNOTAVAIL?:
            return compose(file: address, text: language.pick("本机没有这个地址（--host）", "this machine has no such address (--host)"),
                           language: language)
        case let code?:
            return compose(file: address, text: systemReason(code, language: language), language: language)
        case nil:
            return compose(file: address, text: language.pick("网页服务无法启动", "the web server could not start"),
                           detail: "\(error)", language: language)
        }
    }

    /// `/srv/jixiao：无法创建或打开数据文件夹：没有权限`.
    static func dataFolderFailure(_ error: any Error, folder: String, language: Language) -> String {
        let reason = WebServer.systemCode(of: error).map { systemReason($0, language: language) }
        return compose(file: folder, text: language.pick("无法创建或打开数据文件夹", "cannot create or open the data folder")
                           + (reason.map { language.pick("：", ": ") + $0 } ?? ""),
                       detail: reason == nil ? "\(error.localizedDescription)" : nil, language: language)
    }
}
