import ArgumentParser
import Foundation
import JixiaoWeb
import Locking

/// `jixiao serve`: the web page for officers who do not use a terminal. Rounds are kept in the data folder; each
/// is checked by this same executable (`jixiao validate`), so the page shows what the CLI reports.
struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "serve",
            abstract: Language.current.pick("启动网页版：在浏览器中上传回收的表格，查看问题，下载汇总和更正表。",
                                            "Serve the web page: check returned forms in a browser, take away the results."),
            discussion: Language.current.pick("""
                在浏览器中打开打印出的地址。每一轮的文件、报告、汇总和更正表都保存在数据文件夹中（默认 ~/.local/share/jixiao，
                首次运行时创建），重启后仍在；上传的文件从不修改。
                只监听本机地址（127.0.0.1，默认）时无需令牌；监听其他地址时打印访问令牌和带令牌的链接，没有令牌的请求被拒绝。
                按 Ctrl-C 停止。
                """, """
                Open the printed address in a browser. Every round's files, reports, summary and corrected tables are
                kept in the data folder (default ~/.local/share/jixiao, made on first run) and survive a restart;
                uploaded files are never modified. On a loopback address (127.0.0.1, the default) no token is needed;
                on any other address an access token is printed with a link carrying it, and requests without it
                are refused. Ctrl-C stops the server.
                """))
    }

    @Option(name: .long, help: .pick("监听的地址", "The address to listen on."))
    var host = "127.0.0.1"

    @Option(name: .long, help: .pick("端口；0 表示任选一个空闲端口", "The port; 0 picks a free one."))
    var port = 8080

    @Option(name: .long, help: .pick("数据文件夹（默认 ~/.local/share/jixiao）", "The data folder (default ~/.local/share/jixiao)."))
    var data: String?

    @Option(name: .long, help: .pick("单个上传文件（含压缩包中的文件）的大小上限（MB）",
                                     "Largest uploaded file (a .zip's entries too), in MB."))
    var maxFileSize: Double = 100

    @Option(name: .long, help: .pick("每一轮文件总大小的上限（MB）", "Most bytes one round holds, in MB."))
    var maxRoundSize: Double = 2048

    @Option(name: .long, help: .pick("每一轮文件数的上限", "Most files one round holds."))
    var maxFiles = 5000

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let language = global.lang
        guard (0...65_535).contains(port) else {
            throw ValidationError(language.pick("--port 须在 0 到 65535 之间", "--port must be between 0 and 65535"))
        }
        guard maxFileSize.isFinite, maxFileSize > 0, maxRoundSize.isFinite, maxRoundSize > 0, maxFiles > 0 else {
            throw ValidationError(language.pick("--max-file-size、--max-round-size 和 --max-files 须大于 0",
                                                "--max-file-size, --max-round-size and --max-files must be above 0"))
        }
    }

    /// The data folder: `--data`, else `$XDG_DATA_HOME/jixiao`, else `~/.local/share/jixiao`.
    var dataFolder: URL {
        if let data { return URL(fileURLWithPath: data, isDirectory: true) }
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("jixiao", isDirectory: true)
        }
        return FileManager.default.homeDirectoryForCurrentUser
            .appendingPathComponent(".local/share/jixiao", isDirectory: true)
    }

    func run() throws {
        let language = global.lang
        var configuration = WebConfiguration(data: dataFolder,
                                             executable: WorkerPool.executable.withLock { $0 } ?? WorkerPool.currentExecutable())
        configuration.host = host
        configuration.port = port
        configuration.limits.maxFileBytes = UInt64(maxFileSize * 1_048_576)
        configuration.limits.maxRoundBytes = UInt64(maxRoundSize * 1_048_576)
        configuration.limits.maxFiles = maxFiles
        if !configuration.isLoopback { configuration.accessToken = WebConfiguration.makeToken() }
        let server: WebServer
        do {
            try FileManager.default.createDirectory(at: configuration.data, withIntermediateDirectories: true)
            server = try WebServer(configuration)
        } catch {
            throw CommandFailure(message: ErrorPresenter.dataFolderFailure(error, folder: configuration.data.path, language: language),
                                 status: .unreadableOrUsage)
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let token = configuration.accessToken
        let dataPath = configuration.data.path
        let application = server.application { port in
            var lines = [language.pick("jixiao 网页版已启动：http://\(shownHost):\(port)/", "jixiao web page running at http://\(shownHost):\(port)/"),
                         language.pick("数据文件夹：\(dataPath)", "data folder: \(dataPath)")]
            if let token {
                lines.append(language.pick("访问令牌：\(token)", "access token: \(token)"))
                lines.append(language.pick("在浏览器中打开：http://\(shownHost):\(port)/?token=\(token)",
                                           "open in a browser: http://\(shownHost):\(port)/?token=\(token)"))
            }
            lines.append(language.pick("按 Ctrl-C 停止。", "Press Ctrl-C to stop."))
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        let failure = Locked<(any Error)?>(nil)
        let finished = DispatchSemaphore(value: 0)
        Task {
            do {
                try await application.runService()
            } catch {
                failure.withLock { $0 = error }
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.withLock({ $0 }) {
            throw CommandFailure(message: ErrorPresenter.serveFailure(error, host: host, port: port, language: language),
                                 status: .unreadableOrUsage)
        }
    }
}
