import Foundation
import Locking

/// Compiled regular expressions by pattern, shared by every thread: ICU compiles a pattern in microseconds,
/// which adds up when every cell of every form would compile the same few patterns again.
/// `NSRegularExpression` is immutable and safe to match from several threads.
///
/// ```swift
/// RegexCache.compiled(#"(\d{4})年"#)?.firstMatch(in: text, range: range)
/// ```
enum RegexCache {
    private static let compiledByPattern = Locked<[String: NSRegularExpression?]>([:])

    /// The pattern compiled once; nil (also remembered) when it does not compile.
    static func compiled(_ pattern: String) -> NSRegularExpression? {
        if let known = compiledByPattern.withLock({ $0[pattern] }) { return known }
        let regex = try? NSRegularExpression(pattern: pattern)
        compiledByPattern.withLock { cache in
            // Patterns come from the code and the templates: a few dozen. A cap keeps a caller that builds
            // patterns from data from growing it without end.
            if cache.count >= 1024 { cache.removeAll() }
            cache[pattern] = regex
        }
        return regex
    }
}
