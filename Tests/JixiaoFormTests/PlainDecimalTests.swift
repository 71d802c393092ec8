import Foundation
@testable import JixiaoForm
import Testing

/// Figures typed as plain decimals skip the number grammar (``FigureReader/plainDecimal(_:)``): the same value and
/// places the grammar gives, and anything else left to the grammar.
@Suite("Plain decimals typed as text")
struct PlainDecimalTests {
    @Test(arguments: ["15050200", "-353.99", "0.50", "1505.0200", "-0", "0", "123456789012345678", ".5"])
    func plainTextsReadAsTheGrammarReadsThem(_ text: String) throws {
        let plain = try #require(FigureReader.plainDecimal(text))
        #expect(plain.value == Decimal(string: text))
        #expect(plain.places == (text.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0))
        let template = try TemplateBundle.standard.get().form
        // The grammar itself, which the shortcut spares.
        let grammar = try #require(FigureReader(template: template).numberText.parse(compact: text))
        #expect(!grammar.isPercent)
        #expect(grammar.value.value == plain.value && grammar.value.places == plain.places)
    }

    @Test(arguments: ["1.", "1e5", "1,000", "12.3.4", "--1", "1-", "", "-", "1234567890123456789", "１２", "12万"])
    func othersAreTheGrammars(_ text: String) {
        #expect(FigureReader.plainDecimal(text) == nil)
    }
}
