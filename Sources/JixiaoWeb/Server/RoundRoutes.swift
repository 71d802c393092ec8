import Foundation
import Hummingbird
import XLSXReader

/// The routes of rounds. Ids in URLs are checked against ``RoundID``'s pattern and file numbers looked up in the
/// manifest: nothing from a URL is ever joined into a path.
///
///     GET  /                                    rounds list and the form for a new round
///     POST /rounds                              new round from an upload (multipart) → 303 to it
///     GET  /rounds/<id>                         the round's page
///     GET  /rounds/<id>/status                  the check's progress (JSON, polled by the page; with
///                                               `?since=PHASE:DONE`, answered once it differs — a new phase at once,
///                                               progress within ¼ s — within 10 s)
///     GET  /rounds/<id>/report                  the CLI's report.json
///     POST /rounds/<id>/files                   add files (multipart) → 303
///     POST /rounds/<id>/rename                  name=… (form) → 303
///     POST /rounds/<id>/delete                  → 303 to /
///     GET  /rounds/<id>/download/<kind>         summary | json | csv | corrected (all corrected tables, .zip)
///     GET  /rounds/<id>/files/<n>               one file's page
///     GET  /rounds/<id>/files/<n>/corrected     its corrected table
///     GET  /rounds/<id>/files/<n>/original      the file as uploaded
///
/// ```swift
/// RoundRoutes(store: store, checker: checker, limits: limits, executable: path).add(to: router)
/// ```
struct RoundRoutes: Sendable {
    let store: RoundStore
    let checker: RoundChecker
    let limits: UploadLimits
    let executable: String?

    func add(to router: Router<WebContext>) {
        router.get("/") { _, context in
            WebServer.html(HomePage.html(rounds: store.list(), language: context.language, csrf: context.csrfToken))
        }
        router.post("/rounds") { request, context in try await create(request, context) }
        router.get("/rounds/:id") { _, context in try page(context) }
        router.get("/rounds/:id/status") { request, context in try await status(request, context) }
        router.get("/rounds/:id/report") { _, context in
            let id = try round(context)
            return try Download.response(store.folder(id).appendingPathComponent("report.json"), name: "report.json",
                                         type: "application/json")
        }
        router.post("/rounds/:id/files") { request, context in try await addFiles(request, context) }
        router.post("/rounds/:id/rename") { request, context in try await rename(request, context) }
        router.post("/rounds/:id/delete") { _, context in
            let id = try round(context)
            try store.delete(id)
            return WebServer.seeOther("/")
        }
        router.get("/rounds/:id/download/:kind") { _, context in try await download(context) }
        router.get("/rounds/:id/files/:n") { _, context in try await filePage(context) }
        router.get("/rounds/:id/files/:n/corrected") { _, context in try await corrected(context) }
        router.get("/rounds/:id/files/:n/original") { _, context in
            let (id, file) = try storedFile(context)
            return try Download.response(store.filesFolder(id).appendingPathComponent(file.storedName),
                                         name: file.displayName, type: "application/octet-stream")
        }
    }

    /// The round an URL names; 404 unless the id has the pattern and the round exists.
    private func round(_ context: WebContext) throws -> RoundID {
        guard let text = context.parameters.get("id"), let id = RoundID(text), store.exists(id) else {
            throw WebError.notFound
        }
        return id
    }

    private func storedFile(_ context: WebContext) throws -> (RoundID, StoredFile) {
        let id = try round(context)
        guard let text = context.parameters.get("n"), text.count <= 9, let number = Int(text),
              let file = store.manifest(id)?.files.first(where: { $0.number == number }) else { throw WebError.notFound }
        return (id, file)
    }

    private func boundary(_ request: Request, _ context: WebContext) throws -> String {
        guard let boundary = MultipartReceiver.boundary(of: request.headers[.contentType]) else {
            throw UploadError.malformed
        }
        return boundary
    }

    private func create(_ request: Request, _ context: WebContext) async throws -> Response {
        let boundary = try boundary(request, context)
        let id = try store.create(name: "")
        do {
            let (_, fields) = try await UploadIntake(store: store, limits: limits).receive(request.body, boundary: boundary, into: id)
            if let name = fields["name"]?.first, !name.trimmingCharacters(in: .whitespaces).isEmpty {
                try store.rename(id, to: name)
            }
        } catch {
            try? store.delete(id)
            throw error
        }
        checker.request(id)
        return WebServer.seeOther("/rounds/\(id.value)")
    }

    private func addFiles(_ request: Request, _ context: WebContext) async throws -> Response {
        let id = try round(context)
        let boundary = try boundary(request, context)
        _ = try await UploadIntake(store: store, limits: limits).receive(request.body, boundary: boundary, into: id)
        checker.request(id)
        return WebServer.seeOther("/rounds/\(id.value)")
    }

