/// The name of a word of the web pages in `Resources/web-words.json`: the file gives each its Chinese and English.
///
/// ```swift
/// let words = try PageWords.standard(.en)
/// words[.upload]                          // "Upload and check"
/// words(.checking, ["done": "3", "total": "10"])   // "Checking: 3 of 10 done"
/// ```
enum WebWord: String, CaseIterable, Sendable {
    case appTitle, appSubtitle, switchLanguage, home, roundsHeading, noRounds, roundName, roundCreated, roundFiles
    case roundStatus, newRound, newRoundNamePlaceholder, dropZone, chooseFiles, chooseFolder, chosenFiles
    case referenceList, referenceHint, upload, uploading, uploadDone, uploadFailed, nothingChosen, open, rename
    case delete, save, cancel, confirmDelete, addFiles, addFilesHint, summaryHeading, totals, filterLabel, filterAll
    case sortHint, noFiles, skippedHeading, roundFindingsHeading, roundCounts, chartHeading, chartEmpty
    case downloadsHeading, downloadSummary, downloadJSON, downloadCSV, downloadAllCorrected, downloadCorrected
    case downloadOriginal, checking, checkingStarted, checkFailed, checkAgain, backToRound, fileHeading
    case sheetHeading, findingsHeading, noFindings, showCell, stated, expected, cellNotDrawn, unreadableReason
    case sheetTruncated, sheetEmpty, hiddenRow, hiddenColumn, notFound, accessTokenRequired, csrfRefused
    case fileTooLarge, roundTooLarge, tooManyFiles, zipRefused, nameRefused, notAWorkbook, serverError, uploadAgain
    case newName, deleteRound, manage, roundFileCount, referenceUsed, replacedHeading, checkQueued, checkDone
    case noReportYet, backHome, notFoundTitle, badRequestTitle, refusedTitle, tooLargeTitle, serverErrorTitle
    case accessTokenTitle, uploadUnreadable, requestFailed
}
