import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// C copies of Swift strings for libxlsxwriter's option structs (`char *` fields), freed together when the
/// list is released. Keep the list alive (`withExtendedLifetime`) until the C call has returned.
///
/// ```swift
/// let texts = CStringList()
/// options.author = texts.copy("jixiao")
/// try call { worksheet_write_comment_opt(sheet, 0, 0, "注", &options) }
/// withExtendedLifetime(texts) {}
/// ```
final class CStringList {
    private var pointers: [UnsafeMutablePointer<CChar>] = []
    private var arrays: [UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>] = []

    /// A C copy of `text`, or nil for nil (or if the copy could not be allocated).
    func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text, let pointer = strdup(text) else { return nil }
        pointers.append(pointer)
        return pointer
    }

    /// A `NULL`-terminated array of C copies, as libxlsxwriter's `value_list` wants.
    func copyList(_ texts: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: texts.count + 1)
        for (index, text) in texts.enumerated() {
            array[index] = copy(text)
        }
        array[texts.count] = nil
        arrays.append(array)
        return array
    }

    deinit {
        pointers.forEach { free($0) }
        arrays.forEach { $0.deallocate() }
    }
}
