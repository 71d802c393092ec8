/// Collects the runs of an `<si>` or `<is>` element (``TextRun``: each `<r>`'s text and `<rPr>` font), for a read
/// that keeps rich text (``ReadOptions/keepsRichText``). Works beside ``RichTextCollector``, which keeps the
/// whole text: the same `<t>` rules (never inside `<rPh>`), the same escapes.
struct TextRunCollector {
    private var finished: [TextRun] = []
    private var run: TextRun?
    private var inProperties = false
    private var inText = false
    private var phoneticDepth = 0
    /// A `<t>` straight inside the item, outside any run.
    private var looseText: String?
    private var hasRuns = false

    /// The item's runs, nil when it has none (plain text, one `<t>`).
    var runs: [TextRun]? {
        guard hasRuns, !finished.isEmpty else { return nil }
        return finished
    }

    mutating func reset() {
        self = TextRunCollector()
    }

    mutating func start(_ name: Substring, attributes: [String: String]) {
        guard phoneticDepth == 0 else {
            if name == "rPh" { phoneticDepth += 1 }
            return
        }
        switch name {
        case "r":
            run = TextRun(text: "")
            hasRuns = true
        case "rPr" where run != nil:
            inProperties = true
            run?.font = Font()
        case "t":
            inText = true
            if run == nil { looseText = looseText ?? "" }
        case "rPh": phoneticDepth += 1
        default:
            if inProperties { run?.font?.apply(child: name, attributes: attributes) }
        }
    }

    mutating func end(_ name: Substring) {
        if phoneticDepth > 0 {
            if name == "rPh" { phoneticDepth -= 1 }
            return
        }
        switch name {
        case "r":
            if var run {
                run.text = ExcelEscapes.decode(run.text)
                finished.append(run)
            }
            run = nil
        case "rPr": inProperties = false
        case "t":
            inText = false
            if run == nil, let looseText {
                finished.append(TextRun(text: ExcelEscapes.decode(looseText)))
                self.looseText = nil
            }
        default: break
        }
    }

    mutating func characters(_ string: String) {
        guard inText, phoneticDepth == 0 else { return }
        if run != nil {
            run?.text += string
        } else {
            looseText = (looseText ?? "") + string
        }
    }
}
