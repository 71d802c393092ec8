import Foundation

/// A one-line progress display on standard error: files done of total, rate, and time left once the rate
/// means something (``remainingSeconds(done:total:elapsedSeconds:)``).
///
/// It draws only when standard error is a terminal and the user did not ask for quiet, and redraws at most
/// ten times a second, so piping the output or running in CI prints nothing extra. For a program that runs jixiao
/// (the web page's check), `lines` prints `done/total` lines instead, terminal or not, quiet or not.
///
/// ```swift
/// let progress = ProgressBar(total: files.count, language: .zh, enabled: !quiet)
/// progress.advance()     // after each file
/// progress.finish()      // clears the line
/// ```
final class ProgressBar {
    let total: Int
    let language: Language
    let enabled: Bool
    /// `done/total` lines for a parent process rather than a bar.
    let lines: Bool
    private var done = 0
    private let started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?

    init(total: Int, language: Language, enabled: Bool, lines: Bool = false) {
        self.total = total
        self.language = language
        self.lines = lines
        self.enabled = !lines && enabled && isatty(STDERR_FILENO) == 1
        if lines { FileHandle.standardError.write(Data("0/\(total)\n".utf8)) }
    }

    func advance(by count: Int = 1) {
        done += count
        guard enabled || lines else { return }
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(100), done < total { return }
        lastDrawn = now
        if lines {
            FileHandle.standardError.write(Data("\(done)/\(total)\n".utf8))
        } else {
            draw(elapsed: now - started)
        }
    }

    /// Clears the line before something else is written to the terminal, when standard output is one too;
    /// the next ``advance(by:)`` draws it again.
    func clearIfWritingToTerminal(stdout writesToStandardOutput: Bool) {
        guard enabled, writesToStandardOutput, lastDrawn != nil, isatty(STDOUT_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        lastDrawn = nil
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// The line itself, without terminal control: `[#######.............] 120/300  35.2 个/秒  剩余 5 秒`.
    static func line(done: Int, total: Int, elapsedSeconds: Double, language: Language, width: Int = 24) -> String {
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
        let rate = elapsedSeconds > 0 ? Double(done) / elapsedSeconds : 0
        var text = "\(bar) \(done)/\(total)  " + String(format: "%.1f", rate) + language.pick(" 个/秒", " files/s")
        if let remaining = remainingSeconds(done: done, total: total, elapsedSeconds: elapsedSeconds) {
            text += language.pick("  剩余 \(remaining) 秒", "  \(remaining) s left")
        }
        return text
    }

    /// Files done before the time left is estimated: the first files carry the workers' start-up.
    static let filesBeforeEstimate = 5
    /// Seconds elapsed before the time left is estimated: a rate over less time jumps about.
    static let secondsBeforeEstimate = 3.0

    /// The time left at the rate so far, in whole seconds rounded up; nil until it means something (at least
    /// ``filesBeforeEstimate`` files done and ``secondsBeforeEstimate`` seconds gone) and once all are done.
    ///
    /// ```swift
    /// ProgressBar.remainingSeconds(done: 2, total: 100, elapsedSeconds: 10)    // nil: too few files
    /// ProgressBar.remainingSeconds(done: 10, total: 100, elapsedSeconds: 4)    // 36
    /// ```
    static func remainingSeconds(done: Int, total: Int, elapsedSeconds: Double) -> Int? {
        guard done >= filesBeforeEstimate, elapsedSeconds >= secondsBeforeEstimate, done < total else { return nil }
        return Int((Double(total - done) * elapsedSeconds / Double(done)).rounded(.up))
    }

    private func draw(elapsed: Duration) {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let text = ProgressBar.line(done: done, total: total, elapsedSeconds: seconds, language: language)
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
    }
}
