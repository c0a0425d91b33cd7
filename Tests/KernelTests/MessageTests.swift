import Testing

@testable import Kernel

struct MessageTests {
    let parts = [Array(#"{"a":1}"#.utf8), Array("{}".utf8), Array("{}".utf8), Array(#"{"code":"1"}"#.utf8)]

    @Test func signatureIsHMACSHA256OfTheFourJSONFramesInHex() {
        // The value Python's hmac.new(b"secret", digestmod=sha256) gives for the same frames.
        #expect(
            MessageSigner(key: "secret").signature(parts)
                == "4cd721348272a9d38f52e40f18755f0c1547d1172085474a01e7af8f3442da14")
    }

    @Test func anEmptyKeyTurnsSigningOff() {
        #expect(MessageSigner(key: "").signature(parts) == "")
        #expect(MessageSigner(key: "").isValid(signature: [], parts: parts))
    }

    @Test func parsesIdentitiesHeaderAndContentOfAWellSignedMessage() throws {
        let signer = MessageSigner(key: "secret")
        let frames = [Array("client-1".utf8), Message.delimiter, Array(signer.signature(parts).utf8)] + parts
        let message = try Message(frames: frames, signer: signer)
        #expect(message.identities == [Array("client-1".utf8)])
        #expect(message.header == ["a": 1])
        #expect(message.content == ["code": "1"])
    }

    @Test func rejectsAMessageSignedWithAnotherKey() {
        let forged = [Message.delimiter, Array(MessageSigner(key: "other").signature(parts).utf8)] + parts
        #expect(throws: MessageError.badSignature) { try Message(frames: forged, signer: MessageSigner(key: "secret")) }
    }

    @Test func rejectsFramesWithoutTheDelimiter() {
        #expect(throws: MessageError.missingDelimiter) { try Message(frames: parts, signer: MessageSigner(key: "")) }
    }

    @Test func aReplyCarriesItsParentsHeaderAndSignsWhatItSends() throws {
        let signer = MessageSigner(key: "k")
        let request = Message(header: ["msg_id": "r1", "msg_type": "kernel_info_request"], content: [:])
        let reply = Message.reply(to: request, type: "kernel_info_reply", content: ["status": "ok"], session: "s", identities: [])
        let parsed = try Message(frames: reply.frames(signer: signer), signer: signer)
        #expect(parsed.parentHeader == ["msg_id": "r1", "msg_type": "kernel_info_request"])
        #expect(parsed.type == "kernel_info_reply")
        #expect(parsed.header["version"] == "5.3")
        #expect(parsed.header["session"] == "s")
    }

    @Test func timestampsAreISO8601WithMicroseconds() {
        let stamp = Message.timestamp()
        #expect(stamp.count == "2026-12-03T10:13:01.123456Z".count)
        #expect(stamp.hasSuffix("Z"))
    }
}
