extension FormTemplate {
    /// How a sheet is told to be this form rather than another budget table that shares its 预算数 / 执行数 /
    /// 执行率 labels (a 项目支出明细表, a 项目支出绩效自评表, a 决算收支总表, a budget list), and how a workbook holding
    /// several units' forms pairs each with its 评分表 (form.json `recognition`).
    ///
    /// A sheet showing at least ``FormTemplate/minimumLabels`` labels is the form when its title names the form
    /// (``formTitleWords``, in a title that is not a 评分表's); when its title names another table, it is that
    /// table; with no title or a title naming neither (`自评表`), it is the form when it shows at least
    /// ``minimumBlocks`` of the form's distinctive ``blocks`` and no other table's labels reach that table's
    /// minimum. So a form with no title, or one block missing, is still read.
    ///
    /// ```swift
    /// let recognition = try TemplateBundle.standard.get().form.recognition
    /// recognition.otherTables.map(\.name)   // ["项目支出绩效自评表", "项目支出明细表", "部门决算收支总表", "预算表"]
    /// ```
    public struct Recognition: Sendable, Decodable {
        /// One of the form's distinctive blocks: found when any of its fields, section labels or table columns
        /// (model keys, form.json `fields`, `blocks`, `tables`) shows on the sheet.
        public struct Block: Sendable, Decodable {
            /// What an officer calls it, for messages (`部门名称`).
            public var name: String
            public var fields: [String]
            public var blocks: [String]
            /// `table.column` keys (`keyIndicators.target`).
            public var columns: [String]

            public init(from decoder: Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                name = try container.decode(String.self, forKey: .name)
                fields = try container.decodeIfPresent([String].self, forKey: .fields) ?? []
                blocks = try container.decodeIfPresent([String].self, forKey: .blocks) ?? []
                columns = try container.decodeIfPresent([String].self, forKey: .columns) ?? []
            }

            private enum CodingKeys: String, CodingKey { case name, fields, blocks, columns }
        }

        /// Another kind of table an officer's folder holds beside the forms.
        public struct OtherTable: Sendable, Decodable, Hashable {
            /// Its Chinese name (`项目支出绩效自评表`).
            public var name: String
            /// What it is in English (`a project expenditure self-evaluation`).
            public var english: String
            /// Words of its title (compared without spaces and in half-width form).
            public var titles: [String]
            /// Labels only this kind of table shows (normalised as the form's labels are).
            public var labels: [String]
            /// How many of ``labels`` tell it from the form on a sheet without a title.
            public var minimumLabels: Int
        }

        /// Words of a title that names this form (`部门整体`, `整体支出`).
        public var formTitleWords: [String]
        /// Words of a 评分表's title (`评分`): such a title names the score sheet, not the form.
        public var scoreTitleWords: [String]
        /// How many distinctive blocks an untitled sheet must show to be read as the form.
        public var minimumBlocks: Int
        public var blocks: [Block]
        public var otherTables: [OtherTable]
        /// Words removed from sheet names before a 评分表 is paired with a unit's form by name (`机关评分表` → `机关`).
        public var sheetNameWords: [String]
    }
}
