/// One `w:p` of the main document as the body pass leaves it, before styles and numbering are applied: its
/// runs' text, what its properties name, and the output paragraph (``BodyDelegate/groups``) it belongs to: its
/// own in the body, its cell's in a table.
struct BodyLine {
    var text = ""
    var styleID: String?
    var numID: String?
    var level: Int?
    /// `w:outlineLvl` of the paragraph itself, 0-based as written (9 is body text).
    var outlineLevel: Int?
    var group: Int
}
