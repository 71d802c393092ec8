import ArgumentParser
import Foundation
import XLSXReader

/// The `jixiao` command: checks and writes 部门整体支出绩效自评表 workbooks.
public struct Jixiao: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "绩效自评表校验工具 Check 部门整体支出绩效自评表 workbooks.",
        discussion: """
        退出码 Exit codes:
          0  成功，没有错误级问题 success, no finding of severity error
          1  有错误级问题 some finding of severity error
          2  有文件无法读取，或命令行有误 some file unreadable, or a usage error
        """,
        subcommands: [CellsCommand.self, ValidateCommand.self, FixCommand.self, FillCommand.self, TemplateCommand.self])

    public init() {}

    /// Runs the command line and exits with jixiao's exit codes: 2 for usage errors (ArgumentParser's own
    /// default is 64), the command's status for its failures.
    /// Bulk runs read their files in worker processes of this executable (``WorkerPool``).
    public static func runAndExit(_ arguments: [String]? = nil) -> Never {
        LocalTimeZone.pin()
        WorkerPool.executable.withLock { $0 = WorkerPool.currentExecutable() }
        let given = arguments ?? Array(CommandLine.arguments.dropFirst())
        if given.first == WorkerCommand.name {
            guard let worker = WorkerCommand(arguments: Array(given.dropFirst())) else {
                Foundation.exit(ExitStatus.unreadableOrUsage.rawValue)
            }
            do {
                try worker.run()
                Foundation.exit(ExitStatus.success.rawValue)
            } catch {
                Foundation.exit(ExitStatus.unreadableOrUsage.rawValue)
            }
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(ExitStatus.success.rawValue)
        } catch let failure as CommandFailure {
            printError(failure.message)
            Foundation.exit(failure.status.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }   // --help, --version
            printError(fullMessage(for: error))
            Foundation.exit(ExitStatus.unreadableOrUsage.rawValue)
        }
    }
}
