import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// Half-up rounding, addition and subtraction on a Decimal's digits give exactly what Foundation gives.
@Suite("Decimal arithmetic fast paths")
struct DecimalRoundingTests {
    /// Quotients (38 digits, beyond 64 bits: the rates the rules compute), sums and differences of shown figures,
    /// rounded to every usual precision: the same value and the same description as Foundation's rounding
    /// (a fixed seed).
    @Test func roundingQuotientsMatchesFoundation() {
        var generator = SeededGenerator(seed: 38)
        func figure() -> Decimal {
            let digits = generator.next() % 10_000_000_000
            let places = Int(generator.next() % 5)
            let value = Decimal(sign: generator.next() % 5 == 0 ? .minus : .plus, exponent: -places,
                                significand: Decimal(digits))
            return value
        }
        var values: [Decimal] = [Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(-2) / Decimal(3),
                                 Decimal(15388200) / Decimal(15762100), Decimal(string: "1472.46")! / Decimal(string: "1505.02")!,
                                 Decimal(string: "99999999999999999999999999999999999999")!, Decimal(string: "0.5")!,
                                 Decimal(string: "-0.5")!, Decimal(string: "0.0049999999999999999999999999999999999")!]
        for _ in 0..<4_000 {
            let numerator = figure(), denominator = figure()
            if !denominator.isZero { values.append(numerator / denominator) }
            values.append(numerator - denominator)
            values.append((numerator - denominator) / (denominator.isZero ? 1 : denominator))
        }
        for value in values {
            for places in [0, 1, 2, 3, 4, 6, 8, 10, 12, 19, 20, 30, 37, 38, 39, 40] {
                var input = value
                var expected = Decimal()
                NSDecimalRound(&expected, &input, places, .plain)
                let rounded = DecimalMath.rounded(value, places: places)
                #expect(rounded == expected && rounded.description == expected.description, "\(value) at \(places)")
            }
        }
    }

    /// Sums and differences of figures a sheet holds (zero, negatives, two to six decimals, large amounts, half
    /// units, parsed texts and Foundation's own quotients): the same value and the same description as Foundation's
    /// `+` and `-` (a fixed seed).
    @Test func addingMatchesFoundation() {
        var generator = SeededGenerator(seed: 64)
        func figure() -> Decimal {
            switch generator.next() % 8 {
            case 0: return 0
            case 1: return DecimalMath.halfUnit(places: Int(generator.next() % 12))
            case 2: return Decimal(sign: .plus, exponent: Int(generator.next() % 40) - 20, significand: Decimal(generator.next() % 1_000))
            case 3: return Decimal(UInt64.max - generator.next() % 1_000)
            case 4: return Decimal(Int(generator.next() % 100_000)) / Decimal(Int(generator.next() % 997 + 1))
            default:
                let digits = String(generator.next() % 100_000_000_000)
                let places = Int(generator.next() % 7)
                let text = places < digits.count ? digits.dropLast(places) + "." + digits.suffix(places) : "0." + digits
                let value = DecimalMath.decimal(fromText: String(text)) ?? 0
                return generator.next() % 4 == 0 ? -value : value
            }
        }
        var pairs: [(Decimal, Decimal)] = [(0, 0), (dec("1.5"), dec("-1.5")), (dec("1049.13"), dec("527.07")),
                                           (dec("0.005"), dec("0.005")), (dec("18446744073709551615"), 1)]
        for _ in 0..<20_000 { pairs.append((figure(), figure())) }
        for (left, right) in pairs {
            let sum = DecimalMath.sum(left, right), expectedSum = left + right
            #expect(sum == expectedSum && sum.description == expectedSum.description, "\(left) + \(right)")
            let difference = DecimalMath.difference(left, right), expectedDifference = left - right
            #expect(difference == expectedDifference && difference.description == expectedDifference.description,
                    "\(left) - \(right)")
        }
        let values = pairs.map(\.0)
        #expect(DecimalMath.total(values) == values.reduce(Decimal(0), +))
        #expect(DecimalMath.total(values).description == values.reduce(Decimal(0), +).description)
    }
}
