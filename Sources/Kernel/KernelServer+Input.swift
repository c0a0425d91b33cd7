import Autograd
import JSON
import TensorLanguage

extension KernelServer {
    /// `input()` in a cell: an `input_request` on the stdin channel to the client that sent
    /// `request`, answered by its `input_reply`. A client that sent `allow_stdin: false` gets
    /// ipykernel's `StdinNotImplementedError`; an interrupt while waiting raises `KeyboardInterrupt`.
    func readInput(prompt: String, for request: Message, allowed: Bool) -> InputReply {
        guard allowed else { return .unavailable(message: KernelMessages.stdinNotSupported) }
        // A reply to an earlier, abandoned request must not answer this one (ipykernel drains too).
        while !ZeroMQSocket.poll([stdin], milliseconds: 0).isEmpty { _ = stdin.receive() }
        let content: JSONValue = ["prompt": .string(prompt), "password": false]
        let message = Message.reply(
            to: request, type: "input_request", content: content, session: sessionID, identities: request.identities)
        _ = stdin.send(message.frames(signer: signer))
        while true {
            if Interruption.take() { return .interrupted }
            guard !ZeroMQSocket.poll([stdin], milliseconds: 50).isEmpty else { continue }
            guard let frames = stdin.receive(), let reply = accept(frames, on: "stdin") else { continue }
            guard reply.type == "input_reply" else {
                Self.log("wick kernel: ignoring \(reply.type) on stdin")
                continue
            }
            return .line(reply.content["value"]?.stringValue ?? "")
        }
    }
}
