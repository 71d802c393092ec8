import AtomicFiles

extension DOCXWriterError {
    /// The writer's error for a failure of atomic output: the same kind, detail and `errno`.
    ///
    /// ```swift
    /// do { _ = try AtomicOutput.prepare(destination: url, overwrite: false) }
    /// catch { throw DOCXWriterError(output: error) }   // .destinationExists
    /// ```
    package init(output error: AtomicOutputError) {
        let kind: Kind
        switch error.kind {
        case .destinationExists: kind = .destinationExists
        case .destinationUnusable: kind = .destinationUnusable
        case .fileSystem: kind = .fileSystem
        }
        self.init(kind, detail: error.detail, systemCode: error.systemCode)
    }
}
