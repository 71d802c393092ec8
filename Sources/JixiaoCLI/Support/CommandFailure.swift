/// A failure a command reports itself: the message is already in the user's language.
struct CommandFailure: Error {
    var message: String
    var status: ExitStatus
}
