/// Collects the text of an `<si>` or `<is>` element: `<t>` directly inside it or inside `<r>` runs, never
/// inside `<rPh>`.
struct RichTextCollector {
    private(set) var text = ""
    private var inText = false
    private var phoneticDepth = 0

    mutating func reset() {
        text = ""
        inText = false
        phoneticDepth = 0
    }

    mutating func start(_ element: TextElement) {
        switch element {
        case .text: inText = phoneticDepth == 0
        case .phonetic: phoneticDepth += 1
        default: break
        }
    }

    mutating func end(_ element: TextElement) {
        switch element {
        case .text: inText = false
        case .phonetic: phoneticDepth = max(0, phoneticDepth - 1)
        default: break
        }
    }

    mutating func characters(_ string: String) {
        guard inText else { return }
        // Most items are one `<t>` read in one piece: take the string as it is rather than copying it.
        if text.isEmpty { text = string } else { text += string }
    }

    /// The collected text with `_xHHHH_` escapes decoded.
    var decoded: String { ExcelEscapes.decode(text) }
}
