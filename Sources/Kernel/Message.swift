import Crypto
import FoundationEssentials
import Glibc
import JSON

/// One message of the Jupyter messaging protocol (5.3) as it travels over ZeroMQ.
///
/// On the wire: the routing identities, the delimiter `<IDS|MSG>`, the HMAC-SHA256 signature (hex) of
/// the next four frames, then header, parent header, metadata and content as JSON, then any buffers.
struct Message: Sendable {
    var identities: [[UInt8]] = []
    var header: JSONValue
    var parentHeader: JSONValue = [:]
    var metadata: JSONValue = [:]
    var content: JSONValue
    var buffers: [[UInt8]] = []

    static let delimiter = Array("<IDS|MSG>".utf8)
    static let protocolVersion = "5.3"

    var type: String { header["msg_type"]?.stringValue ?? "" }
}

/// Signs and checks messages with the connection file's key; an empty key turns signing off, as in
/// jupyter_client.
struct MessageSigner: Sendable {
    let key: SymmetricKey?

    init(key: String) {
        self.key = key.isEmpty ? nil : SymmetricKey(data: Array(key.utf8))
    }

    func signature(_ parts: [[UInt8]]) -> String {
        guard let key else { return "" }
        var hmac = HMAC<SHA256>(key: key)
        for part in parts { hmac.update(data: part) }
        return Data(hmac.finalize()).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Whether `signature` (hex) is the HMAC of `parts`, compared in constant time.
    func isValid(signature: [UInt8], parts: [[UInt8]]) -> Bool {
        guard let key else { return true }
        guard let code = Self.bytes(fromHex: signature) else { return false }
        var joined: [UInt8] = []
        for part in parts { joined += part }
        return HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: joined, using: key)
    }

    private static func bytes(fromHex hex: [UInt8]) -> [UInt8]? {
        guard hex.count == 64 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        var index = 0
        while index < hex.count {
            guard let high = nibble(hex[index]), let low = nibble(hex[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// Why an incoming message was dropped.
enum MessageError: Error, Equatable {
    case missingDelimiter
    case tooFewFrames
    case badSignature
    case badJSON
}

extension Message {
    /// Parses and verifies a received multipart message.
    init(frames: [[UInt8]], signer: MessageSigner) throws(MessageError) {
        guard let split = frames.firstIndex(of: Message.delimiter) else { throw .missingDelimiter }
        let rest = Array(frames[(split + 1)...])
        guard rest.count >= 5 else { throw .tooFewFrames }
        guard signer.isValid(signature: rest[0], parts: Array(rest[1...4])) else { throw .badSignature }
        guard let header = JSONValue.parse(rest[1]), let parent = JSONValue.parse(rest[2]),
            let metadata = JSONValue.parse(rest[3]), let content = JSONValue.parse(rest[4])
        else { throw .badJSON }
        self.init(
            identities: Array(frames[..<split]), header: header, parentHeader: parent, metadata: metadata,
            content: content, buffers: Array(rest.dropFirst(5)))
    }

    /// The signed frames to send.
    func frames(signer: MessageSigner) -> [[UInt8]] {
        let parts = [header.compactBytes, parentHeader.compactBytes, metadata.compactBytes, content.compactBytes]
        return identities + [Message.delimiter, Array(signer.signature(parts).utf8)] + parts + buffers
    }

    /// A reply or broadcast caused by `parent`: same session, fresh id, the parent's header attached.
    static func reply(to parent: Message?, type: String, content: JSONValue, session: String, identities: [[UInt8]]) -> Message {
        let header: JSONValue = [
            "msg_id": .string(UUID().uuidString.lowercased()),
            "session": .string(session),
            "username": "wick",
            "date": .string(Message.timestamp()),
            "msg_type": .string(type),
            "version": .string(Message.protocolVersion),
        ]
        return Message(identities: identities, header: header, parentHeader: parent?.header ?? [:], content: content)
    }

    /// The current time in ISO 8601 with microseconds, as jupyter_client writes dates.
    static func timestamp() -> String {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var seconds = spec.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let micro = String(spec.tv_nsec / 1000)
        let fraction = String(repeating: "0", count: max(0, 6 - micro.count)) + micro
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(fraction)Z"
    }
}
