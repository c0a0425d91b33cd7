import CEditLine
import Glibc

/// A libedit history list tied to an optional history file.
///
/// Separate from `EditLineReader` because it needs no terminal: `el_init`
/// touches process-global state (setlocale, terminfo) and is not safe to run
/// on several threads at once, while a history list is.
final class HistoryStore {
    /// The libedit history handle; nil after `close()`.
    private(set) var handle: OpaquePointer?
    /// Where `save()` writes, or nil when there is no file or it must not be overwritten.
    let target: String?

    /// Creates the list and loads `path`, warning on standard error if an existing file cannot be read.
    init?(path: String?, limit: Int) {
        guard let handle = history_init() else { return nil }
        var event = HistEvent()
        _ = cel_history_setsize(handle, &event, Int32(clamping: max(1, limit)))
        _ = cel_history_setunique(handle, &event, 1)

        var target: String? = nil
        if let path, !path.isEmpty {
            switch HistoryFile.probe(path) {
            case .missing:
                target = path
            case .readable:
                _ = cel_history_load(handle, &event, path)
                target = HistoryFile.resolvedTarget(path)
            case .unreadable(let reason):
                fputs("wick: warning: cannot read history file \(path): \(reason)\n", cel_stderr())
                fflush(cel_stderr())
            }
        }
        self.handle = handle
        self.target = target
    }

    deinit {
        close()
    }

    /// Appends a line; a repeat of the previous entry is dropped.
    func add(_ line: String) {
        guard let handle else { return }
        var event = HistEvent()
        _ = cel_history_enter(handle, &event, line)
    }

    /// Every entry, oldest first.
    func entries() -> [String] {
        guard let handle else { return [] }
        var result: [String] = []
        var entry = cel_history_step(handle, 1)
        while let text = entry {
            result.append(String(cString: text))
            entry = cel_history_step(handle, 0)
        }
        return result
    }

    /// Saves atomically; returns false if there is no usable file or writing failed.
    @discardableResult
    func save() -> Bool {
        guard let handle, let target else { return false }
        return HistoryFile.save(handle, to: target)
    }

    /// Releases the list; later calls do nothing.
    func close() {
        if let handle {
            history_end(handle)
            self.handle = nil
        }
    }
}
