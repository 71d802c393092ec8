import CZip
import Foundation

/// libFuzzer's custom mutation for XLSX inputs: most of the time one XML part inside the zip is mutated and
/// the package zipped again, so that mutations reach the XML parser instead of dying at the zip's CRC check;
/// sometimes the raw bytes are mutated, so the zip layer is fuzzed too.
///
/// Byte mutation itself is libFuzzer's (`LLVMFuzzerMutate`), linked only into the fuzzing build; the replay
/// build has no libFuzzer and never mutates.
///
/// ```swift
/// let size = ZipPartMutator.mutate(data, size: size, maxSize: maxSize, seed: seed)
/// ```
enum ZipPartMutator {
    typealias Mutate = @Sendable (UnsafeMutablePointer<UInt8>?, Int, Int) -> Int

    /// libFuzzer's own byte mutator. (Looked up with `dlsym` it was not found, since the executable does not
    /// export it: every mutation then returned its input unchanged and a 90-minute run fuzzed nothing. Linked
    /// by name instead.)
    #if JIXIAO_FUZZ
    static let libFuzzerMutate: Mutate? = { data, size, maxSize in llvmFuzzerMutate(data, size, maxSize) }
    #else
    static let libFuzzerMutate: Mutate? = nil
    #endif

    /// The largest part mutated; bigger parts are left as they are.
    static let largestPart = 1 << 20

    static func mutate(_ data: UnsafeMutablePointer<UInt8>, size: Int, maxSize: Int, seed: UInt32) -> Int {
        guard let libFuzzerMutate else { fatalError("jixiao-fuzz: mutation asked for in a build without libFuzzer") }
        var random = SplitMix(seed: UInt64(seed))
        if random.next() % 5 == 0 { return libFuzzerMutate(data, size, maxSize) }
        guard var parts = readParts(UnsafeRawBufferPointer(start: data, count: size)), !parts.isEmpty else {
            return libFuzzerMutate(data, size, maxSize)
        }
        let xmlParts = parts.indices.filter { parts[$0].name.hasSuffix(".xml") || parts[$0].name.hasSuffix(".rels") }
        let chosen = xmlParts.isEmpty ? Int(random.next() % UInt64(parts.count))
                                      : xmlParts[Int(random.next() % UInt64(xmlParts.count))]
        var bytes = parts[chosen].bytes
        let room = min(largestPart, max(bytes.count * 2, bytes.count + 64))
        bytes += [UInt8](repeating: 0, count: room - bytes.count)
        let mutatedSize = bytes.withUnsafeMutableBufferPointer { buffer in
            libFuzzerMutate(buffer.baseAddress, parts[chosen].bytes.count, room)
        }
        parts[chosen].bytes = Array(bytes[0..<mutatedSize])
        // Now and then a part is dropped or doubled: missing and duplicated parts are inputs too.
        switch random.next() % 16 {
        case 0 where parts.count > 1: parts.remove(at: chosen)
        case 1: parts.append(parts[chosen])
        default: break
        }
        let store = random.next() % 2 == 0
        guard let zipped = writeParts(parts, store: store), zipped.count <= maxSize else {
            return libFuzzerMutate(data, size, maxSize)
        }
        zipped.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: zipped.count) }
        return zipped.count
    }

    struct Part {
        var name: String
        var bytes: [UInt8]
    }

    /// The entries of a zip held in memory, or nil when it is not one libzip opens.
    static func readParts(_ input: UnsafeRawBufferPointer) -> [Part]? {
        guard let base = input.baseAddress, input.count > 0 else { return nil }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(base, zip_uint64_t(input.count), 0, &error) else { return nil }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            return nil
        }
        defer { zip_discard(archive) }
        var parts: [Part] = []
        let count = zip_get_num_entries(archive, 0)
        guard count > 0, count < 4096 else { return nil }
        for index in 0..<zip_uint64_t(count) {
            var info = zip_stat_t()
            guard zip_stat_index(archive, index, 0, &info) == 0, let name = info.name,
                  info.size <= zip_uint64_t(largestPart), let file = zip_fopen_index(archive, index, 0)
            else { return nil }
            defer { zip_fclose(file) }
            var bytes = [UInt8](repeating: 0, count: Int(info.size))
            let read = bytes.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
            guard read == zip_int64_t(info.size) else { return nil }
            parts.append(Part(name: String(cString: name), bytes: bytes))
        }
        return parts
    }

    /// The parts zipped again in memory, stored or deflated at the fastest level.
    static func writeParts(_ parts: [Part], store: Bool) -> [UInt8]? {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let target = zip_source_buffer_create(nil, 0, 0, &error) else { return nil }
        zip_source_keep(target)
        defer { zip_source_free(target) }
        guard let archive = zip_open_from_source(target, ZIP_TRUNCATE, &error) else { return nil }
        // libzip reads the data at zip_close: keep each part's bytes alive until then.
        var buffers: [UnsafeMutableRawPointer] = []
        defer { buffers.forEach { free($0) } }
        for part in parts {
            let buffer = malloc(max(part.bytes.count, 1))!
            part.bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(buffer), byteCount: $0.count) }
            buffers.append(buffer)
            guard let source = zip_source_buffer(archive, buffer, zip_uint64_t(part.bytes.count), 0) else {
                zip_discard(archive)
                return nil
            }
            // ZIP_FL_OVERWRITE off: a doubled part becomes two entries of one name where libzip allows it.
            let index = zip_file_add(archive, part.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            if index < 0 {
                zip_source_free(source)
                continue
            }
            zip_set_file_compression(archive, zip_uint64_t(index), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 1)
        }
        guard zip_close(archive) == 0 else {
            zip_discard(archive)
            return nil
        }
        guard zip_source_open(target) == 0 else { return nil }
        defer { zip_source_close(target) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let read = chunk.withUnsafeMutableBytes { zip_source_read(target, $0.baseAddress, zip_uint64_t($0.count)) }
            if read <= 0 { break }
            out += chunk[0..<Int(read)]
        }
        return out
    }
}

#if JIXIAO_FUZZ
/// libFuzzer's `size_t LLVMFuzzerMutate(uint8_t *Data, size_t Size, size_t MaxSize)`.
@_silgen_name("LLVMFuzzerMutate")
private func llvmFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int) -> Int
#endif
