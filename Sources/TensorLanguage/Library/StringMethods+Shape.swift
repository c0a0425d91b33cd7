/// `str` methods that pad, strip, re-case and split lines.
extension StringMethods {
    fileprivate typealias Body = (Arguments, Interpreter) throws -> Value

    private static func width(_ args: Arguments, _ name: String) throws -> (Int, Unicode.Scalar) {
        guard (1...2).contains(args.positional.count) else {
            throw PythonError(.typeError, "\(name) expected at least 1 argument, got \(args.positional.count)")
        }
        let width = try Library.integer(args.positional[0], function: name, argument: "width")
        var fill: Unicode.Scalar = " "
        if args.positional.count > 1 {
            guard case .string(let f) = args.positional[1], f.unicodeScalars.count == 1, let scalar = f.unicodeScalars.first
            else {
                throw PythonError(.typeError, "The fill character must be exactly one character long")
            }
            fill = scalar
        }
        return (width, fill)
    }

    static func shaping(_ s: String, _ name: String) -> ((Arguments, Interpreter) throws -> Value)? {
        let scalars = Array(s.unicodeScalars)
        func pad(_ left: Int, _ right: Int, _ fill: Unicode.Scalar) -> Value {
            .string(string(repeatElement(fill, count: left)) + s + string(repeatElement(fill, count: right)))
        }
        switch name {
        case "ljust", "rjust", "center":
            return { args, i in
                let (width, fill) = try width(args, name)
                let margin = width > scalars.count ? width - scalars.count : 0
                guard margin > 0 else { return .string(s) }
                try i.reserveRoom(width, elementSize: 1)
                switch name {
                case "ljust": return pad(0, margin, fill)
                case "rjust": return pad(margin, 0, fill)
                default:
                    let left = margin / 2 + (margin & width & 1)
                    return pad(left, margin - left, fill)
                }
            }
        case "zfill":
            return { args, i in
                let width = try Library.integer(try Builtins.single(args, name), function: name, argument: "width")
                let margin = width > scalars.count ? width - scalars.count : 0
                guard margin > 0 else { return .string(s) }
                try i.reserveRoom(width, elementSize: 1)
                var out = scalars
                let signed = out.first == "+" || out.first == "-"
                out.insert(contentsOf: repeatElement("0", count: margin), at: signed ? 1 : 0)
                return .string(string(out))
            }
        case "strip", "lstrip", "rstrip":
            return { args, _ in
                guard let chars = args.positional.first, !chars.isNone else {
                    return .string(stripped(scalars, name) { $0.properties.isWhitespace })
                }
                guard case .string(let set) = chars else {
                    throw PythonError(.typeError, "\(name) arg must be None or str")
                }
                let members = Set(set.unicodeScalars)
                return .string(stripped(scalars, name) { members.contains($0) })
            }
        case "title", "capitalize", "swapcase", "casefold":
            return { _, _ in .string(recased(s, name)) }
        case "splitlines":
            return { args, i in
                let keep =
                    try args.positional.first.map { try i.truthy($0) } ?? args.keywords.first.map { try i.truthy($0.value) }
                    ?? false
                return .list(ListBox(lines(scalars, keepEnds: keep).map { .string($0) }))
            }
        default: return nil
        }
    }

    private static func stripped(_ s: [Unicode.Scalar], _ name: String, _ drop: (Unicode.Scalar) -> Bool) -> String {
        var lower = 0
        var upper = s.count
        if name != "rstrip" { while lower < upper && drop(s[lower]) { lower += 1 } }
        if name != "lstrip" { while upper > lower && drop(s[upper - 1]) { upper -= 1 } }
        return string(s[lower..<upper])
    }

    private static func recased(_ s: String, _ name: String) -> String {
        switch name {
        case "capitalize":
            guard let first = s.first else { return s }
            return String(first).uppercased() + s.dropFirst().lowercased()
        case "swapcase":
            return s.map { c in c.isUppercase ? c.lowercased() : c.isLowercase ? c.uppercased() : String(c) }.joined()
        case "casefold": return s.lowercased()
        default:
            var out = ""
            var previousCased = false
            for c in s {
                out += previousCased ? c.lowercased() : c.uppercased()
                previousCased = c.isCased
            }
            return out
        }
    }

    private static func lines(_ s: [Unicode.Scalar], keepEnds: Bool) -> [String] {
        let breaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029]
        var out: [String] = []
        var start = 0
        var i = 0
        while i < s.count {
            guard breaks.contains(s[i].value) else {
                i += 1
                continue
            }
            var end = i + 1
            if s[i] == "\r", end < s.count, s[end] == "\n" { end += 1 }
            out.append(string(s[start..<(keepEnds ? end : i)]))
            start = end
            i = end
        }
        if start < s.count { out.append(string(s[start...])) }
        return out
    }

    static func testing(_ s: String, _ name: String) -> ((Arguments, Interpreter) throws -> Value)? {
        let scalars = Array(s.unicodeScalars)
        let test: ((Unicode.Scalar) -> Bool)?
        switch name {
        case "isdigit", "isdecimal", "isnumeric":
            test = { $0.properties.numericType != nil && (name == "isnumeric" || $0.properties.numericType != .numeric) }
        case "isalpha": test = { $0.properties.isAlphabetic }
        case "isalnum": test = { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        case "isspace": test = { $0.properties.isWhitespace }
        case "isascii": return { _, _ in .bool(scalars.allSatisfy(\.isASCII)) }
        case "isupper", "islower":
            return { _, _ in
                let cased = scalars.filter { $0.properties.isCased }
                let ok = cased.allSatisfy { name == "isupper" ? !$0.properties.isLowercase : !$0.properties.isUppercase }
                return .bool(!cased.isEmpty && ok)
            }
        case "istitle": return { _, _ in .bool(isTitle(scalars)) }
        case "isidentifier":
            return { _, _ in
                guard let first = scalars.first, first == "_" || first.properties.isXIDStart else { return .bool(false) }
                return .bool(scalars.dropFirst().allSatisfy { $0.properties.isXIDContinue })
            }
        default: test = nil
        }
        guard let test else { return nil }
        return { _, _ in .bool(!scalars.isEmpty && scalars.allSatisfy(test)) }
    }
}

extension Character {
    fileprivate var isCased: Bool { unicodeScalars.contains { $0.properties.isCased } }
}

extension StringMethods {
    /// CPython's `unicode_istitle_impl`: uppercase and titlecase letters only after uncased
    /// characters, lowercase ones only after cased ones, and at least one cased character.
    fileprivate static func isTitle(_ scalars: [Unicode.Scalar]) -> Bool {
        var cased = false
        var previousIsCased = false
        for scalar in scalars {
            let p = scalar.properties
            if p.isUppercase || p.generalCategory == .titlecaseLetter {
                if previousIsCased { return false }
                (previousIsCased, cased) = (true, true)
            } else if p.isLowercase {
                if !previousIsCased { return false }
                (previousIsCased, cased) = (true, true)
            } else {
                previousIsCased = false
            }
        }
        return cased
    }
}
