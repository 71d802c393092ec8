import Foundation
import OOXMLPackage

/// Takes out of a worksheet's bytes, before XMLParser sees them, the styled cells that hold nothing:
/// `<c r="B1" s="1"/>`. Producers write one for every bordered blank of a form (75 of the 340 elements of a
/// 自评表 sheet), and each costs XMLParser a start and an end event with a dictionary of attributes, for a cell
/// the reader would drop anyway.
///
/// Only what provably changes nothing is removed:
/// - the tag must be exactly `<c r="REF" s="DIGITS"/>` (double quotes, single spaces, no other attribute),
///   a well-formed element on its own, with a reference inside Excel's grid (an invalid one must still fail);
///   it holds no line break, so libxml2's line numbers in later errors are unchanged;
/// - it must stand in content (not in a comment, CDATA section, processing instruction or another tag) and not
///   inside an open cell, where a nested `c` would end the outer cell early;
/// - an empty cell still moves the column a following cell without `r` is placed in, so it is held back until
///   the next event that decides: the next cell has an `r` (or a row starts, or `sheetData` ends) and the held
///   cell is dropped; anything else (a cell without `r`, the end of the part) writes it out as it was.
///
/// Anything the scanner does not follow (a token over 1 MiB, more than 64 KiB between a held cell and its
/// decision), and a large part with few empty cells, is passed through unchanged from there on. XMLParser still
/// parses everything that is passed.
struct EmptyCellFilter: PartByteFilter {
    /// An unfinished token (starting at `<`) from the end of the previous chunk.
    private var carry: [UInt8] = []
    /// A held empty cell and the bytes after it, waiting for the decision.
    private var held: [UInt8] = []
    private var heldCell = 0
    private var isHolding = false
    /// Open `c` elements (any prefix) around the current position.
    private var openCells = 0
    /// Set when the scanner gives up: everything passes unchanged.
    private var passThrough = false
    /// How many empty cells were taken out (for tests and measurements).
    private(set) var removed = 0
    /// Bytes seen, and the count of cells removed at the last look at whether filtering pays.
    private var seen = 0
    private var nextReview = EmptyCellFilter.reviewEvery
    private var removedAtReview = 0

    static let longestToken = 1 << 20
    static let longestHeld = 1 << 16
    /// Every 64 KiB the filter checks it is earning its keep: scanning costs about as much per 64 KiB as
    /// XMLParser spends on a few hundred cells, so a part with fewer empty cells than ``worthwhile`` in the last
    /// 64 KiB (a data export, not a form) is passed through from there on. A form's sheet is 8–12 KiB and is
    /// filtered whole.
    static let reviewEvery = 1 << 16
    static let worthwhile = 200

