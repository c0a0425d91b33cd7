import Glibc

/// Reads the terminal byte by byte for the line editor, decoding UTF-8 and queueing keys Wick injects.
///
/// libedit would read the terminal itself; reading here instead lets the
/// reader see a window resize (a read interrupted by SIGWINCH), read a
/// bracketed paste or a search key in full, and feed keys back to libedit.
final class KeyInput {
    /// What one read produced.
    enum Event: Equatable {
        case scalar(Unicode.Scalar)
        /// A signal interrupted the read (SIGINT, SIGCONT).
        case interrupted
        /// The window was resized (see `WindowResize`).
        case resized
        case endOfInput
    }

    private let fd: Int32
    /// Keys to hand out before reading the terminal again, oldest first.
    private var injected: [Unicode.Scalar] = []

    init(fd: Int32 = STDIN_FILENO) {
        self.fd = fd
    }

    /// Queues keys to be read before anything else the terminal sends.
    func inject(_ text: String) {
        injected.append(contentsOf: text.unicodeScalars)
    }

    /// Whether injected keys are waiting.
    var hasInjected: Bool { !injected.isEmpty }

    /// The next key: an injected one, or one decoded from the terminal (invalid UTF-8 becomes U+FFFD).
    func next() -> Event {
        if !injected.isEmpty { return .scalar(injected.removeFirst()) }
        guard let lead = readByte(timeout: nil) else { return lastEvent }
        let length: Int
        switch lead {
        case 0x00...0x7F: return .scalar(Unicode.Scalar(lead))
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .scalar("\u{FFFD}")
        }
        var bytes = [lead]
        while bytes.count < length, let byte = readByte(timeout: 50) {
            bytes.append(byte)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return .scalar(text.unicodeScalars.first ?? "\u{FFFD}")
    }

    /// A byte that follows within `milliseconds` (for telling a lone Escape from a key sequence).
    func nextByte(within milliseconds: Int32) -> UInt8? {
        if !injected.isEmpty, let first = injected.first, first.isASCII {
            injected.removeFirst()
            return UInt8(first.value)
        }
        return readByte(timeout: milliseconds)
    }

    private var lastEvent: Event = .endOfInput

    /// One byte from the terminal; nil at end of input, on a signal (see `lastEvent`) or after `timeout` ms.
    private func readByte(timeout: Int32?) -> UInt8? {
        if let timeout {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, timeout) > 0 else { return nil }
        } else if WindowResize.descriptor >= 0 {
            var descriptors = [
                pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                pollfd(fd: WindowResize.descriptor, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&descriptors, 2, -1) < 0 {
                lastEvent = errno == EINTR ? .interrupted : .endOfInput
                return nil
            }
            if descriptors[1].revents != 0 && WindowResize.drain() {
                lastEvent = .resized
                return nil
            }
        }
        var byte: UInt8 = 0
        let count = read(fd, &byte, 1)
        if count == 1 { return byte }
        lastEvent = count < 0 && errno == EINTR ? .interrupted : .endOfInput
        return nil
    }
}
