/// The name of a word of the web pages in `Resources/web-words.json`: the file gives each its Chinese and English.
/// Every word a person reads on a page, error pages and upload refusals included, is named here (or is the command
/// line's own, through ``PageWords``); a test checks that the code uses every case.
///
/// ```swift
/// let words = try PageWords.standard(.en)
/// words[.upload]                          // "Upload and check"
/// words(.checking, ["done": "3", "total": "10"])   // "Checking: 3 of 10 done"
/// WebLanguage.en[.notFoundTitle]          // "Not found"
/// ```
enum WebWord: String, CaseIterable, Sendable {
    case appTitle, appSubtitle, switchLanguage, roundsHeading, noRounds, newRound, newRoundNamePlaceholder, dropZone
    case chooseFiles, chooseFolder, chosenFiles, referenceList, referenceHint, upload, uploading, uploadDone
    case uploadFailed, nothingChosen, rename, confirmDelete, addFiles, addFilesHint, summaryHeading, totals
    case filterLabel, filterAll, sortHint, noFiles, skippedHeading, roundFindingsHeading, roundCounts, chartHeading
    case chartEmpty, downloadsHeading, downloadSummary, downloadJSON, downloadCSV, downloadAllCorrected
    case downloadCorrected, downloadOriginal, checking, checkingStarted, checkFailed, backToRound, fileHeading
    case sheetHeading, findingsHeading, noFindings, showCell, stated, expected, cellNotDrawn, unreadableReason
    case sheetTruncated, sheetEmpty, hiddenRow, hiddenColumn, notFound, accessTokenRequired, csrfRefused
    case fileTooLarge, roundTooLarge, tooManyFiles, uploadAgain, newName, deleteRound, manage, roundFileCount
    case referenceUsed, replacedHeading, checkQueued, checkDone, noReportYet, backHome, notFoundTitle
    case badRequestTitle, refusedTitle, tooLargeTitle, serverErrorTitle, accessTokenTitle, uploadUnreadable
    case requestFailed, newRoundName, zipBomb, noCorrected, noteSeparator, reasonSeparator, replacedBy
    case reportPaired, reportAlone
}