    /// Filters the next chunk of the part, appending what XMLParser should see to `output`.
    mutating func process(_ chunk: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        if passThrough {
            output.append(contentsOf: chunk)
            return
        }
        if carry.isEmpty {
            scan(chunk, into: &output)
        } else {
            var bytes = carry
            carry.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: chunk)
            bytes.withUnsafeBufferPointer { scan($0, into: &output) }
        }
        seen += chunk.count
        if seen >= nextReview, !passThrough {
            if removed - removedAtReview < Self.worthwhile { giveUp(&output) }
            removedAtReview = removed
            nextReview = seen + Self.reviewEvery
        }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        // Bytes from runStart up to index pass unchanged and are written in one piece when something else
        // must happen (a cell held or dropped) or the chunk ends: most tokens only extend the run.
        var runStart = 0
        func writeRun(upTo end: Int, _ filter: inout EmptyCellFilter) {
            if end > runStart { filter.emit(UnsafeBufferPointer(rebasing: bytes[runStart..<end]), &output) }
            runStart = end
        }
        while index < bytes.count {
            guard bytes[index] == Self.lessThan else {
                // Text up to the next markup.
                if let found = memchr(base + index, Int32(Self.lessThan), bytes.count - index) {
                    index = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                } else {
                    index = bytes.count
                }
                continue
            }
            guard let end = Self.tokenEnd(bytes, from: index) else {
                writeRun(upTo: index, &self)
                carry.append(contentsOf: bytes[index...])
                if carry.count > Self.longestToken { giveUp(&output) }
                return
            }
            let token = UnsafeBufferPointer(rebasing: bytes[index..<end])
            switch decide(token) {
            case .pass:
                break
            case .release(let keepingCell):
                if isHolding {
                    writeRun(upTo: index, &self)
                    release(keepingCell: keepingCell, &output)
                }
            case .hold:
                writeRun(upTo: index, &self)
                release(keepingCell: false, &output)
                hold(token)
                runStart = end
            }
            index = end
        }
        writeRun(upTo: bytes.count, &self)
    }

    /// The end of the part: a cell still held stays, unchanged.
    mutating func finish(into output: inout [UInt8]) {
        release(keepingCell: true, &output)
        output.append(contentsOf: carry)
        carry.removeAll()
    }

    // MARK: - Tokens

    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")
    private static let slash = UInt8(ascii: "/")
    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Whether `needle` starts at `index`.
    @inline(__always)
    private static func matches(_ needle: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pattern = needle.utf8Start
        for offset in 0..<count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// The index just past the token starting with `<` at `start`, or nil if the token is not complete yet.
    static func tokenEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        func find(_ needle: StaticString, from position: Int) -> Int? {
            var index = position
            while index < bytes.count {
                if matches(needle, bytes, at: index) { return index + needle.utf8CodeUnitCount }
                index += 1
            }
            return nil
        }
        guard start + 1 < bytes.count else { return nil }
        switch bytes[start + 1] {
        case UInt8(ascii: "!"):
            guard start + 4 <= bytes.count else { return nil }
            if matches("<!--", bytes, at: start) { return find("-->", from: start + 4) }
            guard start + 9 <= bytes.count else { return nil }
            if matches("<![CDATA[", bytes, at: start) { return find("]]>", from: start + 9) }
            return find(">", from: start + 2)
        case UInt8(ascii: "?"):
            return find("?>", from: start + 2)
        default:
            // A tag: up to the first `>` outside a quoted attribute value.
            var open: UInt8 = 0
            var index = start + 1
            while index < bytes.count {
                let byte = bytes[index]
                if open != 0 {
                    if byte == open { open = 0 }
                } else if byte == quote || byte == apostrophe {
                    open = byte
                } else if byte == greaterThan {
                    return index + 1
                }
                index += 1
            }
            return nil
        }
    }

    /// What a complete token does: passes unchanged, ends a hold first (the held cell kept or dropped), or is
    /// an empty cell to hold (ending any earlier hold with its cell dropped: this one has an `r`).
    private enum Action { case pass, release(keepingCell: Bool), hold }

    private mutating func decide(_ token: UnsafeBufferPointer<UInt8>) -> Action {
        let second = token[1]
        guard second != UInt8(ascii: "!"), second != UInt8(ascii: "?") else { return .pass }
        let isEnd = second == Self.slash
        let name = Self.localName(of: token, isEnd: isEnd)
        let isCell = name.count == 1 && token[name.lowerBound] == UInt8(ascii: "c")
        if isEnd {
            if isCell { openCells = max(0, openCells - 1) }
            if name.count == 9, Self.matches("sheetData", token, at: name.lowerBound) { return .release(keepingCell: false) }
            return .pass
        }
        if isCell {
            if openCells == 0, Self.isEmptyStyledCell(token) { return .hold }
            if token[token.count - 2] != Self.slash { openCells += 1 }
            return .release(keepingCell: !Self.hasAttribute("r", in: token))
        }
        if name.count == 3, Self.matches("row", token, at: name.lowerBound) { return .release(keepingCell: false) }
        return .pass
    }

    /// Where the local name is in a tag: `c` in `<c …>`, `c` in `<x:c …>`, `row` in `</row>`.
    static func localName(of token: UnsafeBufferPointer<UInt8>, isEnd: Bool) -> Range<Int> {
        var start = isEnd ? 2 : 1
        var end = start
        while end < token.count {
            let byte = token[end]
            if byte == greaterThan || byte == slash || isSpace(byte) { break }
            if byte == UInt8(ascii: ":") { start = end + 1 }
            end += 1
        }
        return start..<max(start, end)
    }

    /// Exactly `<c r="REF" s="DIGITS"/>` with REF inside Excel's grid.
    static func isEmptyStyledCell(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        // <c r="A1" s="1"/> is at least 17 bytes.
        guard token.count >= 17, matches("<c r=\"", token, at: 0), matches("\"/>", token, at: token.count - 3) else {
            return false
        }
        var index = 6
        let referenceStart = index
        while index < token.count, token[index] != quote {
            let byte = token[index]
            guard (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) else { return false }
            index += 1
        }
        let referenceEnd = index
        guard referenceEnd > referenceStart, matches("\" s=\"", token, at: index) else { return false }
        index += 5
        let styleStart = index
        while index < token.count - 3 {
            guard token[index] >= 0x30 && token[index] <= 0x39 else { return false }
            index += 1
        }
        guard index == token.count - 3, index > styleStart, index - styleStart <= 9 else { return false }
        return CellReference.parse(UnsafeBufferPointer(rebasing: token[referenceStart..<referenceEnd])) != nil
    }

    /// Whether a start tag has an attribute with exactly this (unprefixed) name. A tag it cannot follow counts
    /// as not having it, which keeps a held cell.
    static func hasAttribute(_ wanted: StaticString, in token: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 1
        // Skip the element name.
        while index < token.count, !isSpace(token[index]), token[index] != greaterThan, token[index] != slash { index += 1 }
        while index < token.count {
            while index < token.count, isSpace(token[index]) { index += 1 }
            guard index < token.count, token[index] != greaterThan, token[index] != slash else { return false }
            let nameStart = index
            while index < token.count, token[index] != UInt8(ascii: "="), !isSpace(token[index]) { index += 1 }
            let nameLength = index - nameStart
            while index < token.count, isSpace(token[index]) { index += 1 }
            guard index < token.count, token[index] == UInt8(ascii: "=") else { return false }
            index += 1
            while index < token.count, isSpace(token[index]) { index += 1 }
            guard index < token.count, token[index] == quote || token[index] == apostrophe else { return false }
            let open = token[index]
            index += 1
            while index < token.count, token[index] != open { index += 1 }
            guard index < token.count else { return false }
            index += 1
            if nameLength == wanted.utf8CodeUnitCount, matches(wanted, token, at: nameStart) { return true }
        }
        return false
    }

    // MARK: - Holding

    private mutating func hold(_ cell: UnsafeBufferPointer<UInt8>) {
        held.append(contentsOf: cell)
        heldCell = cell.count
        isHolding = true
    }

    /// Ends a hold: the held cell is written (`keepingCell`) or dropped; the bytes after it are written.
    private mutating func release(keepingCell: Bool, _ output: inout [UInt8]) {
        guard isHolding else { return }
        if keepingCell {
            output.append(contentsOf: held)
        } else {
            output.append(contentsOf: held[heldCell...])
            removed += 1
        }
        held.removeAll(keepingCapacity: true)
        isHolding = false
    }

    private mutating func emit(_ bytes: UnsafeBufferPointer<UInt8>, _ output: inout [UInt8]) {
        guard isHolding else { return output.append(contentsOf: bytes) }
        held.append(contentsOf: bytes)
        if held.count > Self.longestHeld { release(keepingCell: true, &output) }
    }

    private mutating func giveUp(_ output: inout [UInt8]) {
        release(keepingCell: true, &output)
        output.append(contentsOf: carry)
        carry.removeAll()
        passThrough = true
    }
}
