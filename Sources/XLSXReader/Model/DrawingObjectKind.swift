/// A drawing object on a sheet that is not read as a ``Picture``, named so a caller can say what it leaves
/// behind (a copy of the sheet without its chart, say).
///
/// ```swift
/// layout.otherDrawingObjects   // [.chart]
/// ```
public enum DrawingObjectKind: String, Sendable, Hashable {
    /// A chart (`graphicFrame` holding `c:chart`).
    case chart
    /// Another graphic frame (SmartArt, an embedded table, a slicer).
    case graphicFrame
    /// A shape or text box (`xdr:sp`).
    case shape
    /// A connector line (`xdr:cxnSp`).
    case connector
    /// A group of objects (`xdr:grpSp`): pictures inside a group are not read.
    case group
    /// A picture whose image is not in the package (linked to a file, or its media part is missing).
    case linkedPicture
    /// Ink and other content parts (`xdr:contentPart`).
    case contentPart
    /// The drawing part, or a picture's image, could not be read (damaged): what it held is unknown.
    case unreadable
}
