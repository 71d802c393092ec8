import ArgumentParser
import Foundation
import OOXMLPackage
import XLSXReader

/// The `jixiao` command: checks and writes 部门整体支出绩效自评表 workbooks.
public struct Jixiao: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "jixiao",
            abstract: Language.current.pick("绩效自评表校验工具：校验、更正、填写部门整体支出绩效自评表。",
                                            "Check, correct and fill 部门整体支出绩效自评表 workbooks."),
            discussion: Language.current.pick("""
                退出码：
                  0  成功，没有错误级问题
                  1  有错误级问题
                  2  有文件无法读取，或命令行有误
                """, """
                Exit codes:
                  0  success, no finding of severity error
                  1  some finding of severity error
                  2  some file unreadable, or a usage error
                """),
            subcommands: [CellsCommand.self, ValidateCommand.self, FixCommand.self, FillCommand.self, TemplateCommand.self,
                          ServeCommand.self])
    }

    public init() {}

    /// `jixiao` with no subcommand: a usage error that shows the help, on standard error, exit 2.
    public func run() throws {
        throw CommandFailure(message: HelpWords.translate(Jixiao.helpMessage(), to: Language.current),
                             status: .unreadableOrUsage)
    }

    /// Runs the command line and exits with jixiao's exit codes: 2 for usage errors (ArgumentParser's own
    /// default is 64), the command's status for its failures.
    /// Help and the parser's errors are in the language asked for (``Language/requested(by:environment:)``).
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
        let language = Language.requested(by: given)
        Language.$current.withValue(language) {
            run(Language.removingChoices(from: given), language: language)
        }
    }

    /// Parses and runs `arguments`, then exits.
    private static func run(_ arguments: [String], language: Language) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            do {
                try command.run()
            } catch let error as ValidationError {
                // A command's own check of its arguments, made when it runs: worded as ArgumentParser's are.
                printError(ErrorPresenter.usageError(error, command: type(of: command), language: language))
                Foundation.exit(ExitStatus.unreadableOrUsage.rawValue)
            }
            Foundation.exit(ExitStatus.success.rawValue)
        } catch let failure as CommandFailure {
            printError(failure.message)
            Foundation.exit(failure.status.rawValue)
        } catch {
            if exitCode(for: error) == .success {   // --help, help SUBCOMMAND
                let help = HelpWords.translate(fullMessage(for: error), to: language)
                FileHandle.standardOutput.write(Data((help + "\n").utf8))
                Foundation.exit(ExitStatus.success.rawValue)
            }
            printError(ErrorPresenter.usageError(message: message(for: error), fullText: fullMessage(for: error),
                                                 language: language))
            Foundation.exit(ExitStatus.unreadableOrUsage.rawValue)
        }
    }
}
