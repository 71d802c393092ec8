import XLSXReader

extension XLSXError.Kind {
    /// Reading the file ended the worker process that read it (a trap inside a library, a signal, an
    /// unexpected exit): the file is reported unreadable and the run goes on (see ``WorkerPool``). The reader
    /// never raises it; the error's detail names the signal or the exit status.
    static let readingCrashed = XLSXError.Kind(rawValue: "reading-crashed")

    /// The kinds a bulk run adds to the reader's own (``XLSXError/Kind/allKnown``), each with its words in
    /// ``ErrorPresenter``.
    static let raisedByRuns: [XLSXError.Kind] = [.readingCrashed, .conversionFailed]
}
