import Foundation
import Glibc
import Testing

@testable import Console

/// History file handling, exercised through HistoryStore: no terminal, and no el_init, which is not thread-safe.
@Suite struct HistoryFileTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "wick-history-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    @Test func savesPrivatelyAndAtomically() throws {
        defer { cleanUp() }
        let path = directory + "/history"
        let store = try #require(HistoryStore(path: path, limit: 1000))
        store.add("x = 1")
        store.add("for i in range(3):\n    print(i)")
        #expect(store.save())
        store.close()
        let text = try #require(contents(path))
        #expect(text.hasPrefix("_HiStOrY_V2_\n"))
        #expect(text.contains("x\\040=\\0401"))
        #expect(text.contains("\\012"))
        #expect(mode(path) == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(leftovers == ["history"])
    }

    @Test func reloadsCapsAndDropsConsecutiveDuplicates() throws {
        defer { cleanUp() }
        let path = directory + "/history"
        do {
            let store = try #require(HistoryStore(path: path, limit: 3))
            for line in ["one", "two", "two", "three"] { store.add(line) }
            #expect(store.save())
            store.close()
        }
        #expect(contents(path) == "_HiStOrY_V2_\none\ntwo\nthree\n")
        do {
            let store = try #require(HistoryStore(path: path, limit: 3))
            store.add("four")
            #expect(store.save())
            store.close()
        }
        #expect(contents(path) == "_HiStOrY_V2_\ntwo\nthree\nfour\n")
    }

    @Test func neverOverwritesAFileItCannotRead() throws {
        defer { cleanUp() }
        let path = directory + "/foreign"
        let foreign = "print('a GNU readline history')\n"
        try foreign.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(HistoryFile.probe(path) == .unreadable(reason: "not a libedit history file"))
        let store = try #require(HistoryStore(path: path, limit: 1000))
        store.add("x")
        #expect(!store.save())
        store.close()
        #expect(contents(path) == foreign)
    }

    @Test func probeClassifiesPaths() throws {
        defer { cleanUp() }
        #expect(HistoryFile.probe(directory + "/missing") == .missing)
        #expect(HistoryFile.probe(directory) == .unreadable(reason: "not a regular file"))
        let empty = directory + "/empty"
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(HistoryFile.probe(empty) == .readable)
        if geteuid() != 0 {
            // root reads anything, so the permission case only means something for other users.
            let locked = directory + "/locked"
            #expect(FileManager.default.createFile(atPath: locked, contents: Data("_HiStOrY_V2_\n".utf8)))
            chmod(locked, 0)
            #expect(HistoryFile.probe(locked) == .unreadable(reason: "Permission denied"))
        }
    }

    @Test func savingThroughASymlinkKeepsTheLink() throws {
        defer { cleanUp() }
        let real = directory + "/real"
        let link = directory + "/link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        try "_HiStOrY_V2_\nold\n".write(toFile: real, atomically: false, encoding: .utf8)
        let store = try #require(HistoryStore(path: link, limit: 1000))
        store.add("new")
        #expect(store.save())
        store.close()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(contents(real) == "_HiStOrY_V2_\nold\nnew\n")
    }
}
