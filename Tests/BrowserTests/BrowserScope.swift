import Testing

/// The browser tests' suite trait: starts one ``BrowserRun`` (the server, chromedriver, one browser session) for
/// the whole suite, hands it to the tests as ``BrowserRun/current``, and stops it all when the suite ends,
/// passed or failed. A browser that cannot start fails the suite with the reason (never a skip).
///
/// ```swift
/// @Suite(.serialized, .browser) struct PageTests {
///     @Test func home() async throws { let run = try #require(BrowserRun.current) … }
/// }
/// ```
struct BrowserScope: SuiteTrait, TestScoping {
    func scopeProvider(for test: Test, testCase: Test.Case?) -> BrowserScope? {
        test.isSuite ? self : nil
    }

    func provideScope(for test: Test, testCase: Test.Case?,
                      performing function: @Sendable () async throws -> Void) async throws {
        let run = try await BrowserRun.start()
        do {
            try await BrowserRun.$current.withValue(run) { try await function() }
        } catch {
            await run.stop()
            throw error
        }
        await run.stop()
    }
}

extension Trait where Self == BrowserScope {
    /// One browser session and one served `jixiao` for the suite (``BrowserScope``).
    static var browser: BrowserScope { BrowserScope() }
}
