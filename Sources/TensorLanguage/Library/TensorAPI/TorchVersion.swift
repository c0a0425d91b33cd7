/// `torch.__version__`: a string that compares as a PEP 440 version, as PyTorch's `TorchVersion`.
///
/// Wick reports the PyTorch release it reproduces with a local label, `2.15.0+wick`, so
/// `torch.__version__ >= "2.0"` and `torch.__version__ >= (2, 1)` hold as they do in PyTorch 2.15.
final class TorchVersionObject: PyObject, ValueSemanticObject {
    static let text = "2.15.0+wick"
    let text: String
    init(_ text: String = TorchVersionObject.text) { self.text = text }

    override var typeName: String { "TorchVersion" }
    override var qualifiedTypeName: String { "torch.torch_version.TorchVersion" }
    override func repr(interpreter: Interpreter) throws -> String { try interpreter.repr(.string(text)) }
    override func str(interpreter: Interpreter) throws -> String { text }

    /// String methods (`split`, `startswith`, …) act on the text, as for any `str` subclass.
    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        try interpreter.getAttributeIfPresent(.string(text), name)
    }

    func isEqual(to other: Value) -> Bool { ordering(against: other) == 0 }

    func ordering(against other: Value) -> Int? {
        let otherText: String
        switch other {
        case .string(let s): otherText = s
        case .object(let v as TorchVersionObject): otherText = v.text
        case .tuple(let items):
            otherText = items.map { item -> String in
                switch item {
                case .int(let i): String(i)
                case .string(let s): s
                default: "?"
                }
            }.joined(separator: ".")
        default: return nil
        }
        guard let mine = PEP440Version(text), let theirs = PEP440Version(otherText) else {
            // Not a version ('parrot'): plain string order, as TorchVersion falls back to.
            return text == otherText ? 0 : (text.unicodeScalars.lexicographicallyPrecedes(otherText.unicodeScalars) ? -1 : 1)
        }
        return mine == theirs ? 0 : (mine < theirs ? -1 : 1)
    }

    var valueHash: Int { PythonHash.string(text) }
}

/// The parts of a PEP 440 version that order it: release, pre-release, post, dev and local label.
struct PEP440Version: Comparable {
    var release: [Int]
    /// (0 for a, 1 for b, 2 for rc, number); nil for none.
    var pre: (Int, Int)?
    var post: Int?
    var dev: Int?
    var local: [String]

    init?(_ text: String) {
        var s = Substring(text.lowercased()).drop { $0 == " " }
        if s.hasPrefix("v") { s = s.dropFirst() }
        let halves = s.split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false)
        local = halves.count == 2 ? halves[1].split(whereSeparator: { ".-_".contains($0) }).map(String.init) : []
        var rest = halves.first ?? ""
        release = []
        while let digits = Self.number(&rest) {
            release.append(digits)
            guard rest.hasPrefix("."), rest.dropFirst().first?.isNumber == true else { break }
            rest = rest.dropFirst()
        }
        guard !release.isEmpty else { return nil }
        for (label, rank) in [("rc", 2), ("c", 2), ("alpha", 0), ("a", 0), ("beta", 1), ("b", 1)] where Self.skip(label, &rest) {
            pre = (rank, Self.number(&rest) ?? 0)
            break
        }
        if Self.skip("post", &rest) || Self.skip("-", &rest) { post = Self.number(&rest) ?? 0 }
        if Self.skip("dev", &rest) { dev = Self.number(&rest) ?? 0 }
        guard rest.isEmpty else { return nil }
    }

    private static func skip(_ label: String, _ s: inout Substring) -> Bool {
        var t = s
        if t.first == "." || t.first == "-" || t.first == "_", label != "-" { t = t.dropFirst() }
        guard t.hasPrefix(label) else { return false }
        s = t.dropFirst(label.count)
        return true
    }

    private static func number(_ s: inout Substring) -> Int? {
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let n = Int(digits) else { return nil }
        s = s.dropFirst(digits.count)
        return n
    }

    /// packaging's sort key, with infinities as large sentinels.
    private var key: [[Int]] {
        var trimmed = release
        while trimmed.count > 1, trimmed.last == 0 { trimmed.removeLast() }
        let big = Int.max
        let preKey: [Int] = pre.map { [$0.0, $0.1] } ?? (post == nil && dev != nil ? [-big] : [big])
        return [trimmed, preKey, [post ?? -big], [dev ?? big]]
    }

    private var localKey: [(Int, String)] {
        local.map { part in Int(part).map { ($0, "") } ?? (Int.min, part) }
    }

    static func == (a: PEP440Version, b: PEP440Version) -> Bool { a.key == b.key && a.local == b.local }

    static func < (a: PEP440Version, b: PEP440Version) -> Bool {
        for (x, y) in zip(a.key, b.key) where x != y { return x.lexicographicallyPrecedes(y) }
        let (p, q) = (a.localKey, b.localKey)
        if p.isEmpty != q.isEmpty { return p.isEmpty }
        for (x, y) in zip(p, q) where x != y { return x < y }
        return p.count < q.count
    }
}
