import Foundation

/// libFuzzer's entry points. Built with `Scripts/fuzz.sh` (`make fuzz`): `-sanitize=fuzzer,address` and the
/// condition `JIXIAO_FUZZ`, where libFuzzer supplies `main`. Without it (a plain `swift build`) the program
/// replays the files it is given, which is how a finding is reproduced and checked once fixed:
///
/// ```sh
/// .build/debug/jixiao-fuzz Tests/Fixtures/hostile/fuzz/*.xlsx
/// ```
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzInput.check(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

@_cdecl("LLVMFuzzerCustomMutator")
public func fuzzCustomMutator(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    guard let data else { return 0 }
    return ZipPartMutator.mutate(data, size: size, maxSize: maxSize, seed: seed)
}

#if !JIXIAO_FUZZ
@main
struct Replay {
    static func main() {
        let paths = Array(CommandLine.arguments.dropFirst())
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: jixiao-fuzz FILE... (build with make fuzz to fuzz)\n".utf8))
            exit(2)
        }
        for path in paths {
            FuzzInput.checkFile(URL(fileURLWithPath: path))
            print("ok \(path)")
        }
    }
}
#endif
