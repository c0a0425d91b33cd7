import CZeroMQ
import Glibc

/// A failed ZeroMQ call, with libzmq's own description of `errno`.
struct ZeroMQError: Error, CustomStringConvertible {
    var operation: String
    var code: Int32

    init(_ operation: String) {
        self.operation = operation
        code = zmq_errno()
    }

    var description: String { "\(operation): \(String(cString: zmq_strerror(code)))" }
}

/// One libzmq context per kernel process; sockets are made from it.
final class ZeroMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    init() throws {
        guard let handle = zmq_ctx_new() else { throw ZeroMQError("zmq_ctx_new") }
        self.handle = handle
    }

    deinit { zmq_ctx_term(handle) }
}

/// A ZeroMQ socket that sends and receives multipart messages as byte frames.
///
/// libzmq sockets are not thread-safe: each is used by one thread at a time, and a socket shared
/// between threads (iopub) is guarded by a lock at its owner.
final class ZeroMQSocket: @unchecked Sendable {
    enum Kind {
        case router, publisher, reply

        var code: Int32 {
            switch self {
            case .router: return ZMQ_ROUTER
            case .publisher: return ZMQ_PUB
            case .reply: return ZMQ_REP
            }
        }
    }

    let handle: UnsafeMutableRawPointer

    init(_ context: ZeroMQContext, kind: Kind) throws {
        guard let handle = zmq_socket(context.handle, kind.code) else { throw ZeroMQError("zmq_socket") }
        self.handle = handle
        // Closing must never wait for unsent messages: a kernel that shuts down exits at once.
        var linger: Int32 = 0
        zmq_setsockopt(handle, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
    }

    deinit { zmq_close(handle) }

    func bind(_ endpoint: String) throws {
        guard zmq_bind(handle, endpoint) == 0 else { throw ZeroMQError("bind \(endpoint)") }
    }

    /// Sends the frames as one multipart message; false when libzmq refused it.
    @discardableResult
    func send(_ frames: [[UInt8]]) -> Bool {
        for (index, frame) in frames.enumerated() {
            let flags = index == frames.count - 1 ? 0 : ZMQ_SNDMORE
            let sent = frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, $0.count, flags) }
            guard sent >= 0 else { return false }
        }
        return true
    }

    /// Receives one whole multipart message, blocking; nil when interrupted or the context ends.
    func receive() -> [[UInt8]]? {
        var frames: [[UInt8]] = []
        while true {
            var message = zmq_msg_t()
            zmq_msg_init(&message)
            defer { zmq_msg_close(&message) }
            guard zmq_msg_recv(&message, handle, 0) >= 0 else { return nil }
            let size = zmq_msg_size(&message)
            if let data = zmq_msg_data(&message), size > 0 {
                frames.append(Array(UnsafeRawBufferPointer(start: data, count: size)))
            } else {
                frames.append([])
            }
            guard zmq_msg_more(&message) == 1 else { return frames }
        }
    }

    /// Waits up to `milliseconds` (-1: forever) for a message on any of `sockets`; returns the
    /// indices of those that have one. A signal ends the wait early with no index.
    static func poll(_ sockets: [ZeroMQSocket], milliseconds: Int) -> [Int] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
        let ready = zmq_poll(&items, Int32(items.count), milliseconds)
        guard ready > 0 else { return [] }
        return items.indices.filter { items[$0].revents & Int16(ZMQ_POLLIN) != 0 }
    }

    /// The port the socket is bound to, for endpoints bound with `:*`.
    var boundPort: Int? {
        var buffer = [CChar](repeating: 0, count: 256)
        var size = buffer.count
        guard zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buffer, &size) == 0 else { return nil }
        let endpoint = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return endpoint.split(separator: ":").last.flatMap { Int($0) }
    }
}
