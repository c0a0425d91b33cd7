/// The rest of `str`'s methods: searching, padding, splitting into lines, case tests.
extension StringMethods {
    private typealias Body = (Arguments, Interpreter) throws -> Value

    static func more(_ s: String, _ name: String) -> Value? {
        let body: Body? = searching(s, name) ?? shaping(s, name) ?? testing(s, name) ?? editing(s, name)
        return body.map { .object(BuiltinFunction(name, $0)) }
    }

    private static func text(_ v: Value, _ method: String) throws -> String {
        guard case .string(let t) = v else {
            throw PythonError(.typeError, "must be str, not \(v.typeName)")
        }
        return t
    }

    /// The scalars of `s` in `[start, end)` as CPython's `ADJUST_INDICES` clamps slice bounds; nil
    /// when the start lies past the end (`'abc'.find('', 4)` is -1, not 3).
    private static func window(_ s: [Unicode.Scalar], _ args: ArraySlice<Value>) throws -> Range<Int>? {
        func adjusted(_ v: Value?, _ fallback: Int) throws -> Int {
            guard let v, let n = try SliceObject.integer(v) else { return fallback }
            return n < 0 ? max(0, n &+ s.count) : n
        }
        let start = try adjusted(args.first, 0)
        let end = min(try adjusted(args.dropFirst().first, s.count), s.count)
        return start <= end ? start..<end : nil
    }

    private static func occurrences(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar], in range: Range<Int>) -> [Int] {
        guard sub.count <= range.count else { return [] }
        if sub.isEmpty { return Array(range.lowerBound...range.upperBound) }
        var out: [Int] = []
        var i = range.lowerBound
        while i + sub.count <= range.upperBound {
            if s[i..<i + sub.count].elementsEqual(sub) {
                out.append(i)
                i += sub.count
            } else {
                i += 1
            }
        }
        return out
    }

    private static func searching(_ s: String, _ name: String) -> Body? {
        let scalars = Array(s.unicodeScalars)
        func find(_ args: Arguments, last: Bool) throws -> Int {
            guard let first = args.positional.first else {
                throw PythonError(.typeError, "\(name)() takes at least 1 argument (0 given)")
            }
            let sub = Array(try text(first, name).unicodeScalars)
            guard let range = try window(scalars, args.positional.dropFirst()) else { return -1 }
            if sub.isEmpty { return last ? range.upperBound : range.lowerBound }
            guard sub.count <= range.count else { return -1 }
            let starts = Array(range.lowerBound...(range.upperBound - sub.count))
            let match = { (i: Int) in scalars[i..<i + sub.count].elementsEqual(sub) }
            return (last ? starts.last(where: match) : starts.first(where: match)) ?? -1
        }
        switch name {
        case "startswith", "endswith":
            return { args, _ in
                guard let first = args.positional.first else {
                    throw PythonError(.typeError, "\(name)() takes at least 1 argument (0 given)")
                }
                let range = try window(scalars, args.positional.dropFirst())
                let candidates: [Value] = if case .tuple(let items) = first { items } else { [first] }
                for candidate in candidates {
                    guard case .string(let text) = candidate else {
                        let what = name == "startswith" ? "startswith" : "endswith"
                        throw PythonError(
                            .typeError,
                            "\(what) first arg must be str or a tuple of str, not \(candidate.typeName)")
                    }
                    let affix = Array(text.unicodeScalars)
                    guard let range, affix.count <= range.count else { continue }
                    let slice =
                        name == "startswith"
                        ? scalars[range.lowerBound..<range.lowerBound + affix.count]
                        : scalars[range.upperBound - affix.count..<range.upperBound]
                    if slice.elementsEqual(affix) { return .bool(true) }
                }
                return .bool(false)
            }
        case "find": return { args, _ in .int(try find(args, last: false)) }
        case "rfind": return { args, _ in .int(try find(args, last: true)) }
        case "index", "rindex":
            return { args, _ in
                let i = try find(args, last: name == "rindex")
                if i < 0 { throw PythonError(.valueError, "substring not found") }
                return .int(i)
            }
        case "count":
            return { args, _ in
                guard let first = args.positional.first else {
                    throw PythonError(.typeError, "count() takes at least 1 argument (0 given)")
                }
                let sub = Array(try text(first, name).unicodeScalars)
                guard let range = try window(scalars, args.positional.dropFirst()) else { return .int(0) }
                return .int(occurrences(scalars, sub, in: range).count)
            }
        case "partition", "rpartition":
            return { args, _ in
                let sep = try text(try Builtins.single(args, name), name)
                if sep.isEmpty { throw PythonError(.valueError, "empty separator") }
                let sepScalars = Array(sep.unicodeScalars)
                let found = occurrences(scalars, sepScalars, in: 0..<scalars.count)
                guard let at = name == "partition" ? found.first : lastOccurrence(scalars, sepScalars) else {
                    return name == "partition"
                        ? .tuple([.string(s), .string(""), .string("")]) : .tuple([.string(""), .string(""), .string(s)])
                }
                return .tuple([
                    .string(string(scalars[..<at])), .string(sep), .string(string(scalars[(at + sepScalars.count)...])),
                ])
            }
        default: return nil
        }
    }

    private static func lastOccurrence(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar]) -> Int? {
        guard sub.count <= s.count else { return nil }
        return (0...(s.count - sub.count)).last { s[$0..<$0 + sub.count].elementsEqual(sub) }
    }

    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }
}
