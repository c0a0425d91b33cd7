import Autograd
import FoundationEssentials
import Glibc
import JSON

/// `wick kernel -f CONNECTION.json`: a Jupyter kernel speaking messaging protocol 5.3 over ZeroMQ.
///
/// Threads: the main thread serves shell requests (and runs cells, asking for `input()` on stdin);
/// a control thread answers `kernel_info`, `interrupt` and `shutdown` even while a cell runs; a
/// heartbeat thread echoes pings. Both serving threads publish on iopub under one lock.
///
/// ```swift
/// exit(KernelServer.run(connectionFile: "/tmp/kernel-1234.json", version: "0.1.0"))
/// ```
public final class KernelServer {
    let connection: ConnectionFile
    let signer: MessageSigner
    let context: ZeroMQContext
    let shell: ZeroMQSocket
    let control: ZeroMQSocket
    let stdin: ZeroMQSocket
    let iopub: ZeroMQSocket
    let heartbeat: ZeroMQSocket
    let iopubLock = KernelLock()
    /// This kernel's session id, in every header it sends.
    let sessionID = UUID().uuidString.lowercased()
    let runner = CellRunner()
    let info: KernelInfo
    var executionCount = 0
    /// Inputs run with `store_history`, numbered from 1 (`history_request`).
    var history: [String] = []

    init(connection: ConnectionFile, info: KernelInfo) throws {
        self.connection = connection
        self.info = info
        signer = MessageSigner(key: connection.key)
        context = try ZeroMQContext()
        shell = try ZeroMQSocket(context, kind: .router)
        control = try ZeroMQSocket(context, kind: .router)
        stdin = try ZeroMQSocket(context, kind: .router)
        iopub = try ZeroMQSocket(context, kind: .publisher)
        heartbeat = try ZeroMQSocket(context, kind: .reply)
        try shell.bind(connection.endpoint(port: connection.shellPort))
        try control.bind(connection.endpoint(port: connection.controlPort))
        try stdin.bind(connection.endpoint(port: connection.stdinPort))
        try iopub.bind(connection.endpoint(port: connection.iopubPort))
        try heartbeat.bind(connection.endpoint(port: connection.hbPort))
    }

    /// Starts a kernel on the connection file and serves until `shutdown_request`; the exit status.
    public static func run(connectionFile path: String, version: String) -> Int32 {
        let server: KernelServer
        switch ConnectionFile.load(path: path) {
        case .failure(let error):
            log("wick kernel: \(error)")
            return 1
        case .success(let connection):
            do {
                server = try KernelServer(connection: connection, info: KernelInfo(version: version))
            } catch {
                log("wick kernel: \(error)")
                return 1
            }
        }
        KernelSignals.installInterruptHandler()
        server.serve()
    }

    private func serve() -> Never {
        let heartbeat = self.heartbeat
        KernelThread.start {
            while true {
                guard let ping = heartbeat.receive() else { continue }
                heartbeat.send(ping)
            }
        }
        KernelThread.start { [self] in serveControl() }
        ParentWatch.start()
        publish("status", content: ["execution_state": "starting"], parent: nil)
        while true {
            guard let frames = shell.receive() else { continue }
            guard let request = accept(frames, on: "shell") else { continue }
            handleShell(request)
        }
    }

    private func serveControl() -> Never {
        while true {
            guard let frames = control.receive() else { continue }
            guard let request = accept(frames, on: "control") else { continue }
            publish("status", content: ["execution_state": "busy"], parent: request)
            switch request.type {
            case "kernel_info_request": reply(to: request, on: control, content: info.content)
            case "interrupt_request": interrupt(request)
            case "shutdown_request": shutdown(request, on: control)
            default: Self.log("wick kernel: ignoring \(request.type) on control")
            }
            publish("status", content: ["execution_state": "idle"], parent: request)
        }
    }

    /// Parses and verifies a received message; bad ones are logged and dropped, as ipykernel does.
    func accept(_ frames: [[UInt8]], on channel: String) -> Message? {
        do {
            return try Message(frames: frames, signer: signer)
        } catch {
            Self.log("wick kernel: dropped a message on \(channel): \(KernelMessages.dropReason(error))")
            return nil
        }
    }

    /// Sends `type` as the reply to `request` on the socket it came in on.
    func reply(to request: Message, on socket: ZeroMQSocket, type: String? = nil, content: JSONValue) {
        let replyType = type ?? request.type.replacing("_request", with: "_reply")
        let message = Message.reply(
            to: request, type: replyType, content: content, session: sessionID, identities: request.identities)
        socket.send(message.frames(signer: signer))
    }

    /// Broadcasts on iopub (topic: the message type, as ipykernel's `kernel.<id>.<type>` is not needed).
    func publish(_ type: String, content: JSONValue, parent: Message?) {
        let message = Message.reply(
            to: parent, type: type, content: content, session: sessionID, identities: [Array(type.utf8)])
        let frames = message.frames(signer: signer)
        iopubLock.withLock { _ = iopub.send(frames) }
    }

    private func interrupt(_ request: Message) {
        Interruption.request()
        reply(to: request, on: control, content: ["status": "ok"])
    }

    /// Replies, tells iopub, and exits; the front end starts a new process for a restart.
    func shutdown(_ request: Message, on socket: ZeroMQSocket) {
        let restart = request.content["restart"]?.boolValue ?? false
        let content: JSONValue = ["status": "ok", "restart": .bool(restart)]
        reply(to: request, on: socket, content: content)
        publish("shutdown_reply", content: content, parent: request)
        publish("status", content: ["execution_state": "idle"], parent: request)
        // Give libzmq's I/O thread a moment to put the reply on the wire before the process ends.
        usleep(100_000)
        _exit(0)
    }

    static func log(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