    private func rename(_ request: Request, _ context: WebContext) async throws -> Response {
        let id = try round(context)
        let body = try await request.body.collect(upTo: 16 << 10)
        try store.rename(id, to: FormFields(String(buffer: body))["name"] ?? "")
        return WebServer.seeOther("/rounds/\(id.value)")
    }

    private func page(_ context: WebContext) throws -> Response {
        let id = try round(context)
        guard let manifest = store.manifest(id) else { throw WebError.notFound }
        if context.language == .en { checker.requestEnglish(id) }
        let state = checker.state(id)
        return WebServer.html(RoundPage.html(id: id, manifest: manifest, state: state, report: report(id, context.language),
                                             language: context.language, csrf: context.csrfToken))
    }

    /// The check's state; with `since` (the `phase:done` the page last saw), held until it changes or 10 s pass:
    /// a new phase (the end) is answered at once, new progress once a quarter of a second has passed since the
    /// question, so the page can ask again as soon as it is answered and learns of the end without delay.
    private func status(_ request: Request, _ context: WebContext) async throws -> Response {
        let id = try round(context)
        var state = checker.state(id)
        if let since = request.uri.queryParameters.get("since") {
            let asked = ContinuousClock.now
            let (pace, deadline) = (asked + .milliseconds(250), asked + .seconds(10))
            // Only a check under way changes by itself: an ended or absent one is answered at once.
            while state.phase == .queued || state.phase == .running, since.hasPrefix(state.phase.rawValue + ":"),
                  since == "\(state.phase.rawValue):\(state.done)" || ContinuousClock.now < pace,
                  ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(10))
                state = checker.state(id)
            }
        }
        let data = try StoreJSON.encoder.encode(state)
        return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The round's report in the page's language (``RoundChecker/reportURL(_:language:)``); nil while there is none.
    private func report(_ id: RoundID, _ language: WebLanguage) -> ValidationReportJSON? {
        checker.report(id, language: language)
    }

    private func download(_ context: WebContext) async throws -> Response {
        let id = try round(context)
        let folder = store.folder(id)
        switch context.parameters.get("kind") {
        case "summary": return try Download.response(folder.appendingPathComponent("汇总.xlsx"), name: "汇总.xlsx", type: Download.xlsx)
        case "json": return try Download.response(folder.appendingPathComponent("report.json"), name: "report.json", type: "application/json")
        case "csv": return try Download.response(folder.appendingPathComponent("report.csv"), name: "report.csv", type: "text/csv; charset=utf-8")
        case "corrected":
            let corrections = Corrections(store: store, executable: executable)
            let archive = try await RoundRoutes.offThread { try store.withLock(id) { try corrections.archive(of: id) } }
            let name = (store.manifest(id)?.name ?? "round") + " 更正表.zip"
            return try Download.response(archive, name: name, type: "application/zip")
        default: throw WebError.notFound
        }
    }

    private func filePage(_ context: WebContext) async throws -> Response {
        let (id, file) = try storedFile(context)
        if context.language == .en { checker.requestEnglish(id) }
        let reports = report(id, context.language)?.files.filter { StoredName.basename(of: $0.path) == file.storedName } ?? []
        // Only a file the CLI has read (in its worker processes) is read here, in the server's own process, and
        // off its event loops: a file that cannot be read, or crashes the reader, never gets this far.
        var workbook: Workbook?
        if !reports.isEmpty, !reports.contains(where: { $0.status == "unreadable" }) {
            let url = store.filesFolder(id).appendingPathComponent(file.storedName)
            workbook = try await RoundRoutes.offThread { try? Workbook(contentsOf: url, options: RoundRoutes.readOptions) }
        }
        return WebServer.html(FilePage.html(id: id, file: file, reports: reports, workbook: workbook, state: checker.state(id),
                                            language: context.language, csrf: context.csrfToken))
    }

    private func corrected(_ context: WebContext) async throws -> Response {
        let (id, file) = try storedFile(context)
        let corrections = Corrections(store: store, executable: executable)
        guard let url = try await RoundRoutes.offThread({ try store.withLock(id) { try corrections.corrected(file, of: id) } })
        else {
            throw WebError(status: 404, message: context.language[.noCorrected])
        }
        return try Download.response(url, name: Corrections.correctedName(file.displayName), type: Download.xlsx)
    }

    /// The reader's caps for drawing a file on its page.
    static var readOptions: ReadOptions {
        var options = ReadOptions()
        options.maxFileSize = 100 << 20
        options.timeLimit = .seconds(30)
        return options
    }

    /// Runs blocking work (a child process) off the server's event loops.
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}
