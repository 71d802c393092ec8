/// A reader's own pass over a part's bytes between inflating and XMLParser (the workbook reader drops empty
/// styled cells with one): it is handed each checked chunk and writes what XMLParser should see.
///
/// ```swift
/// try XMLPartParser.parse(part, in: archive, delegate: parser, byteFilter: EmptyCellFilter())
/// ```
package protocol PartByteFilter {
    /// Filters the next chunk of the part, appending what XMLParser should see to `output`.
    mutating func process(_ chunk: UnsafeBufferPointer<UInt8>, into output: inout [UInt8])
    /// The end of the part: anything held back is written out.
    mutating func finish(into output: inout [UInt8])
}
