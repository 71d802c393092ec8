/// What `fill` is told about reading its data, and what reading gave: the forms, the names left unused, and
/// which of two rows for one department was kept.
extension FormInput {
    /// How to read data that is not quite clean.
    ///
    /// ```swift
    /// var options = FormInput.Options()
    /// options.ignoreUnknown = true          // `--ignore-unknown`
    /// options.duplicates = .last            // `--duplicates last`
    /// ```
    public struct Options: Sendable {
        /// Read on past columns or keys that name no field (they are listed in ``Reading/ignored``) rather than
        /// refuse the data.
        public var ignoreUnknown = false
        /// Which of several rows for one department and year is used; nil: refuse the data.
        public var duplicates: DuplicateChoice?
        public init() {}
    }

    /// Which of several rows for one department and year wins.
    public enum DuplicateChoice: String, Sendable, CaseIterable {
        case first, last
    }

    /// A column header or JSON key that names no field, and the known one closest to it (nil: none is close).
    public struct UnknownName: Sendable, Hashable {
        public var name: String
        public var closest: String?
        public init(name: String, closest: String?) {
            self.name = name
            self.closest = closest
        }
    }

    /// A row (CSV, 1-based with the header as row 1) or form object (JSON, 1-based position) left out because
    /// another for the same department and year won.
    public struct Dropped: Sendable, Hashable {
        public var department: String
        public var dropped: Int
        public var kept: Int
    }

    /// What the data was: form JSON, a CSV of form fields, or a 财政局's reference list (XLSX or CSV).
    public enum Source: Sendable {
        case json, csv, referenceList
    }

    /// The forms read, in the data's order.
    ///
    /// ```swift
    /// let reading = try input.forms(fromCSV: data, columns: columns, options: options)
    /// reading.forms.count
    /// reading.ignored.map(\.name)   // ["备注"] with ignoreUnknown
    /// ```
    public struct Reading: Sendable {
        public var forms: [Form]
        /// What the data was.
        public var source: Source
        /// The names that named no field, when asked to ignore them; for a reference list, its columns that are
        /// no form field (序号, 单位编码, 备注), which a list may have.
        public var ignored: [UnknownName]
        /// The rows left out for another of the same department and year.
        public var dropped: [Dropped]
        /// The CSV's columns of worked-out figures (预算完成率, 年度调整额 …) that held values: the written forms
        /// compute them with formulas instead.
        public var computed: [String] = []

        /// The forms with their rows, one per department and year as `duplicates` says.
        /// - Throws: ``InputError`` of kind `clash` naming both rows when two share a department and year and
        ///   `duplicates` is nil.
        init(_ rows: [(row: Int, form: Form)], source: Source, ignored: [UnknownName], duplicates: DuplicateChoice?,
             clash: InputError.Kind) throws(InputError) {
            self.source = source
            self.ignored = ignored
            dropped = []
            // Rows by department and year, in the order each pair first appears.
            var groups: [[Int]] = []
            var group: [String: Int] = [:]
            for (index, entry) in rows.enumerated() {
                guard let department = entry.form.department?.trimmingCharacters(in: .whitespacesAndNewlines),
                      !department.isEmpty else { continue }
                let key = department + "\u{0}" + (entry.form.year.map(String.init) ?? "")
                if let existing = group[key] { groups[existing].append(index) } else {
                    group[key] = groups.count
                    groups.append([index])
                }
            }
            var keep = Array(repeating: true, count: rows.count)
            for indices in groups where indices.count > 1 {
                let department = rows[indices[0]].form.department?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                guard let duplicates else {
                    var error = InputError(clash, detail: department)
                    error.rows = indices.map { rows[$0].row }
                    throw error
                }
                let winner = duplicates == .first ? indices[0] : indices[indices.count - 1]
                for index in indices where index != winner {
                    keep[index] = false
                    dropped.append(Dropped(department: department, dropped: rows[index].row, kept: rows[winner].row))
                }
            }
            forms = rows.indices.filter { keep[$0] }.map { rows[$0].form }
        }
    }
}
