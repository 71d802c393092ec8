/// Counts the numbered paragraphs of a document in order and writes each one's label, as Word does: lists
/// sharing an abstract definition continue one another, a level counts on from its start and restarts when a
/// higher level moves on, and a list with a start override restarts where it is first used.
///
/// ```swift
/// var counters = ListCounters(numbering: numbering)
/// counters.label(numID: "1", level: 0)   // "一、"
/// counters.label(numID: "1", level: 1)   // "（一）"
/// ```
struct ListCounters {
    let numbering: NumberingPart
    /// The current number of each level, by abstract definition.
    private var counts: [String: [Int: Int]] = [:]
    /// Lists already used (a start override applies at the first use).
    private var started: Set<String> = []

    init(numbering: NumberingPart) {
        self.numbering = numbering
    }

    /// The label of the next paragraph of list `numID` at `level` (0-based), with the separator its suffix asks
    /// for; nil for a bullet, an undefined list or numID 0 (numbering removed).
    mutating func label(numID: String, level: Int) -> String? {
        guard numID != "0", let definition = numbering.level(numID: numID, level: level),
              let instance = numbering.instances[numID] else { return nil }
        let key = instance.abstractID
        if !started.contains(numID) {
            started.insert(numID)
            for overridden in instance.startOverrides.keys { counts[key]?[overridden] = nil }
        }
        var levels = counts[key, default: [:]]
        levels[level] = levels[level].map { $0 + 1 } ?? definition.start
        for deeper in levels.keys where deeper > level { levels[deeper] = nil }
        counts[key] = levels
        guard definition.format != "bullet", definition.format != "none" || !definition.text.isEmpty else { return nil }
        var label = ""
        var characters = definition.text[...]
        while let percent = characters.firstIndex(of: "%") {
            label += characters[..<percent]
            let digit = characters.index(after: percent)
            guard digit < characters.endIndex, let place = characters[digit].wholeNumberValue, place >= 1 else {
                label.append("%")
                characters = characters[digit...]
                continue
            }
            let placeLevel = numbering.level(numID: numID, level: place - 1)
            let number = levels[place - 1] ?? placeLevel?.start ?? 1
            let format = definition.isLegal ? "decimal" : (placeLevel?.format ?? "decimal")
            label += NumberText.format(number, as: format)
            characters = characters[characters.index(after: digit)...]
        }
        label += characters
        guard !label.isEmpty else { return nil }
        switch definition.suffix {
        case "space": return label + " "
        case "nothing": return label
        // A tab: nothing after Chinese punctuation (一、 （一）), a space after an ASCII label (1. a)).
        default: return label.last.map { $0.isASCII } == true ? label + " " : label
        }
    }
}
