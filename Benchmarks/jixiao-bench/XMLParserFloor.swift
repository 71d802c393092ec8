import CZip
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What reading a folder of forms costs at the least when the parts go through Foundation's XMLParser: the
/// worksheets and shared strings of every form, already inflated into memory, parsed by a delegate that does
/// nothing. Whatever jixiao does per form comes on top of this floor, so it says how close to a given read rate
/// (python-calamine's) a reader built on XMLParser can come on this machine.
///
/// Three passes over the same bytes, one core:
/// - inflate: opening each file with libzip and inflating those parts (what any reader must do);
/// - XMLParser, as stored: every part parsed with an empty delegate (XMLParser still builds the element
///   name, the attribute dictionary and the text of every event before it calls the delegate);
/// - XMLParser, empty cells taken out: the same after dropping `<c r=".." s=".."/>`, as jixiao's reader does.
enum XMLParserFloor {
    /// One form's parts, inflated.
    struct Form {
        var parts: [Data]
        var compressedSize: Int
    }

    static func run(directory: String) throws -> String {
        let paths = xlsxFiles(under: directory)
        var forms: [Form] = []
        let inflating = seconds {
            forms = paths.compactMap(inflateParts)
        }
        guard !forms.isEmpty else { fail("xml-floor: no readable .xlsx under \(directory)") }
        let filtered = forms.map { Form(parts: $0.parts.map(dropEmptyCells), compressedSize: $0.compressedSize) }

        let counter = EventCounter()
        let asStored = seconds { for form in forms { parse(form, delegate: counter) } }
        let eventsAsStored = counter.events
        counter.events = 0
        let withoutEmptyCells = seconds { for form in filtered { parse(form, delegate: counter) } }
        let eventsFiltered = counter.events

        let count = Double(forms.count)
        func line(_ name: String, _ elapsed: Double, events: Int? = nil) -> String {
            let padded = name.padding(toLength: 36, withPad: " ", startingAt: 0)
            var text = "  " + padded + String(format: "%7.0f forms/s  %6.1f µs/form", count / elapsed, elapsed / count * 1e6)
            if let events {
                text += String(format: "  %5.0f events/form  %4.0f ns/event", Double(events) / count,
                               elapsed / Double(events) * 1e9)
            }
            return text
        }
        return """
            xml-floor: \(forms.count) forms (worksheets + shared strings), one core, delegate doing nothing
            \(line("inflate (libzip open + read parts)", inflating))
            \(line("XMLParser, parts as stored", asStored, events: eventsAsStored))
            \(line("XMLParser, empty cells taken out", withoutEmptyCells, events: eventsFiltered))
            """
    }

    /// Every `.xlsx` under `directory`, sorted.
    static func xlsxFiles(under directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".xlsx") }.sorted()
            .map { root.appendingPathComponent($0).path }
    }

    /// The worksheets and shared strings of the file at `path`, inflated; nil for a file libzip refuses.
    static func inflateParts(_ path: String) -> Form? {
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &error) else { return nil }
        defer { zip_discard(archive) }
        var parts: [Data] = []
        var compressed = 0
        for index in 0..<zip_get_num_entries(archive, 0) {
            guard let rawName = zip_get_name(archive, zip_uint64_t(index), 0) else { continue }
            let name = String(cString: rawName)
            guard name.hasPrefix("xl/worksheets/sheet") || name == "xl/sharedStrings.xml" else { continue }
            var stat = zip_stat_t()
            guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0,
                  let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else { return nil }
            var bytes = Data(count: Int(stat.size))
            let read = bytes.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, stat.size) }
            zip_fclose(file)
            guard read == Int64(stat.size) else { return nil }
            parts.append(bytes)
            compressed += Int(stat.comp_size)
        }
        return parts.isEmpty ? nil : Form(parts: parts, compressedSize: compressed)
    }

    /// The part without its self-closing styled empty cells (`<c r="B1" s="1"/>`), the elements jixiao's
    /// reader filters out before XMLParser (a plain byte scan: good enough for a measurement).
    static func dropEmptyCells(_ part: Data) -> Data {
        let bytes = [UInt8](part)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "c"),
               bytes[index + 2] == UInt8(ascii: " "), let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")),
               bytes[end - 1] == UInt8(ascii: "/"),
               !bytes[index..<end].contains(UInt8(ascii: "t")) {   // no t="..": a styled blank
                index = end + 1
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return Data(output)
    }

    static func parse(_ form: Form, delegate: EventCounter) {
        for part in form.parts {
            let parser = XMLParser(data: part)
            parser.shouldProcessNamespaces = false
            parser.shouldResolveExternalEntities = false
            parser.delegate = delegate
            guard parser.parse() else { fail("xml-floor: a part did not parse") }
        }
    }

    /// Counts start-element events and nothing else.
    final class EventCounter: NSObject, XMLParserDelegate {
        var events = 0
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            events += 1
        }
    }
}
