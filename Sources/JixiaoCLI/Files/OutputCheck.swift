import Foundation
import JixiaoForm

/// What every command checks about its outputs before it reads any input, so that no output is written over an
/// input and no run does its work only to fail at the end:
///
/// - each output's folder exists and a file can be made in it (a probe file made and removed: this catches a
///   read-only disk, a missing permission, a locked folder), and its disk is not full;
/// - an output is not a folder, and a workbook output not a device or a pipe;
/// - no two outputs are the same file, and no output is an input. Files are compared by device and inode, so a
///   path through a symbolic or hard link is the same file. A file found in a searched folder that an output
///   names is refused too, unless it is one of jixiao's own outputs (an earlier summary about to be replaced):
///   that one is left out of the run.
///
/// ```swift
/// var inputs = InputFiles(paths: ["t/"])
/// try OutputCheck.claim([OutputTarget("t/huangpu-2021.xlsx", option: "--json", streamed: true)], inputs: &inputs)
/// // throws: --json names the input t/huangpu-2021.xlsx
/// ```
enum OutputCheck {
    /// Checks `targets` against each other, against `inputs`, and that each can be written; an earlier output
    /// of jixiao's found in a folder and about to be replaced is taken out of `inputs`.
    /// - Throws: the first ``OutputProblem`` found.
    static func claim(_ targets: [OutputTarget], inputs: inout InputFiles) throws(OutputProblem) {
        var folders: [String: OutputProblem.Reason?] = [:]
        var seen: [String: OutputTarget] = [:]
        var existing: [FileIdentity: OutputTarget] = [:]
        for target in targets {
            if let reason = problem(with: target, folders: &folders) {
                throw OutputProblem(path: target.path, option: target.option, reason: reason)
            }
            let canonical = canonicalPath(target.path)
            if let other = seen[canonical] {
                throw OutputProblem(path: target.path, option: target.option, reason: .sameAs(other.option ?? other.path))
            }
            seen[canonical] = target
            if let identity = FileIdentity(path: target.path) {
                if let other = existing[identity] {
                    throw OutputProblem(path: target.path, option: target.option, reason: .sameAs(other.option ?? other.path))
                }
                existing[identity] = target
            }
        }
        // An output that does not exist yet cannot be an input.
        guard !existing.isEmpty else { return }
        var replaced: Set<Int> = []
        for index in inputs.files.indices where inputs.files[index].isRead && !inputs.files[index].missing {
            let input = inputs.files[index]
            guard let identity = FileIdentity(path: input.path), let target = existing[identity] else { continue }
            if !input.named, OutputRecognizer.standard.output(ofFileAt: input.url) != nil {
                replaced.insert(index)
                continue
            }
            throw OutputProblem(path: target.path, option: target.option, reason: .namesInput(input.path))
        }
        // This run's own outputs are not among its inputs.
        if !replaced.isEmpty {
            inputs.files = inputs.files.enumerated().filter { !replaced.contains($0.offset) }.map(\.element)
        }
    }

    /// ``claim(_:inputs:)`` for a command: a problem is its failure, worded, exit 2.
    static func claim(_ targets: [OutputTarget], inputs: inout InputFiles, language: Language) throws(CommandFailure) {
        do {
            try claim(targets, inputs: &inputs)
        } catch {
            throw CommandFailure(message: ErrorPresenter.message(for: error, language: language),
                                 status: .unreadableOrUsage)
        }
    }

    /// Why `target` cannot be written, if it cannot: it is a folder, a workbook's destination is a device or a
    /// pipe, or its folder is unusable.
    static func problem(with target: OutputTarget) -> OutputProblem.Reason? {
        var folders: [String: OutputProblem.Reason?] = [:]
        return problem(with: target, folders: &folders)
    }

    private static func problem(with target: OutputTarget, folders: inout [String: OutputProblem.Reason?])
        -> OutputProblem.Reason? {
        var path = target.path
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
            path = String(cString: resolved)
            free(resolved)
        }
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .isFolder
            case S_IFREG: break
            default:
                // A device or a pipe takes a streamed report as it comes; a workbook needs a file to replace.
                return target.streamed ? nil : .notAFile
            }
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if let known = folders[folder] { return known }
        let reason = problem(inFolder: folder)
        folders[folder] = reason
        return reason
    }

    /// Why no file can be written in `folder`, if none can: it is missing (`ENOENT`), not a folder
    /// (`ENOTDIR`), a probe file cannot be made in it (`EACCES`, `EPERM`, `EROFS` ...), or its disk is full
    /// (`ENOSPC`).
    static func problem(inFolder folder: String) -> OutputProblem.Reason? {
        var info = stat()
        guard stat(folder, &info) == 0 else { return .system(errno) }
        guard info.st_mode & S_IFMT == S_IFDIR else { return .system(ENOTDIR) }
        let probe = URL(fileURLWithPath: folder)
            .appendingPathComponent(".jixiao-probe-\(getpid())-\(UInt32.random(in: .min ... .max))").path
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return .system(errno) }
        close(descriptor)
        unlink(probe)
        var space = statvfs()
        if statvfs(folder, &space) == 0, space.f_blocks > 0, (geteuid() == 0 ? space.f_bfree : space.f_bavail) == 0 {
            return .system(ENOSPC)
        }
        return nil
    }

    /// Makes the folder `path` (and the folders above it) when missing, then checks a file can be made in it.
    /// A refused folder is not left behind: the folders made here are removed again before it throws.
    /// - Throws: ``OutputProblem`` with the system's reason.
    static func prepareFolder(_ path: String, option: String?) throws(OutputProblem) {
        var info = stat()
        var madeFolders: [String] = []
        func refuse(_ reason: OutputProblem.Reason) -> OutputProblem {
            for folder in madeFolders.reversed() { rmdir(folder) }
            return OutputProblem(path: path, option: option, reason: reason)
        }
        if stat(path, &info) != 0 {
            var made = path.hasPrefix("/") ? "" : "."
            for part in path.split(separator: "/") {
                made += "/" + part
                if mkdir(made, 0o777) == 0 {
                    madeFolders.append(made)
                } else if errno != EEXIST {
                    throw refuse(.system(errno))
                }
            }
        } else if info.st_mode & S_IFMT != S_IFDIR {
            throw OutputProblem(path: path, option: option, reason: .notAFolder)
        }
        if let reason = problem(inFolder: path) { throw refuse(reason) }
    }

    /// ``prepareFolder(_:option:)`` for a command: a problem is its failure, worded, exit 2.
    static func prepareFolder(_ path: String, option: String?, language: Language) throws(CommandFailure) {
        do {
            try prepareFolder(path, option: option)
        } catch {
            throw CommandFailure(message: ErrorPresenter.message(for: error, language: language),
                                 status: .unreadableOrUsage)
        }
    }

    /// The path with `.`, `..` and symbolic links worked out, for telling two spellings of one file apart.
    static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
